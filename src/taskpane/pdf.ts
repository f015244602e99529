/**
 * pdfjs for the pane: loaded on first PDF (its own chunk), with its worker, character maps
 * (needed for Chinese CID fonts) and standard fonts served from the pane's own origin
 * (dist/pdfjs/, copied by webpack): no request leaves the origin.
 */
import type { PdfjsLike } from "../core/intake/pdf";

type PdfjsModule = PdfjsLike & { GlobalWorkerOptions: { workerSrc: string } };

let loaded: Promise<PdfjsModule> | null = null;

function load(base: string): Promise<PdfjsModule> {
  loaded ??= import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs").then((m) => {
    const pdfjs = m as unknown as PdfjsModule;
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs/pdf.worker.min.mjs", base).href;
    return pdfjs;
  });
  return loaded;
}

/** A PdfjsLike that loads pdfjs on first use and points it at the pane's own copies of its data. */
export function browserPdfjs(base = document.baseURI): PdfjsLike {
  return {
    getDocument(src) {
      const task = load(base).then((pdfjs) =>
        pdfjs.getDocument({
          ...src,
          cMapUrl: new URL("pdfjs/cmaps/", base).href,
          cMapPacked: true,
          standardFontDataUrl: new URL("pdfjs/standard_fonts/", base).href,
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
