/**
 * `npm run preview`: serves the production build (dist/, made by `npm run build` just before)
 * on https://localhost:3000 with the same certificates as `npm start`, so Excel can sideload
 * the add-in as it will be deployed.
 *   PORT=3001 npm run preview     another port (the manifest says 3000)
 *   npm run preview -- --http     plain http (only for a browser outside Office)
 *
 * A plain static server: GET/HEAD of files under dist/, nothing else (no directory listings,
 * nothing outside dist/). The Content-Security-Policy is the page's own (its <meta> tag).
 */
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { devCertificates, serverArgs, type RunningServer, type ServerKind } from "./serve";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".bcmap": "application/octet-stream",
  ".pfb": "application/octet-stream",
  ".ttf": "font/ttf",
};

/** The file under `dir` a request path names, or null (outside dir, missing, a directory). */
export function resolveStatic(dir: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(new URL(urlPath, "http://localhost").pathname);
  } catch {
    return null;
  }
  if (rel.includes("\0")) return null;
  const file = path.resolve(dir, "." + (rel === "/" ? "/taskpane.html" : rel));
  if (file !== dir && !file.startsWith(dir + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves `dir` (dist/) on localhost:port; port 0 picks a free one (tests). */
export async function startPreview({ dir, port, server }: { dir: string; port: number; server: ServerKind }): Promise<RunningServer> {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, "taskpane.html")))
    throw new Error(`${root} holds no taskpane.html: run \`npm run build\` first (\`npm run preview\` does it for you).`);
  const handler: http.RequestListener = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveStatic(root, req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": MIME[path.extname(file)] ?? "application/octet-stream",
      "content-length": fs.statSync(file).size,
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else fs.createReadStream(file).pipe(res);
  };
  const srv = server.type === "https" ? https.createServer(server.options, handler) : http.createServer(handler);
  await new Promise<void>((resolve, reject) => {
    srv.once("error", (e: NodeJS.ErrnoException) =>
      reject(e.code === "EADDRINUSE" ? new Error(`port ${port} is in use (is \`npm start\` running?): stop it or set PORT.`) : e),
    );
    srv.listen(port, "localhost", () => resolve());
  });
  const bound = (srv.address() as AddressInfo).port;
  return {
    url: `${server.type}://localhost:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

async function main(): Promise<void> {
  const { http: plain, port } = serverArgs(process.argv.slice(2), process.env);
  const server: ServerKind = plain ? { type: "http" } : { type: "https", options: await devCertificates() };
  const dist = path.resolve(__dirname, "../dist");
  const s = await startPreview({ dir: dist, port, server });
  console.log(`\nZhibiao pane (production build from dist/): ${s.url}/taskpane.html`);
  console.log("Sideload manifest.xml in Excel (see README). Ctrl+C stops the server.");
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
