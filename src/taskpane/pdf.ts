/**
 * pdfjs for the pane: loaded on first PDF (its own chunk), with its worker, character maps
 * (needed for Chinese CID fonts) and standard fonts served from the pane's own origin
 * (dist/pdfjs/, copied by webpack): no request leaves the origin.
 *
 * Used inside the pane's Web Worker (worker.ts), where there is no `window`: pdfjs's own worker
 * is then started here and handed over as `GlobalWorkerOptions.workerPort` (a nested worker),
 * so pdfjs still parses in a worker of its own. Where a worker cannot start a worker, pdfjs
 * falls back to parsing in the calling worker (still off the UI thread).
 */
import type { PdfjsLike } from "../core/intake/pdf";

type PdfjsModule = PdfjsLike & { GlobalWorkerOptions: { workerSrc: string; workerPort: unknown } };

let loaded: Promise<PdfjsModule> | null = null;

/** True inside a worker (no window), where pdfjs cannot start its worker by itself. */
function inWorker(): boolean {
  return typeof (globalThis as { window?: unknown }).window === "undefined" && typeof (globalThis as { importScripts?: unknown }).importScripts === "function";
}

function load(base: string): Promise<PdfjsModule> {
  loaded ??= import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs").then((m) => {
    const pdfjs = m as unknown as PdfjsModule;
    const workerSrc = new URL("pdfjs/pdf.worker.min.mjs", base).href;
    pdfjs.GlobalWorkerOptions.workerSrc = workerSrc;
    if (inWorker() && typeof Worker === "function") {
      try {
        pdfjs.GlobalWorkerOptions.workerPort = new Worker(workerSrc, { type: "module" });
      } catch {
        // no nested module workers: pdfjs parses in this worker
      }
    }
    return pdfjs;
  });
  return loaded;
}

/** A PdfjsLike that loads pdfjs on first use and points it at the pane's own copies of its data. */
export function browserPdfjs(base: string = document.baseURI): PdfjsLike {
  return {
    getDocument(src) {
      const task = load(base).then((pdfjs) =>
        pdfjs.getDocument({
          ...src,
          cMapUrl: new URL("pdfjs/cmaps/", base).href,
          cMapPacked: true,
          standardFontDataUrl: new URL("pdfjs/standard_fonts/", base).href,
          // character maps and fonts are fetched by the caller (same origin); set explicitly so
          // pdfjs never consults `document` (absent in a worker)
          useWorkerFetch: false,
        }),
      );
      return {
        promise: task.then((t) => t.promise),
        destroy: async () => {
          await (await task).destroy?.();
        },
      };
    },
  };
}
