/**
 * `npm start`: builds the pane (development mode, a devtool without eval so the page's own
 * Content-Security-Policy holds as in production), makes and trusts the Office add-in dev
 * certificates (office-addin-dev-certs, stored in ~/.office-addin-dev-certs) and serves
 * https://localhost:3000 with webpack-dev-server 5. Then sideload manifest.xml (README).
 *
 * Where trusting the CA is impossible (no sudo, Linux without a system store tool) the
 * certificates are still generated and used: the browser shows a warning until the CA
 * (~/.office-addin-dev-certs/ca.crt) is trusted by hand (README, "The Excel add-in").
 *   PORT=3001 npm start     another port (the manifest says 3000)
 *   npm start -- --http     plain http (only for a browser outside Office)
 *
 * `startDevServer` is what `npm start` runs; the end-to-end test starts it on a free port.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface HttpsOptions {
  ca?: Buffer;
  cert: Buffer;
  key: Buffer;
}

/** http, or https with these certificates. */
export type ServerKind = { type: "http" } | { type: "https"; options: HttpsOptions };

/**
 * The certificates `npm start` and `npm run preview` serve with: office-addin-dev-certs' own
 * (made and trusted on first use); where trusting fails, the same files untrusted, with a note
 * on how to trust them by hand.
 */
export async function devCertificates(): Promise<HttpsOptions> {
  const certs = require("office-addin-dev-certs") as typeof import("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    console.warn(`Could not install/trust the dev certificates: ${(e as Error).message.split("\n")[0]}`);
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt"),
      cert = path.join(dir, "localhost.crt"),
      key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key)) {
      fs.mkdirSync(dir, { recursive: true });
      await certs.generateCertificates(ca, cert, key);
    }
    console.warn(`Using untrusted certificates from ${dir}: trust ${ca} by hand (README, "The Excel add-in").`);
    return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  }
}

/** What the command line asks for: `--http`, and the port from PORT (default 3000, the manifest's). */
export function serverArgs(argv: readonly string[], env: NodeJS.ProcessEnv): { http: boolean; port: number } {
  const port = Number(env.PORT || 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT=${env.PORT} is not a port number (1–65535); the manifest expects 3000.`);
  const unknown = argv.filter((a) => a !== "--http");
  if (unknown.length > 0) throw new Error(`unknown option ${unknown[0]}: the only option is --http (plain http, for a browser outside Office).`);
  return { http: argv.includes("--http"), port };
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the pane in development mode and serves it (in memory) on localhost:port. */
export async function startDevServer({ port, server }: { port: number; server: ServerKind }): Promise<RunningServer> {
  // loaded here, not at the top: `npm run preview` shares this file's certificates, not webpack
  const webpack = require("webpack") as typeof import("webpack");
  const WebpackDevServer = require("webpack-dev-server") as typeof import("webpack-dev-server");
  const makeConfig = require(path.resolve(__dirname, "../webpack.config.js")) as (env: object, argv: object) => import("webpack").Configuration & { devServer: object };
  const config = makeConfig({}, { mode: "development" });
  const compiler = webpack(config);
  const devServer = new WebpackDevServer({ ...config.devServer, port, server }, compiler);
  await devServer.start();
  // the first build is done once a request can be answered
  await new Promise<void>((resolve) => devServer.middleware?.waitUntilValid(() => resolve()) ?? resolve());
  return {
    url: `${server.type}://localhost:${port}`,
    close: () => devServer.stop(),
  };
}

async function main(): Promise<void> {
  const { http, port } = serverArgs(process.argv.slice(2), process.env);
  const server: ServerKind = http ? { type: "http" } : { type: "https", options: await devCertificates() };
  const s = await startDevServer({ port, server });
  console.log(`\nZhibiao pane (development build): ${s.url}/taskpane.html`);
  console.log("Sideload manifest.xml in Excel (see README). Ctrl+C stops the server.");
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
