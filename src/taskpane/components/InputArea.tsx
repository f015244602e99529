import * as React from "react";
import { Button, Caption1, Field, makeStyles, mergeClasses, Textarea, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  textarea: { width: "100%" },
  actions: { display: "flex", gap: "8px" },
  drop: {
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "12px",
    textAlign: "center",
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "4px",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
});

export interface InputAreaProps {
  strings: Strings;
  busy: boolean;
  onText(text: string): void;
  onFiles(files: File[]): void;
}

export function InputArea({ strings: s, busy, onText, onFiles }: InputAreaProps): React.JSX.Element {
  const st = useStyles();
  const [text, setText] = React.useState("");
  const [over, setOver] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const submit = () => {
    if (!text.trim()) return;
    onText(text);
    setText("");
  };
  return (
    <div className={st.root}>
      <Field label={s.pasteLabel}>
        <Textarea
          className={st.textarea}
          resize="vertical"
          rows={5}
          value={text}
          placeholder={s.pastePlaceholder}
          onChange={(_, d) => setText(d.value)}
          data-testid="paste"
        />
      </Field>
      <div className={st.actions}>
        <Button appearance="primary" disabled={busy || !text.trim()} onClick={submit} data-testid="extract">
          {s.extract}
        </Button>
        <Button appearance="secondary" disabled={!text} onClick={() => setText("")}>
          {s.clear}
        </Button>
      </div>
      <div
        className={mergeClasses(st.drop, over && st.dropActive)}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          const files = Array.from(e.dataTransfer?.files ?? []);
          if (files.length) onFiles(files);
        }}
      >
        <span>
          {s.dropHere}{" "}
          <Button size="small" appearance="transparent" onClick={() => input.current?.click()} disabled={busy}>
            {s.chooseFiles}
          </Button>
        </span>
        <Caption1>{s.fileTypes}</Caption1>
        <input
          ref={input}
          className={st.hidden}
          type="file"
          multiple
          accept=".txt,.text,.html,.htm,.docx,.pdf,text/plain,text/html"
          data-testid="file-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = "";
            if (files.length) onFiles(files);
          }}
        />
      </div>
    </div>
  );
}
