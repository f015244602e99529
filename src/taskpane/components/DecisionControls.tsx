/**
 * The controls a reviewer decides with: buttons that show their key, the field a correction is
 * typed in, the note of an 忽略, and the badge a decision leaves on its row.
 */
import * as React from "react";
import { Badge, Button, Caption1, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { Decision, Verdict } from "../../core/decisions";
import type { Strings } from "../i18n";
import { parseTypedNumber } from "../format";

/** The single keys that act on the row under the cursor. */
export type ActionKey = "v" | "c" | "i" | "a" | "u";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: "4px", marginTop: "4px" },
  key: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "3px",
    padding: "0 3px",
    marginLeft: "4px",
    color: tokens.colorNeutralForeground3,
  },
  field: { display: "flex", gap: "4px", alignItems: "center", marginTop: "4px", flexWrap: "wrap" },
  input: { flexGrow: 1, minWidth: "90px" },
  error: { color: tokens.colorPaletteRedForeground1, width: "100%" },
  badges: { display: "inline-flex", gap: "2px", alignItems: "center", whiteSpace: "nowrap" },
});

const VERDICT_COLOR: Record<Verdict, "success" | "brand" | "subtle" | "informative"> = {
  核实: "success",
  更正: "brand",
  忽略: "subtle",
  采纳: "informative",
};

/** The decision on a row, as a small badge; one the workbook's 审核 holds has a second badge saying so (short in a table row). */
export function VerdictBadge({ decision, strings: s, fromBook }: { decision: Decision; strings: Strings; fromBook?: "short" | "long" }): React.JSX.Element {
  const st = useStyles();
  const verdict = (
    <Badge size="small" appearance="tint" color={VERDICT_COLOR[decision.decision]} data-testid="verdict" data-verdict={decision.decision} title={decision.note || decision.time}>
      {s.review.verdict[decision.decision]}
    </Badge>
  );
  if (!fromBook) return verdict;
  return (
    <span className={st.badges}>
      {verdict}
      <FromBookBadge strings={s} short={fromBook === "short"} />
    </span>
  );
}

/** "工作簿中已决定": the decision comes from the open workbook's 审核 sheet. */
export function FromBookBadge({ strings: s, short }: { strings: Strings; short?: boolean }): React.JSX.Element {
  return (
    <Badge size="small" appearance="outline" color="informative" data-testid="from-book" title={`${s.review.fromBook}：${s.review.fromBookHint}`} aria-label={s.review.fromBook}>
      {short ? s.review.fromBookShort : s.review.fromBook}
    </Badge>
  );
}

/** A key shown beside what it does. */
export function Key({ k }: { k: string }): React.JSX.Element {
  const st = useStyles();
  return (
    <kbd className={st.key} aria-hidden="true">
      {k}
    </kbd>
  );
}

/** The actions open on a row, each with its key. */
export function DecisionButtons(props: { keys: ActionKey[]; strings: Strings; onAct(k: ActionKey): void; decided: boolean }): React.JSX.Element {
  const st = useStyles();
  const { strings: s } = props;
  const label = (k: ActionKey) => s.review.actions[k];
  const keys = props.decided ? props.keys : props.keys.filter((k) => k !== "u");
  return (
    <div className={st.buttons} data-testid="decision-buttons">
      {keys.map((k) => (
        <Button
          key={k}
          size="small"
          appearance={k === "u" ? "subtle" : "outline"}
          data-testid={`act-${k}`}
          aria-keyshortcuts={k}
          onClick={(e) => {
            e.stopPropagation();
            props.onAct(k);
          }}
        >
          {label(k)}
          <Key k={k.toUpperCase()} />
        </Button>
      ))}
    </div>
  );
}

/** The field a correction is typed in: Enter saves, Escape cancels. */
export function CorrectionField(props: { label: string; initial: number; rate?: boolean; strings: Strings; onSave(v: number): void; onCancel(): void }): React.JSX.Element {
  const st = useStyles();
  const { strings: s } = props;
  const [text, setText] = React.useState(String(props.initial));
  const [bad, setBad] = React.useState<string | null>(null);
  const save = () => {
    const v = parseTypedNumber(text);
    if (v === null) return setBad(s.review.notANumber);
    if (props.rate && (v < 0 || v > 100)) return setBad(s.review.rateRange);
    props.onSave(v);
  };
  return (
    <div className={st.field} onClick={(e) => e.stopPropagation()}>
      <Input
        className={st.input}
        size="small"
        autoFocus
        inputMode="decimal"
        aria-label={props.label}
        data-testid="correct-input"
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          setBad(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") save();
          else if (e.key === "Escape") props.onCancel();
        }}
      />
      <Button size="small" appearance="primary" data-testid="correct-save" onClick={save}>
        {s.review.save}
      </Button>
      <Button size="small" appearance="subtle" onClick={props.onCancel}>
        {s.review.cancel}
      </Button>
      {bad && (
        <Caption1 className={st.error} role="alert" data-testid="correct-error">
          {bad}
        </Caption1>
      )}
    </div>
  );
}

/** The optional note of an 忽略 (already recorded): Enter saves the note, Escape leaves it empty. */
export function NoteField(props: { strings: Strings; initial: string; onSave(note: string): void; onClose(): void }): React.JSX.Element {
  const st = useStyles();
  const [text, setText] = React.useState(props.initial);
  return (
    <div className={st.field} onClick={(e) => e.stopPropagation()}>
      <Input
        className={st.input}
        size="small"
        autoFocus
        aria-label={props.strings.review.noteLabel}
        placeholder={props.strings.review.noteLabel}
        data-testid="note-input"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === "Enter") props.onSave(text.trim());
          else if (e.key === "Escape") props.onClose();
        }}
      />
      <Button size="small" appearance="primary" data-testid="note-save" onClick={() => props.onSave(text.trim())}>
        {props.strings.review.save}
      </Button>
    </div>
  );
}
