/* eslint-disable */
// Builds the task pane into dist/ (layout of Microsoft's Office React task-pane template):
//   taskpane.html + taskpane.js   the React pane (first load)
//   worker.js                     the extraction core in a Web Worker (loaded on first extraction)
//   commands.html + commands.js   the ribbon's FunctionFile
//   *.chunk.js                    on-demand chunks: ExcelJS writer, document readers (pdf/docx)
//   assets/                       icons referenced by manifest.xml
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const port = Number(process.env.PORT || 3000);
  return {
    mode: dev ? "development" : "production",
    // No eval-based devtool: the pane's Content-Security-Policy (taskpane.html) forbids eval, and
    // development must run under the same policy as production (an eval bundle never starts).
    devtool: dev ? "cheap-module-source-map" : "source-map",
    target: "web",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      worker: { import: "./src/taskpane/worker.ts", chunkLoading: "import-scripts" },
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].chunk.js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs", ".json"],
      // dynamic import("./x.js") (TypeScript node16 style) resolves to x.ts
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // The core must not need Node built-ins; a `node:` import fails the build (UnhandledSchemeError).
      fallback: { fs: false, path: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // types are checked by `npm run typecheck`
              compilerOptions: { module: "esnext", moduleResolution: "bundler", noEmit: false, sourceMap: true },
            },
          },
        },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    optimization: {
      // Entries stay self-contained (the worker cannot share the page's chunks); only
      // dynamic import()s are split into chunks.
      splitChunks: { chunks: "async" },
      chunkIds: "named", // readable chunk names in dist/ and in the bundle report
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: OFFICE_JS },
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs: OFFICE_JS },
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // pdfjs's worker, character maps (Chinese CID fonts) and standard fonts, served from
          // the pane's own origin and fetched only when a PDF is read (src/taskpane/pdf.ts)
          { from: "node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs", to: "pdfjs/pdf.worker.min.mjs" },
          { from: "node_modules/pdfjs-dist/cmaps", to: "pdfjs/cmaps" },
          { from: "node_modules/pdfjs-dist/standard_fonts", to: "pdfjs/standard_fonts" },
        ],
      }),
    ],
    devServer: {
      port,
      host: "localhost",
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      devMiddleware: { mimeTypes: { mjs: "text/javascript" } },
      // https with the office-addin-dev-certs certificate is set by scripts/serve.ts (`npm start`)
      // No HMR client: the pane's Content-Security-Policy allows no websocket, and Office
      // reloads the pane anyway (right-click → Reload).
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
    },
  };
};
