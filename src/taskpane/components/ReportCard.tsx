/**
 * One report in the review list: a compact table of its values (名称 · 数值 · flag or decision
 * badge), a row's evidence and decisions on demand, then the 待核 group of suggestions.
 * Collapsible. The rows and what is undecided come from cardModel (pure), which the list's
 * keyboard navigation uses too.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Card,
  Checkbox,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { CATALOG } from "../../core/catalog";
import {
  applyDecisions,
  flagDecision,
  needsDecision,
  pins,
  reportKey,
  suggestionCodes,
  targetKey,
  suggestionDecision,
  type Applied,
  type Decision,
  type DecisionTarget,
  undecidedCount,
} from "../../core/decisions";
import type { Flag, IndicatorValue, Severity, Suggestion } from "../../core/types";
import type { Lang, Strings } from "../i18n";
import type { ReportItem } from "../state";
import { formatValue, nameOf } from "../format";
import { Evidence } from "./Evidence";
import { CorrectionField, DecisionButtons, FromBookBadge, NoteField, VerdictBadge, type ActionKey } from "./DecisionControls";
import { Suggestions } from "./Suggestions";

export const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };


// ---- the model: rows, their decisions, what is undecided (pure) ----

interface RowBase {
  /** Unique in the pane: `${item.id}:v:${code}`, `…:f:${i}`, `…:s:${i}`. */
  id: string;
  undecided: boolean;
  /** The decision shown on the row (the latest in force), if any. */
  decision: Decision | undefined;
  /** The decision shown comes from the open workbook's 审核 (not made in the pane). */
  fromBook: boolean;
}
export interface ValueRow extends RowBase {
  kind: "value";
  code: string;
  /** The value as it stands (taken suggestion or correction applied). */
  value: IndicatorValue;
  /** The value before any 更正: what a decision on the row is pinned to. */
  base: IndicatorValue;
  flags: Flag[];
  /** Its error and warning flags: each is decided separately (one decision per flag). */
  open: Flag[];
  targets: DecisionTarget[];
}
export interface FlagRow extends RowBase {
  kind: "flag";
  flag: Flag;
  targets: DecisionTarget[];
}
export interface SuggestionRow extends RowBase {
  kind: "suggestion";
  suggestion: Suggestion;
  codes: string[];
}
export type Row = ValueRow | FlagRow | SuggestionRow;

export interface CardModel {
  key: string;
  applied: Applied;
  values: ValueRow[];
  flagRows: FlagRow[];
  suggestions: SuggestionRow[];
  /** Flags on no row (a missing core indicator, an info flag with no value). */
  otherFlags: Flag[];
  undecided: number;
  /** The report's decisions that no longer match (需重新核对: listed, not applied), and whether each comes from the workbook. */
  recheck: { decision: Decision; fromBook: boolean }[];
}

const catalogIndex = (code: string) => {
  const i = CATALOG.findIndex((d) => d.code === code);
  return i < 0 ? 999 : i;
};

/**
 * The rows of a done report, from its result and the decisions the pane shows (its own, and the
 * workbook's: `fromBook` holds the targetKey of those that come from the book).
 */
export function cardModel(item: ReportItem, decisions: readonly Decision[], fromBook: ReadonlySet<string> = new Set()): CardModel | null {
  const r = item.result;
  if (!r) return null;
  const bookish = (d: Decision | undefined) => d !== undefined && fromBook.has(targetKey(d));
  const key = reportKey(r);
  const applied = applyDecisions(r, decisions, key);
  const raw = new Map(r.indicators.map((v) => [v.code, v]));
  const mine = decisions.filter((d) => d.report === key);
  const onRow = new Set<Flag>();

  const values = [...applied.result.indicators]
    .sort((a, b) => catalogIndex(a.code) - catalogIndex(b.code))
    .map((value): ValueRow => {
      const base = applied.before.get(value.code) ?? value;
      const flags = r.flags.filter((f) => f.codes.includes(value.code)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      flags.forEach((f) => onRow.add(f));
      const open = flags.filter(needsDecision);
      let decision: Decision | undefined;
      let undecided = false;
      if (open.length > 0) {
        const ds = open.map((f) => flagDecision(r, f, decisions, key));
        // an unticked value is not filled: nothing about it waits for a decision
        undecided = ds.some((d) => !d) && !item.excluded.includes(value.code);
        decision = undecided ? undefined : ds.reduce((a, b) => (mine.indexOf(b!) > mine.indexOf(a!) ? b : a));
      } else {
        decision = [...mine].reverse().find((d) => d.kind === "value" && d.code === value.code && (pins(d, base) || pins(d, raw.get(value.code))));
      }
      const targets: DecisionTarget[] =
        open.length > 0 ? open.map((f) => ({ kind: "flag", code: value.code, check: f.check, value: base })) : [{ kind: "value", code: value.code, value: base }];
      return { kind: "value", id: `${item.id}:v:${value.code}`, code: value.code, value, base, flags, open, targets, decision, undecided, fromBook: bookish(decision) };
    });

  const flagRows: FlagRow[] = [];
  r.flags.forEach((f, i) => {
    if (onRow.has(f) || !needsDecision(f)) return;
    onRow.add(f);
    const decision = flagDecision(r, f, decisions, key);
    // a flag about the whole report (no codes, such as the region's) is decided under code ""
    flagRows.push({
      kind: "flag",
      id: `${item.id}:f:${i}`,
      flag: f,
      decision,
      undecided: !decision,
      fromBook: bookish(decision),
      targets: [{ kind: "flag", code: f.codes[0] ?? "", check: f.check, value: null }],
    });
  });

  const suggestions = (r.suggestions ?? []).map((s, i): SuggestionRow => {
    const decision = suggestionDecision(r, s, decisions, key);
    return { kind: "suggestion", id: `${item.id}:s:${i}`, suggestion: s, codes: suggestionCodes(s), decision, undecided: !decision, fromBook: bookish(decision) };
  });

  // what is undecided counts flags (a flag on two values is one) and suggestions, as the workbook's status does
  const ex = new Set(item.excluded);
  const kept = ex.size === 0 ? r : { ...r, flags: r.flags.filter((f) => f.codes.length === 0 || f.codes.some((c) => !ex.has(c))) };
  const undecided = undecidedCount(kept, decisions, key).total;
  const recheck = applied.recheck.map((d) => ({ decision: d, fromBook: bookish(d) }));
  return { key, applied, values, flagRows, suggestions, otherFlags: r.flags.filter((f) => !onRow.has(f)), undecided, recheck };
}

/** The rows in the order the cursor visits them. */
export function rowsOf(m: CardModel, onlyUndecided: boolean, editing: string | null = null): Row[] {
  const rows: Row[] = [...m.values, ...m.flagRows, ...m.suggestions];
  // a row being edited (the note of an 忽略) stays until its field closes
  return onlyUndecided ? rows.filter((r) => r.undecided || r.id === editing) : rows;
}

// ---- the view ----

/** What the list tells a card: the cursor, open rows, the field being edited. */
export interface Editing {
  row: string;
  mode: "correct" | "note" | "choose" | "conflict";
  /** For choose: the action waiting for a code; for conflict and correct on a suggestion: the code. */
  then?: "a" | "c";
  code?: string;
}

export interface ReportCardProps {
  item: ReportItem;
  model: CardModel | null;
  strings: Strings;
  lang: Lang;
  active: string | null;
  expanded: ReadonlySet<string>;
  editing: Editing | null;
  onlyUndecided: boolean;
  collapsed: boolean;
  onCollapse(collapsed: boolean): void;
  onSelect(rowId: string, toggle: boolean): void;
  onAct(row: Row, k: ActionKey, opts?: { value?: number; code?: string; note?: string; keep?: "existing" | "suggestion" }): void;
  onEditDone(): void;
  onToggle(code: string, included: boolean): void;
  onRemove(): void;
}

const useStyles = makeStyles({
  card: { padding: "8px 10px", gap: "6px" },
  head: { display: "flex", alignItems: "flex-start", gap: "4px" },
  headText: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  meta: { display: "flex", flexWrap: "wrap", columnGap: "10px", color: tokens.colorNeutralForeground2 },
  source: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  table: { tableLayout: "fixed", width: "100%" },
  row: { cursor: "pointer", height: "28px" },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", backgroundColor: tokens.colorNeutralBackground1Hover },
  cCheck: { width: "26px", padding: 0 },
  cName: { paddingLeft: "2px", paddingRight: "4px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200 },
  cValue: { width: "84px", textAlign: "right", fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, paddingLeft: 0, paddingRight: "4px", whiteSpace: "nowrap", fontSize: tokens.fontSizeBase200 },
  cBadge: { width: "40px", padding: 0, textAlign: "center" },
  /** Room for a verdict and the workbook's mark (a card with decisions from the book). */
  cBadgeWide: { width: "58px" },
  excluded: { opacity: 0.45 },
  corrected: { color: tokens.colorBrandForeground1, textDecorationLine: "underline", textDecorationStyle: "dotted" },
  detail: { padding: "2px 4px 8px 28px", fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground2 },
  detailName: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  flagLine: { display: "flex", gap: "6px", alignItems: "baseline", marginTop: "2px" },
  flagBadge: { flexShrink: 0 },
  small: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  recheck: { color: tokens.colorPaletteDarkOrangeForeground1 },
  flags: { display: "flex", flexDirection: "column", gap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  toggle: { minWidth: "24px", padding: "0 4px" },
});

export function ReportCard(p: ReportCardProps): React.JSX.Element {
  const st = useStyles();
  const { item, model, strings: s, lang } = p;
  const r = item.result;
  const meta = r?.meta;
  const excluded = new Set(item.excluded);
  const shown = (r: Row) => !p.onlyUndecided || r.undecided || r.id === p.editing?.row;
  const values = model ? model.values.filter(shown) : [];
  const flagRows = model ? model.flagRows.filter(shown) : [];
  const fmt = (v: IndicatorValue) => formatValue(v.value, v.unit, v.approx, lang);

  const detail = (row: ValueRow | FlagRow) => {
    const editing = p.editing?.row === row.id ? p.editing : null;
    const flags = row.kind === "value" ? row.flags : [row.flag];
    const name = row.kind === "value" ? nameOf(row.code) : row.flag.codes.map(nameOf).join("、") || s.review.wholeReport;
    return (
      <TableRow data-testid="indicator-detail" data-row={`${row.id}:detail`}>
        <TableCell colSpan={4} className={st.detail}>
          <span className={st.detailName}>
            {name} <span className={st.small}>{row.kind === "value" ? row.code : row.flag.check}</span>
          </span>
          {row.kind === "value" && <Evidence text={item.text} span={row.value.evidence} value={row.base.value} />}
          {row.kind === "value" && row.value.decided === "更正" && (
            <div className={st.small} data-testid="was">
              {s.review.was(fmt(row.base))}
            </div>
          )}
          {row.fromBook && row.decision && (
            <div className={st.flagLine} data-testid="from-book-note">
              <VerdictBadge decision={row.decision} strings={s} fromBook="long" />
              <span className={st.small}>
                {row.decision.note ? `${row.decision.note} · ` : ""}
                {row.decision.time}
              </span>
            </div>
          )}
          {flags.map((f, i) => (
            <div key={i} className={st.flagLine} data-testid="flag" data-severity={f.severity} data-check={f.check}>
              <Badge className={st.flagBadge} size="small" appearance="filled" color={SEVERITY_COLOR[f.severity]}>
                {s.severity[f.severity]}
              </Badge>
              <span>{f.message}</span>
            </div>
          ))}
          {editing?.mode === "correct" ? (
            <CorrectionField
              label={s.review.correctLabel(name)}
              initial={row.kind === "value" ? row.base.value : 0}
              rate={row.kind === "value" ? row.base.unit === "%" : row.flag.codes.some((c) => /_rate$/.test(c))}
              strings={s}
              onSave={(v) => p.onAct(row, "c", { value: v })}
              onCancel={p.onEditDone}
            />
          ) : editing?.mode === "note" ? (
            <NoteField strings={s} initial={row.decision?.note ?? ""} onSave={(note) => p.onAct(row, "i", { note })} onClose={p.onEditDone} />
          ) : (
            <DecisionButtons
              keys={row.kind === "value" && row.open.length === 0 ? ["v", "c", "u"] : row.kind === "flag" && row.flag.codes.length === 0 ? ["v", "i", "u"] : ["v", "c", "i", "u"]}
              strings={s}
              decided={row.decision !== undefined && !row.fromBook}
              onAct={(k) => p.onAct(row, k)}
            />
          )}
        </TableCell>
      </TableRow>
    );
  };

  const badge = (row: ValueRow | FlagRow) => {
    if (row.decision && !row.undecided) return <VerdictBadge decision={row.decision} strings={s} fromBook={row.fromBook ? "short" : undefined} />;
    const worst = row.kind === "value" ? row.open[0] : row.flag;
    return worst ? (
      <Badge size="small" appearance="tint" color={SEVERITY_COLOR[worst.severity]} title={worst.message} data-testid="flag-badge" data-severity={worst.severity}>
        {s.severity[worst.severity]}
      </Badge>
    ) : null;
  };

  const recheck = model?.recheck ?? [];
  const wideBadge = model ? [...model.values, ...model.flagRows].some((r) => r.fromBook) : false;

  return (
    <Card className={st.card} data-testid="report" data-status={item.status} aria-label={item.source}>
      <div className={st.head}>
        <Button
          size="small"
          appearance="transparent"
          className={st.toggle}
          aria-expanded={!p.collapsed}
          aria-label={`${p.collapsed ? s.review.expand : s.review.collapse} ${item.source}`}
          data-testid="collapse"
          onClick={() => p.onCollapse(!p.collapsed)}
        >
          {p.collapsed ? "▸" : "▾"}
        </Button>
        <div className={st.headText}>
          <Subtitle2 data-testid="report-region">
            {meta?.region ?? (item.status === "done" ? s.unknown : item.source)}
            {meta?.year != null && <span data-testid="report-year">{` · ${meta.year}`}</span>}
          </Subtitle2>
          <Caption1 className={st.source} title={item.source}>
            {item.source}
          </Caption1>
          {r && model && (
            <Caption1 className={st.meta}>
              {meta?.published && (
                <span>
                  {s.published}：{meta.published}
                </span>
              )}
              <span>{s.selectedCount(model.values.filter((v) => !excluded.has(v.code)).length, model.values.length)}</span>
              <span data-testid="report-undecided" data-count={model.undecided}>
                {s.review.undecided(model.undecided)}
              </span>
            </Caption1>
          )}
        </div>
        <Button size="small" appearance="subtle" onClick={p.onRemove} aria-label={`${s.remove} ${item.source}`}>
          {s.remove}
        </Button>
      </div>

      {(item.status === "queued" || item.status === "running") && <Spinner size="tiny" label={item.source} />}
      {(item.status === "error" || item.status === "unsupported") && (
        <MessageBar layout="multiline" intent={item.status === "unsupported" ? "warning" : "error"} data-testid="report-error">
          <MessageBarBody>{item.message}</MessageBarBody>
        </MessageBar>
      )}

      {r && model && !p.collapsed && (
        <>
          {model.values.length === 0 ? (
            <Caption1 data-testid="no-indicators">{s.noIndicators}</Caption1>
          ) : (
            values.length + flagRows.length > 0 && (
              <Table size="extra-small" className={st.table} aria-label={`${item.source}: ${s.name} · ${s.value}`} data-testid="indicators">
                <TableBody>
                  {values.map((row) => {
                    const on = !excluded.has(row.code);
                    const open = p.expanded.has(row.id);
                    return (
                      <React.Fragment key={row.id}>
                        <TableRow
                          data-testid="indicator"
                          data-code={row.code}
                          data-row={row.id}
                          data-undecided={row.undecided || undefined}
                          aria-selected={p.active === row.id}
                          aria-expanded={open}
                          tabIndex={p.active === row.id ? 0 : -1}
                          className={mergeClasses(st.row, on ? undefined : st.excluded, p.active === row.id ? st.active : undefined)}
                          onClick={() => p.onSelect(row.id, true)}
                        >
                          <TableCell className={st.cCheck} onClick={(e) => e.stopPropagation()}>
                            <Checkbox size="medium" checked={on} onChange={(_, d) => p.onToggle(row.code, d.checked === true)} aria-label={`${s.include} ${nameOf(row.code)}`} />
                          </TableCell>
                          <TableCell className={st.cName} title={`${nameOf(row.code)} (${row.code})`}>
                            {nameOf(row.code)}
                          </TableCell>
                          <TableCell className={st.cValue}>
                            <span
                              data-testid="indicator-value"
                              data-value={row.value.value}
                              data-decided={row.value.decided}
                              className={row.value.decided ? st.corrected : undefined}
                              title={row.value.decided ? s.review.verdict[row.value.decided] : undefined}
                            >
                              {fmt(row.value)}
                            </span>
                          </TableCell>
                          <TableCell className={mergeClasses(st.cBadge, wideBadge ? st.cBadgeWide : undefined)}>{badge(row)}</TableCell>
                        </TableRow>
                        {open && detail(row)}
                      </React.Fragment>
                    );
                  })}
                  {flagRows.map((row) => {
                    const open = p.expanded.has(row.id);
                    return (
                      <React.Fragment key={row.id}>
                        <TableRow
                          data-testid="flag-row"
                          data-row={row.id}
                          data-undecided={row.undecided || undefined}
                          aria-selected={p.active === row.id}
                          tabIndex={p.active === row.id ? 0 : -1}
                          className={mergeClasses(st.row, p.active === row.id ? st.active : undefined)}
                          onClick={() => p.onSelect(row.id, true)}
                        >
                          <TableCell className={st.cCheck} />
                          <TableCell className={st.cName} colSpan={2} title={row.flag.message}>
                            {row.flag.message}
                          </TableCell>
                          <TableCell className={mergeClasses(st.cBadge, wideBadge ? st.cBadgeWide : undefined)}>{badge(row)}</TableCell>
                        </TableRow>
                        {open && detail(row)}
                      </React.Fragment>
                    );
                  })}
                </TableBody>
              </Table>
            )
          )}

          {recheck.length > 0 && (
            <ul className={st.flags} data-testid="recheck" aria-label={s.review.recheck}>
              {recheck.map(({ decision: d, fromBook }, i) => (
                <li key={i} className={mergeClasses(st.small, st.recheck)} data-testid="recheck-item" data-code={d.code} data-from-book={fromBook || undefined}>
                  {s.review.recheck}：{s.review.recheckItem(nameOf(d.code), s.review.verdict[d.decision] ?? d.decision, String(d.valueDecided ?? d.valueExtracted ?? ""))}
                  {fromBook && (
                    <>
                      {" "}
                      <FromBookBadge strings={s} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}

          <Suggestions
            item={item}
            model={model}
            strings={s}
            lang={lang}
            active={p.active}
            editing={p.editing}
            onlyUndecided={p.onlyUndecided}
            onSelect={p.onSelect}
            onAct={p.onAct}
            onEditDone={p.onEditDone}
          />

          {model.otherFlags.length > 0 && !p.onlyUndecided && (
            <section aria-label={s.review.otherFlags}>
              <ul className={st.flags}>
                {model.otherFlags.map((f, i) => (
                  <li key={i} className={st.flagLine} data-testid="flag" data-severity={f.severity} data-check={f.check}>
                    <Badge className={st.flagBadge} size="small" appearance="tint" color={SEVERITY_COLOR[f.severity]}>
                      {s.severity[f.severity]}
                    </Badge>
                    <Caption1>{f.message}</Caption1>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Card>
  );
}
