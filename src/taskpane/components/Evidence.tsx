import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Span } from "../../core/types";
import { sentenceAround, splitNumber } from "../format";

const useStyles = makeStyles({
  root: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  span: { backgroundColor: "transparent", color: tokens.colorNeutralForeground1 },
  num: {
    fontWeight: tokens.fontWeightBold,
    backgroundColor: tokens.colorPaletteYellowBackground3,
    color: tokens.colorNeutralForeground1,
    borderRadius: "2px",
    padding: "0 1px",
  },
});

/** The evidence sentence from the original text, the span marked and the number emphasised. */
export function Evidence(props: { text: string; span: Span; value: number }): React.JSX.Element {
  const st = useStyles();
  const { before, mark, after } = sentenceAround(props.text, props.span);
  const { pre, num, post } = splitNumber(mark, props.value);
  return (
    <span className={st.root} data-testid="evidence">
      {before}
      <mark className={st.span}>
        {pre}
        {num && <strong className={st.num} data-testid="evidence-number">{num}</strong>}
        {post}
      </mark>
      {after}
    </span>
  );
}
