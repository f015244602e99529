/// <reference types="office-js" />
/**
 * Is the pane running inside Excel? Office.js may be missing (the CDN script could not load),
 * slow or never answering (intranets that drop outside traffic), present but outside any Office
 * host (Office.onReady reports host null), or present in Excel. The pane renders at once in
 * every case (taskpane.html loads office.js with `async`); only "fill the open workbook" needs
 * Excel, and it appears when Office is ready, even after the timeout message.
 */
export type HostState =
  | { status: "loading" }
  | { status: "excel"; displayLanguage: string | null; excelApi: string[] }
  | { status: "none"; reason: "no-office" | "no-host" | "timeout" | "other-host" };

/** The id of office.js's <script> in taskpane.html. */
export const OFFICE_SCRIPT_ID = "office-js";
/** How long the pane says "connecting" before it says that Office does not answer. */
export const OFFICE_TIMEOUT_MS = 10_000;

function officeGlobal(): typeof Office | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Highest ExcelApi 1.x the host supports, listed (e.g. ["1.1", …, "1.7"]). */
export function supportedExcelApi(office = officeGlobal()): string[] {
  const out: string[] = [];
  const req = office?.context?.requirements;
  if (!req) return out;
  for (let minor = 1; minor <= 20; minor++) {
    const v = `1.${minor}`;
    try {
      if (req.isSetSupported("ExcelApi", v)) out.push(v);
      else break;
    } catch {
      break;
    }
  }
  return out;
}

export async function detectHost(timeoutMs = 5000, office = officeGlobal()): Promise<HostState> {
  if (!office || typeof office.onReady !== "function") return { status: "none", reason: "no-office" };
  const ready = office.onReady().then((info) => info ?? { host: null, platform: null });
  // (setTimeout fires at once for Infinity: an unbounded wait has no timer)
  const timeout = new Promise<null>((r) => {
    if (Number.isFinite(timeoutMs)) setTimeout(() => r(null), timeoutMs);
  });
  let info: { host: Office.HostType | null } | null;
  try {
    info = await Promise.race([ready, timeout]);
  } catch {
    return { status: "none", reason: "no-host" };
  }
  if (info === null) return { status: "none", reason: "timeout" };
  if (!info.host) return { status: "none", reason: "no-host" };
  if (String(info.host) !== "Excel") return { status: "none", reason: "other-host" };
  let displayLanguage: string | null = null;
  try {
    displayLanguage = office.context?.displayLanguage ?? null;
  } catch {
    displayLanguage = null;
  }
  return { status: "excel", displayLanguage, excelApi: supportedExcelApi(office) };
}

export interface WatchOptions {
  timeoutMs?: number;
  doc?: Pick<Document, "getElementById">;
  /** The Office global once office.js has run (tests pass their own). */
  office?: () => typeof Office | undefined;
  /** Has the browser already finished fetching this URL (resource timing)? Tests pass their own. */
  fetched?: (url: string) => boolean;
}

/** The grace after a finished fetch for office.js to run before it counts as failed. */
const RUN_GRACE_MS = 300;

function fetchedByBrowser(url: string): boolean {
  try {
    return typeof performance !== "undefined" && performance.getEntriesByName(url).length > 0;
  } catch {
    return false;
  }
}

/**
 * Follows office.js as it loads alongside the pane and reports the host: first whatever is known
 * (nothing: the caller starts at "loading"), then Excel / no host / no Office. When neither the
 * script nor Office.onReady answers within `timeoutMs`, reports `timeout` once, and still
 * reports the real host if Office answers later. Returns a function that stops the watch.
 */
export function watchHost(report: (h: HostState) => void, opts: WatchOptions = {}): () => void {
  const timeoutMs = opts.timeoutMs ?? OFFICE_TIMEOUT_MS;
  const getOffice = opts.office ?? officeGlobal;
  const doc = opts.doc ?? (typeof document === "undefined" ? undefined : document);
  let live = true;
  let known = false;
  const say = (h: HostState) => {
    if (!live) return;
    if (!(h.status === "none" && h.reason === "timeout")) known = true;
    report(h);
  };
  const timer = setTimeout(() => {
    if (!known) say({ status: "none", reason: "timeout" });
  }, timeoutMs);
  const settle = (h: HostState) => {
    clearTimeout(timer);
    say(h);
  };
  const fromOffice = (office: typeof Office) => {
    // onReady may take long in a slow host: no timeout of its own, the watch's covers it
    void detectHost(Number.POSITIVE_INFINITY, office).then(settle, () => settle({ status: "none", reason: "no-host" }));
  };

  const present = getOffice();
  const script = doc?.getElementById(OFFICE_SCRIPT_ID) ?? null;
  let detach = () => undefined as void;
  if (present) fromOffice(present);
  else if (!script) settle({ status: "none", reason: "no-office" });
  else {
    const onLoad = () => {
      const o = getOffice();
      if (o) fromOffice(o);
      else settle({ status: "none", reason: "no-office" });
    };
    const onError = () => settle({ status: "none", reason: "no-office" });
    script.addEventListener("load", onLoad);
    script.addEventListener("error", onError);
    // the fetch may have failed before this code ran (offline: its error event is gone): a
    // finished fetch whose script has not run within a grace is a failure (a late load still counts)
    const src = (script as HTMLScriptElement).src;
    if (src && (opts.fetched ?? fetchedByBrowser)(src))
      setTimeout(() => {
        if (!known && !getOffice()) settle({ status: "none", reason: "no-office" });
      }, RUN_GRACE_MS);
    detach = () => {
      script.removeEventListener("load", onLoad);
      script.removeEventListener("error", onError);
    };
  }
  return () => {
    live = false;
    clearTimeout(timer);
    detach();
  };
}
