/** 出处: every extracted value (and every other candidate) with its evidence sentence, offsets, rule, report. */
import { indicatorDef } from "../../core/catalog";
import { num, numFmtFor, optText, text, toCellValue } from "../cells";
import type { BookContext, EvidenceEntry } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, type Row, type Sheet } from "../description";
import { CANDIDATE, CHOSEN, EVIDENCE_COLUMNS, EVIDENCE_HEADER_ROWS, approxLabel } from "../layout";
import { printOf } from "./rows";

function evidenceRow(e: EvidenceEntry): Row {
  const def = indicatorDef(e.code);
  const m = e.placed.report.meta;
  return [
    num(e.placed.row),
    optText(m.region),
    m.year === null ? null : num(m.year, "0"),
    text(e.code),
    text(def.name),
    num(toCellValue(def, e.value), numFmtFor(def, e.value, e.approx)),
    optText(approxLabel(def, e.approx)),
    text(e.evidence.text, "wrap"),
    num(e.evidence.start),
    num(e.evidence.end),
    e.evidence.page !== undefined ? num(e.evidence.page) : null,
    text(e.placed.report.source),
    optText(e.rule),
    text(e.chosen ? CHOSEN : CANDIDATE, e.chosen ? undefined : "info"),
    optText(e.marks.join("、")),
    text(e.placed.key),
    m.divisionCode ? { ...text(m.divisionCode), numFmt: "@" } : null,
    optText(e.review, "corrected_note"),
  ];
}

export function evidenceSheet(ctx: BookContext): LazySheet {
  const header: Row[] = [EVIDENCE_COLUMNS.map((c) => text(c.label, "header")), EVIDENCE_COLUMNS.map((c) => text(c.key, "key"))];
  if (header.length !== EVIDENCE_HEADER_ROWS) throw new Error("出处 has two header rows");
  return {
    name: SHEET_NAMES.evidence,
    ...placeRows(header, ctx.evidence, (e) => ({ row: e.row, cells: evidenceRow(e) })),
    rowHeights: [32],
    columns: EVIDENCE_COLUMNS.map((c) => ({ width: c.width, ...("hidden" in c && c.hidden ? { hidden: true } : {}) })),
    frozen: { rows: 2, columns: 0 },
    conditionalFormats: [],
    userOwned: false,
    print: printOf("出处", 2),
  };
}
