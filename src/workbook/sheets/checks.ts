/**
 * 核对: per report row, live formulas for the checks that follow from the values
 * (部分大于整体, 比率超出范围, 比率与数量不符, 与报送不一致: edit a number by hand and
 * they update without the add-in), the extractor's other flags as text, and the
 * error and warning counts. One column per kind of check, one line per finding.
 */
import { CATALOG, PART_WHOLE, RATE_PARTS, indicatorDef } from "../../core/catalog";
import type { Decision } from "../../core/decisions";
import type { Flag } from "../../core/types";
import { formula, lit, num, optText, ref, text } from "../cells";
import { flagDecisionOf, shownValue, type BookContext, type PlacedReport } from "../context";
import { placeRows, type LazySheet } from "../lazySheet";
import { SHEET_NAMES, a1, type ConditionalFormat, type Row, type Sheet } from "../description";
import { CHECK_COLUMNS, CHECK_NAMES, FIRST_DATA_ROW, FORMULA_CHECKS, REVIEW_VERDICTS, checkColumn, codeColumn, unitColumn, type CheckColumnKey } from "../layout";
import { printOf } from "./rows";

const TITLE = "核对";

/** One line per finding: each part is `IF(cond,CHAR(10)&message,"")`; the first line break is dropped. */
function lines(parts: string[]): string {
  return `MID(${parts.join("&")},2,32000)`;
}

/** Number of lines of a text cell, as a formula. */
function lineCount(cell: string): string {
  return `IF(LEN(${cell})=0,0,LEN(${cell})-LEN(SUBSTITUTE(${cell},CHAR(10),""))+1)`;
}

/** Whether a part exceeds its whole on 指标 (TRUE/FALSE; FALSE when either is missing). */
function partExceeds(row: number, part: string, whole: string): string {
  const P = ref(SHEET_NAMES.indicators, row, codeColumn(part));
  const W = ref(SHEET_NAMES.indicators, row, codeColumn(whole));
  return `AND(ISNUMBER(${P}),ISNUMBER(${W}),N(${P})>N(${W}))`;
}

function partWhole(row: number): string {
  const I = SHEET_NAMES.indicators;
  return lines(
    PART_WHOLE.map(({ part, whole }) => {
      const P = ref(I, row, codeColumn(part));
      const W = ref(I, row, codeColumn(whole));
      const msg = `${lit(`${indicatorDef(part).name} `)}&${P}&${lit(` > ${indicatorDef(whole).name} `)}&${W}`;
      return `IF(AND(ISNUMBER(${P}),ISNUMBER(${W})),IF(${P}>${W},CHAR(10)&${msg},""),"")`;
    }),
  );
}

/** Whether a rate on 指标 is outside 0–100%. */
function rateOutside(row: number, code: string): string {
  const R = ref(SHEET_NAMES.indicators, row, codeColumn(code));
  return `AND(ISNUMBER(${R}),OR(N(${R})<0,N(${R})>1))`;
}

function rateRange(row: number): string {
  return lines(
    CATALOG.filter((d) => d.kind === "rate").map((d) => {
      const R = ref(SHEET_NAMES.indicators, row, codeColumn(d.code));
      return `IF(ISNUMBER(${R}),IF(OR(${R}<0,${R}>1),CHAR(10)&${lit(`${d.name} `)}&ROUND(${R}*100,6)&${lit("% 超出 0–100%")},""),"")`;
    }),
  );
}

/**
 * rate_consistency as a formula, the same verdict as core/checks' rateAgrees (a test holds
 * LibreOffice's verdicts to it): the stated rate R (a fraction) agrees with P/W when P/W in
 * percent, rounded OR truncated to the decimals R is stated with, equals R in percent; 100%
 * agrees only with P = W; nothing agrees with W ≤ 0. Empty when a value is missing; a line
 * break and a message otherwise.
 */
export function rateConsistencyFormula(R: string, P: string, W: string, name: string): string {
  const x = `ROUND(${R}*100,6)`;
  const d = `IF(ROUND(${x},0)=${x},0,IF(ROUND(${x},1)=${x},1,IF(ROUND(${x},2)=${x},2,IF(ROUND(${x},3)=${x},3,4))))`;
  const a = `(${P}/${W}*100)`;
  const agree = `IF(${x}=100,${P}=${W},OR(ABS(ROUND(${a},${d})-${x})<0.000001,ABS(ROUNDDOWN(${a},${d})-${x})<0.000001))`;
  const msg = `${lit(`${name} `)}&${x}&${lit("% 与 ")}&${P}&"/"&${W}&"="&ROUND(${a},4)&${lit("% 不符")}`;
  const noWhole = `${lit(`${name} `)}&${x}&${lit("% 与 ")}&${P}&"/"&${W}&${lit(" 不符")}`;
  return `IF(AND(ISNUMBER(${R}),ISNUMBER(${P}),ISNUMBER(${W})),IF(${W}>0,IF(${agree},"",CHAR(10)&${msg}),CHAR(10)&${noWhole}),"")`;
}

function rateConsistency(row: number): string {
  const I = SHEET_NAMES.indicators;
  return lines(RATE_PARTS.map(({ rate, part, whole }) => rateConsistencyFormula(ref(I, row, codeColumn(rate)), ref(I, row, codeColumn(part)), ref(I, row, codeColumn(whole)), indicatorDef(rate).name)));
}

/** A flag as one line: 名称:message(check [codes]), the codes only as a detail. */
function flagLine(f: Flag): string {
  const detail = `${f.check}${f.codes.length ? ` [${f.codes.join(",")}]` : ""}`;
  const own = OWN_PREFIX[f.check];
  const message = f.message.replace(/\r?\n/g, " ");
  return `${f.severity === "error" ? "错误 " : ""}${CHECK_NAMES[f.check]}:${own && message.startsWith(own) ? message.slice(own.length) : message}(${detail})`;
}

/** Messages of core/checks that already begin with what the check is called. */
const OWN_PREFIX: Partial<Record<Flag["check"], string>> = { approximate: "约数: ", missing: "未找到核心指标: " };

/** A decided flag as one line of 审核决定: the flag, then the decision (and the value decided, the note). */
function decisionLine(f: Flag, d: Decision): string {
  const value = d.decision === "更正" && d.valueDecided !== null ? ` ${shownValue(d.code, d.valueDecided)}` : "";
  return `${flagLine(f)} → ${REVIEW_VERDICTS[d.decision]}${value}${d.note ? `:${d.note.replace(/\r?\n/g, " ")}` : ""}`;
}

/**
 * The formula checks' findings a reviewer decided, as conditions on 指标 (each TRUE while it still
 * fires): the counts subtract them, so a decided flag no longer counts; a finding the reviewer
 * did not decide (or one that appears after an edit) still does.
 */
function decidedFindings(p: PlacedReport, decided: Flag[]): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Set<string>();
  for (const f of decided) {
    const k = `${f.check}|${f.codes.join(",")}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (f.check === "part_le_whole") {
      const pair = PART_WHOLE.find((x) => x.part === f.codes[0] && x.whole === f.codes[1]);
      if (pair) errors.push(partExceeds(p.row, pair.part, pair.whole));
    } else if (f.check === "rate_range") {
      const code = f.codes[0];
      if (code && CATALOG.some((d) => d.code === code && d.kind === "rate")) errors.push(rateOutside(p.row, code));
    } else if (f.check === "rate_consistency") {
      const t = RATE_PARTS.find((x) => x.rate === f.codes[0] && x.part === f.codes[1] && x.whole === f.codes[2]);
      if (t) {
        const I = SHEET_NAMES.indicators;
        warnings.push(`LEN(${rateConsistencyFormula(ref(I, p.row, codeColumn(t.rate)), ref(I, p.row, codeColumn(t.part)), ref(I, p.row, codeColumn(t.whole)), indicatorDef(t.rate).name)})>0`);
      }
    }
  }
  return { errors, warnings };
}

/** n minus the decided findings that still fire (never below zero). */
function less(n: string, firing: string[]): string {
  return firing.length === 0 ? n : `MAX(0,${n}-${firing.map((c) => `IF(${c},1,0)`).join("-")})`;
}

function reportRow(ctx: BookContext, p: PlacedReport): Row {
  const r = p.row;
  const at = (k: CheckColumnKey) => a1(r, checkColumn(k));
  const decisionOf = (f: Flag) => (f.severity === "info" ? undefined : flagDecisionOf(ctx, p, f));
  const flags = [...p.report.flags.filter((f) => !FORMULA_CHECKS.has(f.check)), ...p.yearOverYear];
  const joined = (keep: (f: Flag) => boolean) => flags.filter(keep).map(flagLine).join("\n");
  const decided = p.report.flags.flatMap((f) => {
    const d = decisionOf(f);
    return d ? [{ f, d }] : [];
  });
  const findings = decidedFindings(p, decided.filter((x) => FORMULA_CHECKS.has(x.f.check)).map((x) => x.f));
  const m = p.report.meta;
  return [
    optText(m.region),
    m.year === null ? null : num(m.year, "0"),
    text(p.report.source),
    formula(less(`${lineCount(at("part_le_whole"))}+${lineCount(at("rate_range"))}`, findings.errors), "0"),
    formula(`${less(lineCount(at("rate_consistency")), findings.warnings)}+${at("submitted_mismatch")}+${lineCount(at("flags:warning"))}`, "0"),
    formula(partWhole(r), undefined, "wrap"),
    formula(rateRange(r), undefined, "wrap"),
    formula(rateConsistency(r), undefined, "wrap"),
    formula(ref(SHEET_NAMES.differences, r, unitColumn("differences")), "0"),
    // an extractor's flag the reviewer decided leaves 其他警告 for 审核决定
    optText(joined((f) => f.severity !== "info" && !decisionOf(f)), "wrap"),
    optText(joined((f) => f.severity === "info"), "wrap"),
    optText(decided.map(({ f, d }) => decisionLine(f, d)).join("\n"), "wrap"),
  ];
}

function conditionalFormats(last: number): ConditionalFormat[] {
  const range = (k: CheckColumnKey) => `${a1(FIRST_DATA_ROW, checkColumn(k))}:${a1(last, checkColumn(k))}`;
  const top = (k: CheckColumnKey) => a1(FIRST_DATA_ROW, checkColumn(k));
  const rule = (k: CheckColumnKey, test: "count" | "text", style: string): ConditionalFormat => ({
    range: range(k),
    formula: test === "count" ? `$${top(k)}>0` : `LEN(${top(k)})>0`,
    style,
  });
  return [
    rule("errors", "count", "error"),
    rule("warnings", "count", "warning"),
    rule("part_le_whole", "text", "error"),
    rule("rate_range", "text", "error"),
    rule("rate_consistency", "text", "warning"),
    { ...rule("submitted_mismatch", "count", "warning"), formula: `${top("submitted_mismatch")}>0` },
    rule("flags:warning", "text", "warning"),
    rule("flags:info", "text", "info"),
  ];
}

export function checksSheet(ctx: BookContext): LazySheet {
  const header: Row[] = [
    [text(TITLE, "title"), ...CHECK_COLUMNS.slice(1).map(() => null)],
    CHECK_COLUMNS.map((c) => text(c.label, "name")),
    CHECK_COLUMNS.map((c) => text(c.key, "key")),
  ];
  return {
    name: SHEET_NAMES.checks,
    ...placeRows(header, ctx.reports, (p) => ({ row: p.row, cells: reportRow(ctx, p) })),
    rowHeights: [20, 32, 14],
    columns: CHECK_COLUMNS.map((c) => ({ width: c.width })),
    frozen: { rows: 3, columns: checkColumn("warnings") },
    conditionalFormats: conditionalFormats(ctx.placement.formatLastRow),
    userOwned: false,
    tabColor: "C00000",
    print: printOf(TITLE, 3),
  };
}
