/// <reference types="office-js" />
/**
 * Is the pane running inside Excel? Office.js may be missing (the CDN script could not load),
 * present but outside any Office host (Office.onReady reports host null), or present in Excel.
 * The pane renders in every case; only the "fill the open workbook" action needs Excel.
 */
export type HostState =
  | { status: "loading" }
  | { status: "excel"; displayLanguage: string | null; excelApi: string[] }
  | { status: "none"; reason: "no-office" | "no-host" | "timeout" | "other-host" };

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
  const timeout = new Promise<null>((r) => setTimeout(() => r(null), timeoutMs));
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
