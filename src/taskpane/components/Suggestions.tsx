/**
 * The 待核 group under a report's values: each figure the extractor doubted, with every name it
 * may be, its value, the sentence with the number highlighted and the reasons in plain Chinese.
 * Unticked by default; ticking takes it as the value (asking which to keep when the code has one).
 */
import * as React from "react";
import { Button, Caption1, Checkbox, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Lang, Strings } from "../i18n";
import type { ReportItem } from "../state";
import { formatValue, nameOf } from "../format";
import { Evidence } from "./Evidence";
import { CorrectionField, DecisionButtons, Key, NoteField, VerdictBadge, type ActionKey } from "./DecisionControls";
import type { CardModel, Editing, Row, SuggestionRow } from "./ReportCard";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: "2px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "4px" },
  title: { fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  item: { padding: "4px 4px 6px 4px", borderRadius: "4px", cursor: "pointer", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  active: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", backgroundColor: tokens.colorNeutralBackground1Hover },
  decided: { opacity: 0.7 },
  head: { display: "flex", alignItems: "center", gap: "4px", flexWrap: "wrap" },
  names: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  value: { fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  reasons: { color: tokens.colorPaletteDarkOrangeForeground1, fontSize: tokens.fontSizeBase100, display: "block" },
  ask: { display: "flex", flexWrap: "wrap", gap: "4px", alignItems: "center", marginTop: "4px" },
  checkbox: { marginLeft: "-6px" },
});

export interface SuggestionsProps {
  item: ReportItem;
  model: CardModel;
  strings: Strings;
  lang: Lang;
  active: string | null;
  editing: Editing | null;
  onlyUndecided: boolean;
  onSelect(rowId: string, toggle: boolean): void;
  onAct(row: Row, k: ActionKey, opts?: { value?: number; code?: string; note?: string; keep?: "existing" | "suggestion" }): void;
  onEditDone(): void;
}

export function Suggestions(p: SuggestionsProps): React.JSX.Element | null {
  const st = useStyles();
  const { model, strings: s, lang } = p;
  if (model.suggestions.length === 0) return null;
  const rows = p.onlyUndecided ? model.suggestions.filter((r) => r.undecided || r.id === p.editing?.row) : model.suggestions;
  const open = model.suggestions.filter((r) => r.undecided).length;
  return (
    <section className={st.group} aria-label={s.review.pending(open)} data-testid="suggestions">
      <Caption1 as="h4" className={st.title}>
        {s.review.pending(open)}
      </Caption1>
      {!p.onlyUndecided && <span className={st.hint}>{s.review.pendingHint}</span>}
      {rows.map((row) => (
        <SuggestionItem key={row.id} row={row} {...p} />
      ))}
    </section>
  );
}

function SuggestionItem(p: SuggestionsProps & { row: SuggestionRow }): React.JSX.Element {
  const st = useStyles();
  const { row, strings: s, lang, model } = p;
  const sg = row.suggestion;
  const editing = p.editing?.row === row.id ? p.editing : null;
  const taken = row.decision && (row.decision.decision === "采纳" || row.decision.decision === "更正") ? row.decision.code : null;
  const isActive = p.active === row.id;
  const existing = editing?.mode === "conflict" && editing.code ? model.applied.before.get(editing.code) : undefined;
  return (
    <div
      data-testid="suggestion"
      data-row={row.id}
      data-code={sg.code}
      data-undecided={row.undecided || undefined}
      aria-selected={isActive}
      tabIndex={isActive ? 0 : -1}
      className={mergeClasses(st.item, isActive ? st.active : undefined, row.undecided ? undefined : st.decided)}
      onClick={() => p.onSelect(row.id, false)}
    >
      <div className={st.head}>
        <div className={st.names}>
          {row.codes.map((code) => (
            <Checkbox
              key={code}
              className={st.checkbox}
              size="medium"
              checked={taken === code}
              data-testid="suggestion-take"
              data-code={code}
              label={nameOf(code)}
              onClick={(e) => e.stopPropagation()}
              onChange={(_, d) => {
                p.onSelect(row.id, false);
                if (d.checked === true) p.onAct(row, "a", { code });
                else p.onAct(row, "u");
              }}
            />
          ))}
        </div>
        <span className={st.value} data-testid="suggestion-value" data-value={row.decision?.valueDecided ?? sg.value}>
          {formatValue(taken && row.decision?.valueDecided != null ? row.decision.valueDecided : sg.value, sg.unit, sg.approx, lang)}
        </span>
        {row.decision && <VerdictBadge decision={row.decision} strings={s} fromBook={row.fromBook ? "long" : undefined} />}
      </div>
      <Evidence text={p.item.text} span={sg.evidence} value={sg.value} />
      {sg.reasons.length > 0 && (
        <span className={st.reasons} data-testid="suggestion-reasons">
          {s.review.reasons}：{sg.reasons.join("；")}
        </span>
      )}
      {editing?.mode === "choose" ? (
        <div className={st.ask} data-testid="suggestion-choose">
          <Caption1>{s.review.chooseCode}</Caption1>
          {row.codes.map((code, i) => (
            <Button
              key={code}
              size="small"
              onClick={(e) => {
                e.stopPropagation();
                p.onAct(row, editing.then ?? "a", { code });
              }}
            >
              {nameOf(code)}
              <Key k={String(i + 1)} />
            </Button>
          ))}
        </div>
      ) : editing?.mode === "conflict" && editing.code ? (
        <div className={st.ask} data-testid="suggestion-conflict">
          <Caption1>{s.review.keepWhich(existing ? formatValue(existing.value, existing.unit, existing.approx, lang) : "")}</Caption1>
          <Button
            size="small"
            data-testid="keep-existing"
            onClick={(e) => {
              e.stopPropagation();
              p.onAct(row, "a", { code: editing.code!, keep: "existing" });
            }}
          >
            {s.review.keepExisting}
            <Key k="O" />
          </Button>
          <Button
            size="small"
            appearance="primary"
            data-testid="take-suggestion"
            onClick={(e) => {
              e.stopPropagation();
              p.onAct(row, "a", { code: editing.code!, keep: "suggestion" });
            }}
          >
            {s.review.takeSuggestion}
            <Key k="A" />
          </Button>
        </div>
      ) : editing?.mode === "correct" ? (
        <CorrectionField
          label={s.review.correctLabel(nameOf(editing.code ?? sg.code))}
          initial={sg.value}
          rate={sg.unit === "%"}
          strings={s}
          onSave={(v) => p.onAct(row, "c", { value: v, code: editing.code ?? sg.code })}
          onCancel={p.onEditDone}
        />
      ) : editing?.mode === "note" ? (
        <NoteField strings={s} initial={row.decision?.note ?? ""} onSave={(note) => p.onAct(row, "i", { note })} onClose={p.onEditDone} />
      ) : (
        isActive && <DecisionButtons keys={["a", "c", "i", "u"]} strings={s} decided={row.decision !== undefined && !row.fromBook} onAct={(k) => p.onAct(row, k)} />
      )}
    </div>
  );
}
