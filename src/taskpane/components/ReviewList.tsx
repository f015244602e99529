/**
 * The reviewer's list: every report (newest first, collapsible) as a compact table with its
 * 待核 group, a counter of what is undecided, a filter "only undecided", and the keyboard:
 * ↑/↓ or j/k move, Enter shows the evidence, v 核实, c 更正, i 忽略, a 采纳, u 撤销.
 * Decisions are made here and handed up as data (the pane's state keeps them).
 */
import * as React from "react";
import { Caption1, Checkbox, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { makeDecision, suggestionCodes, type Decision, type DecisionTarget, type Verdict } from "../../core/decisions";
import type { Lang, Strings } from "../i18n";
import type { ReportItem } from "../state";
import { formatValue } from "../format";
import type { ActionKey } from "./DecisionControls";
import { cardModel, ReportCard, rowsOf, type CardModel, type Editing, type Row } from "./ReportCard";

export interface ReviewListProps {
  items: readonly ReportItem[];
  /** The decisions shown: the pane's, and the open workbook's it has not decided again. */
  decisions: readonly Decision[];
  /** targetKey of the decisions that come from the workbook's 审核 (badged; not undone here, decided again to override). */
  fromBook?: ReadonlySet<string>;
  strings: Strings;
  lang: Lang;
  /** Records decisions (each replaces an earlier one on the same target). */
  onDecide(ds: Decision[]): void;
  /** Removes the decisions on these targets. */
  onUndo(ds: Decision[]): void;
  onToggle(itemId: number, code: string, included: boolean): void;
  onRemove(itemId: number): void;
  /** The clock (tests pin it). */
  now?: () => Date;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", outlineStyle: "none" },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: "8px",
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground1,
    paddingBottom: "2px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  counter: { fontWeight: tokens.fontWeightSemibold },
  counterOpen: { color: tokens.colorPaletteDarkOrangeForeground1 },
  keys: { width: "100%", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  grow: { flexGrow: 1 },
});

const NO_BOOK: ReadonlySet<string> = new Set();

type ActOpts = { value?: number; code?: string; note?: string; keep?: "existing" | "suggestion" };

const ROW_KEYS: Record<Row["kind"], ActionKey[]> = { value: ["v", "c", "i", "u"], flag: ["v", "c", "i", "u"], suggestion: ["a", "c", "i", "u"] };

export function ReviewList(p: ReviewListProps): React.JSX.Element {
  const st = useStyles();
  const { strings: s, lang } = p;
  const now = p.now ?? (() => new Date());
  const [onlyUndecided, setOnlyUndecided] = React.useState(false);
  const [active, setActive] = React.useState<string | null>(null);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = React.useState<Editing | null>(null);
  const [collapsed, setCollapsed] = React.useState<ReadonlySet<number>>(new Set());
  const lastIndex = React.useRef(0);
  const root = React.useRef<HTMLElement>(null);

  // newest report first
  const ordered = React.useMemo(() => [...p.items].reverse(), [p.items]);
  const fromBook = p.fromBook ?? NO_BOOK;
  const models = React.useMemo(() => new Map(ordered.map((i) => [i.id, cardModel(i, p.decisions, fromBook)])), [ordered, p.decisions, fromBook]);
  const rows: { row: Row; item: ReportItem; model: CardModel }[] = [];
  for (const item of ordered) {
    const m = models.get(item.id);
    if (m && !collapsed.has(item.id)) for (const row of rowsOf(m, onlyUndecided, editing?.row ?? null)) rows.push({ row, item, model: m });
  }
  const undecided = [...models.values()].reduce((n, m) => n + (m?.undecided ?? 0), 0);

  // the cursor: a row id; when its row leaves the list (decided under the filter), the row now at its place
  let cursor = rows.findIndex((r) => r.row.id === active);
  if (cursor < 0 && active !== null && rows.length > 0) cursor = Math.min(lastIndex.current, rows.length - 1);
  const current = cursor >= 0 ? rows[cursor] : undefined;
  if (cursor >= 0) lastIndex.current = cursor;
  const activeId = current?.row.id ?? null;

  // whether the keyboard is in the list: a row that leaves it (decided, under the filter) takes the focus with it
  const inList = React.useRef(false);
  React.useEffect(() => {
    if (!activeId || !root.current || editing) return;
    const el = [...root.current.querySelectorAll<HTMLElement>("[data-row]")].find((x) => x.getAttribute("data-row") === activeId);
    const focus = document.activeElement;
    const lost = focus === null || focus === document.body;
    if (el && (root.current.contains(focus) || (lost && inList.current)) && focus !== el) el.focus({ preventScroll: false });
    el?.scrollIntoView?.({ block: "nearest" });
  }, [activeId, editing]);

  const decide = (targets: DecisionTarget[], verdict: Verdict, key: string, opts: { valueDecided?: number | null; note?: string }) =>
    p.onDecide(targets.map((t) => makeDecision(key, t, verdict, { ...opts, now: now() })));

  const act = (row: Row, k: ActionKey, opts: ActOpts = {}) => {
    const hit = rows.find((r) => r.row.id === row.id);
    const model = hit?.model ?? [...models.values()].find((m) => m && [...m.values, ...m.flagRows, ...m.suggestions].some((r) => r.id === row.id));
    const item = hit?.item ?? ordered.find((i) => models.get(i.id) === model);
    if (!model || !item) return;
    setActive(row.id);
    if (row.kind !== "suggestion") {
      if (k === "a") return;
      if (k === "u") {
        p.onUndo(row.targets.map((t) => makeDecision(model.key, t, "忽略", { now: now() })));
        return setEditing(null);
      }
      if (k === "v") {
        decide(row.targets, "核实", model.key, {});
        return setEditing(null);
      }
      if (k === "i") {
        if (row.kind === "value" && row.open.length === 0) return; // a value without a flag has nothing to ignore
        decide(row.targets, "忽略", model.key, { note: opts.note ?? "" });
        return setEditing(opts.note === undefined ? { row: row.id, mode: "note" } : null);
      }
      // c: a flag about the whole report has no value to correct
      if (row.kind === "flag" && row.flag.codes.length === 0) return;
      if (opts.value === undefined) return setEditing({ row: row.id, mode: "correct" });
      decide(row.targets, "更正", model.key, { valueDecided: opts.value });
      return setEditing(null);
    }
    // a suggestion
    const sg = row.suggestion;
    const codes = suggestionCodes(sg);
    const target = (code: string): DecisionTarget => ({ kind: "suggestion", code, suggestion: sg });
    if (k === "u") {
      p.onUndo([makeDecision(model.key, target(sg.code), "忽略", { now: now() })]);
      return setEditing(null);
    }
    if (k === "v") return;
    if (k === "i") {
      decide([target(sg.code)], "忽略", model.key, { note: opts.note ?? "" });
      return setEditing(opts.note === undefined ? { row: row.id, mode: "note" } : null);
    }
    const code = opts.code ?? (codes.length === 1 ? codes[0] : undefined);
    if (code === undefined) return setEditing({ row: row.id, mode: "choose", then: k });
    if (k === "c") {
      if (opts.value === undefined) return setEditing({ row: row.id, mode: "correct", code });
      decide([target(code)], "更正", model.key, { valueDecided: opts.value });
      p.onToggle(item.id, code, true);
      return setEditing(null);
    }
    // a: a code that has a value already asks which to keep
    const existing = model.applied.before.get(code);
    const isThis = existing && existing.rule === "suggestion" && existing.evidence.text === sg.evidence.text && existing.value === sg.value;
    if (existing && !isThis && opts.keep === undefined) return setEditing({ row: row.id, mode: "conflict", code });
    if (opts.keep === "existing" && existing) {
      decide([target(code)], "忽略", model.key, { note: s.review.keptExisting(formatValue(existing.value, existing.unit, existing.approx, lang)) });
    } else {
      decide([target(code)], "采纳", model.key, { valueDecided: sg.value });
      p.onToggle(item.id, code, true);
    }
    return setEditing(null);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (t.tagName === "INPUT" && (t as HTMLInputElement).type !== "checkbox") return;
    if (t.tagName === "TEXTAREA" || e.ctrlKey || e.metaKey || e.altKey) return;
    const move = (d: number) => {
      if (rows.length === 0) return;
      const i = cursor < 0 ? (d > 0 ? 0 : rows.length - 1) : Math.max(0, Math.min(rows.length - 1, cursor + d));
      setActive(rows[i]!.row.id);
      setEditing(null);
    };
    const key = e.key;
    if (key === "ArrowDown" || key === "j") move(1);
    else if (key === "ArrowUp" || key === "k") move(-1);
    else if (key === "Escape") setEditing(null);
    else if (!current) return;
    else if (key === "Enter") toggleExpand(current.row.id);
    else if (editing?.row === current.row.id && editing.mode === "choose" && /^[1-9]$/.test(key)) {
      const code = current.row.kind === "suggestion" ? current.row.codes[Number(key) - 1] : undefined;
      if (!code) return;
      act(current.row, editing.then ?? "a", { code });
    } else if (editing?.row === current.row.id && editing.mode === "conflict" && (key === "o" || key === "a")) {
      act(current.row, "a", { code: editing.code!, keep: key === "o" ? "existing" : "suggestion" });
    } else if (key === "v" || key === "c" || key === "i" || key === "a" || key === "u") {
      if (!ROW_KEYS[current.row.kind].includes(key)) return;
      // 更正 and 忽略 show their field under the row
      if (current.row.kind !== "suggestion" && (key === "c" || key === "i")) setExpanded((x) => new Set(x).add(current.row.id));
      act(current.row, key);
    } else return;
    e.preventDefault();
  };

  const toggleExpand = (id: string) =>
    setExpanded((x) => {
      const n = new Set(x);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  return (
    <section
      ref={root}
      className={st.root}
      aria-label={s.reports(p.items.length)}
      data-testid="review"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        inList.current = true;
        // the row that takes the focus (Tab, a click, a field inside it) is the row the keys act on
        const id = (e.target as HTMLElement).closest?.("[data-row]")?.getAttribute("data-row")?.replace(/:detail$/, "");
        if (id && id !== activeId && rows.some((r) => r.row.id === id)) setActive(id);
        else if (e.target === root.current && activeId === null && rows.length > 0) setActive(rows[0]!.row.id);
      }}
      onBlur={(e) => {
        if (e.relatedTarget instanceof Node && !root.current?.contains(e.relatedTarget)) inList.current = false;
      }}
    >
      <div className={st.bar}>
        <Subtitle2 as="h2">{s.reports(p.items.length)}</Subtitle2>
        <span className={st.grow} />
        <Caption1 className={mergeClasses(st.counter, undecided > 0 ? st.counterOpen : undefined)} data-testid="undecided" data-count={undecided} role="status" aria-live="polite">
          {s.review.undecided(undecided)}
        </Caption1>
        <Checkbox
          size="medium"
          label={s.review.onlyUndecided}
          checked={onlyUndecided}
          data-testid="only-undecided"
          onChange={(_, d) => setOnlyUndecided(d.checked === true)}
        />
        <Caption1 className={st.keys} data-testid="keys">
          {s.review.keys}
        </Caption1>
      </div>
      {onlyUndecided && undecided === 0 && <Caption1 data-testid="nothing-undecided">{s.review.nothingUndecided}</Caption1>}
      {ordered.map((item) => (
        <ReportCard
          key={item.id}
          item={item}
          model={models.get(item.id) ?? null}
          strings={s}
          lang={lang}
          active={activeId}
          expanded={expanded}
          editing={editing}
          onlyUndecided={onlyUndecided}
          collapsed={collapsed.has(item.id)}
          onCollapse={(c) =>
            setCollapsed((x) => {
              const n = new Set(x);
              if (c) n.add(item.id);
              else n.delete(item.id);
              return n;
            })
          }
          onSelect={(id, toggle) => {
            if (editing && editing.row !== id) setEditing(null);
            setActive(id);
            if (toggle) toggleExpand(id);
          }}
          onAct={act}
          onEditDone={() => setEditing(null)}
          onToggle={(code, on) => p.onToggle(item.id, code, on)}
          onRemove={() => p.onRemove(item.id)}
        />
      ))}
    </section>
  );
}
