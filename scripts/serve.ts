/**
 * `npm start`: builds the pane (development mode), makes and trusts the Office add-in dev
 * certificates (office-addin-dev-certs, stored in ~/.office-addin-dev-certs) and serves
 * https://localhost:3000 with webpack-dev-server 5. Then sideload manifest.xml (README).
 *
 * Where trusting the CA is impossible (no sudo, Linux without a system store tool) the
 * certificates are still generated and used: the browser shows a warning until the CA
 * (~/.office-addin-dev-certs/ca.crt) is trusted by hand.
 *   PORT=3001 npm start     another port (the manifest says 3000)
 *   npm start -- --http     plain http (only for a browser outside Office)
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

async function httpsOptions(): Promise<{ ca?: Buffer; cert: Buffer; key: Buffer }> {
  const certs = await import("office-addin-dev-certs");
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    console.warn(`Could not install/trust the dev certificates: ${(e as Error).message}`);
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const ca = path.join(dir, "ca.crt"), cert = path.join(dir, "localhost.crt"), key = path.join(dir, "localhost.key");
    if (!fs.existsSync(cert) || !fs.existsSync(key)) {
      fs.mkdirSync(dir, { recursive: true });
      await certs.generateCertificates(ca, cert, key);
    }
    console.warn(`Using untrusted certificates from ${dir}; trust ${ca} by hand (or run: npx office-addin-dev-certs install).`);
    return { ca: fs.readFileSync(ca), cert: fs.readFileSync(cert), key: fs.readFileSync(key) };
  }
}

async function main(): Promise<void> {
  const http = process.argv.includes("--http");
  const port = Number(process.env.PORT || 3000);
  const webpack = (await import("webpack")).default;
  const WebpackDevServer = (await import("webpack-dev-server")).default;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.resolve(__dirname, "../webpack.config.js")) as (env: object, argv: object) => any;
  const config = makeConfig({}, { mode: "development" });
  const server = http ? { type: "http" } : { type: "https", options: await httpsOptions() };
  const compiler = webpack(config);
  const devServer = new WebpackDevServer({ ...config.devServer, port, server }, compiler);
  await devServer.start();
  console.log(`\nZhibiao pane: ${http ? "http" : "https"}://localhost:${port}/taskpane.html`);
  console.log("Sideload manifest.xml in Excel (see README). Ctrl+C stops the server.");
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
