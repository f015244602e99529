/**
 * 审核: one row per reviewer's decision (core/decisions), in the order given: who reported,
 * the code and its 名称, what it was about (标记/建议/数值, the check), the value extracted or
 * suggested, the value decided, the decision (核实 / 更正 / 忽略 / 采用建议), the note, the local
 * time, the evidence text and the status: 已应用, or 需重新核对 where the report as filled now
 * no longer matches what the decision was made on. Hidden: the report's key, the check's code
 * and the evidence's hash, which the reader needs to give the decision back whole.
 */
import { indicatorDef, isCode } from "../../core/catalog";
import { RECHECK, type Decision } from "../../core/decisions";
import { num, numFmtFor, optText, text, toCellValue } from "../cells";
import type { BookContext } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, type Cell, type Row } from "../description";
import type { ReportLabel, UnreadReviewRow } from "../inputs";
import { CHECK_NAMES, REVIEW_APPLIED, REVIEW_COLUMNS, REVIEW_FIRST_ROW, REVIEW_HEADER_ROWS, REVIEW_KINDS, REVIEW_UNREAD, REVIEW_VERDICTS, reviewColumn } from "../layout";
import { printOf } from "./rows";

/** A decided or extracted value as a cell: a rate as a fraction with its percentage format, as on 指标. */
function valueCell(code: string, v: number | null): Cell | null {
  if (v === null) return null;
  if (!isCode(code)) return num(v);
  const def = indicatorDef(code);
  return num(toCellValue(def, v), numFmtFor(def, v, null));
}

function reviewRow(d: Decision, who: ReportLabel | undefined): Row {
  const recheck = d.status === RECHECK;
  return [
    optText(who?.region),
    who?.year != null ? num(who.year, "0") : null,
    optText(who?.issuer),
    optText(who?.source),
    optText(d.code),
    optText(isCode(d.code) ? indicatorDef(d.code).name : d.code === "" ? "(整份报告)" : ""),
    text(REVIEW_KINDS[d.kind]),
    optText(d.check ? CHECK_NAMES[d.check] : ""),
    valueCell(d.code, d.valueExtracted),
    valueCell(d.code, d.valueDecided),
    text(REVIEW_VERDICTS[d.decision], "name"),
    optText(d.note, "wrap"),
    text(d.time),
    optText(d.evidence, "wrap"),
    text(recheck ? RECHECK : REVIEW_APPLIED, recheck ? "recheck" : undefined),
    text(d.report),
    optText(d.check ?? ""),
    text(d.evidenceHash),
  ];
}

/** A row that is not a decision, as it was; its status says why it could not be read. */
function unreadRow(u: UnreadReviewRow): Row {
  const status = reviewColumn("status") - 1;
  const cells: Row = u.cells.map((v) => (v === null ? null : typeof v === "number" ? num(v) : text(v)));
  while (cells.length <= status) cells.push(null);
  const was = u.cells[status];
  if (!(typeof was === "string" && was.startsWith(REVIEW_UNREAD))) cells[status] = text(`${REVIEW_UNREAD}:${u.problem}${was != null && was !== "" ? ` [${was}]` : ""}`, "error");
  return cells;
}

export function reviewSheet(ctx: BookContext): LazySheet {
  const header: Row[] = [REVIEW_COLUMNS.map((c) => text(c.label, "header")), REVIEW_COLUMNS.map((c) => text(c.key, "key"))];
  if (header.length !== REVIEW_HEADER_ROWS) throw new Error("审核 has two header rows");
  const labels = new Map<string, ReportLabel>(Object.entries(ctx.options.reportLabels));
  for (const p of ctx.reports) {
    const m = p.report.meta;
    labels.set(p.key, { region: m.region, year: m.year, issuer: m.issuer, source: p.report.source });
  }
  const decisions = ctx.options.decisions;
  const unread = ctx.options.reviewUnread;
  const rows = [...decisions.map((d) => ({ d, u: undefined })), ...unread.map((u) => ({ d: undefined, u }))].map((x, i) => ({ ...x, row: REVIEW_FIRST_ROW + i }));
  return {
    name: SHEET_NAMES.review,
    ...placeRows(header, rows, ({ d, u, row }) => ({ row, cells: d ? reviewRow(d, labels.get(d.report)) : unreadRow(u!) })),
    rowHeights: [32],
    columns: REVIEW_COLUMNS.map((c) => ({ width: c.width, ...("hidden" in c && c.hidden ? { hidden: true } : {}) })),
    frozen: { rows: REVIEW_HEADER_ROWS, columns: 0 },
    conditionalFormats: [],
    userOwned: false,
    tabColor: "7030A0",
    print: printOf("审核", REVIEW_HEADER_ROWS),
  };
}
