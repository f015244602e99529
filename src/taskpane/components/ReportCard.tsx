import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  Card,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { CATALOG, isCode, indicatorDef } from "../../core/catalog";
import type { Flag, IndicatorValue, Severity } from "../../core/types";
import type { Lang, Strings } from "../i18n";
import type { ReportItem } from "../state";
import { formatValue } from "../format";
import { Evidence } from "./Evidence";

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const useStyles = makeStyles({
  card: { padding: "12px", gap: "8px" },
  head: { display: "flex", alignItems: "flex-start", gap: "8px" },
  headText: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  meta: { display: "flex", flexWrap: "wrap", columnGap: "12px", color: tokens.colorNeutralForeground2 },
  source: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  table: { tableLayout: "fixed", width: "100%" },
  colCheck: { width: "32px", paddingLeft: 0, paddingRight: 0, verticalAlign: "top" },
  colValue: { width: "30%", textAlign: "right", fontVariantNumeric: "tabular-nums" },
  nameCell: { paddingTop: "6px", paddingBottom: "6px", verticalAlign: "top" },
  name: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  excluded: { opacity: 0.45 },
  valueCell: { verticalAlign: "top", paddingTop: "6px", textAlign: "right", fontWeight: tokens.fontWeightSemibold },
  flags: { display: "flex", flexDirection: "column", gap: "4px", margin: 0, padding: 0, listStyleType: "none" },
  flag: { display: "flex", gap: "6px", alignItems: "baseline", fontSize: tokens.fontSizeBase200 },
  badge: { flexShrink: 0 },
});

function worstFlag(flags: Flag[], code: string): Flag | undefined {
  return flags.filter((f) => f.codes.includes(code)).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
}

function catalogOrder(a: IndicatorValue, b: IndicatorValue): number {
  const ia = CATALOG.findIndex((d) => d.code === a.code), ib = CATALOG.findIndex((d) => d.code === b.code);
  return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib);
}

export interface ReportCardProps {
  item: ReportItem;
  strings: Strings;
  lang: Lang;
  onToggle(code: string, included: boolean): void;
  onRemove(): void;
}

export function ReportCard({ item, strings: s, lang, onToggle, onRemove }: ReportCardProps): React.JSX.Element {
  const st = useStyles();
  const r = item.result;
  const meta = r?.meta;
  const indicators = r ? [...r.indicators].sort(catalogOrder) : [];
  const flags = r ? [...r.flags].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]) : [];
  const excluded = new Set(item.excluded);
  return (
    <Card className={st.card} data-testid="report" data-status={item.status} aria-label={item.source}>
      <div className={st.head}>
        <div className={st.headText}>
          <Subtitle2 data-testid="report-region">
            {meta?.region ?? (item.status === "done" ? s.unknown : item.source)}
            {meta?.year != null && <span data-testid="report-year">{` · ${meta.year}`}</span>}
          </Subtitle2>
          <Caption1 className={st.source} title={item.source}>
            {item.source}
          </Caption1>
          {r && (
            <Caption1 className={st.meta}>
              <span>
                {s.region}：{meta?.region ?? s.unknown}
              </span>
              <span>
                {s.year}：{meta?.year ?? s.unknown}
              </span>
              {meta?.published && (
                <span>
                  {s.published}：{meta.published}
                </span>
              )}
              <span>{s.selectedCount(indicators.filter((v) => !excluded.has(v.code)).length, indicators.length)}</span>
            </Caption1>
          )}
        </div>
        <Button size="small" appearance="subtle" onClick={onRemove} aria-label={`${s.remove} ${item.source}`}>
          {s.remove}
        </Button>
      </div>

      {(item.status === "queued" || item.status === "running") && <Spinner size="tiny" label={item.source} />}
      {(item.status === "error" || item.status === "unsupported") && (
        <MessageBar layout="multiline" intent={item.status === "unsupported" ? "warning" : "error"} data-testid="report-error">
          <MessageBarBody>{item.message}</MessageBarBody>
        </MessageBar>
      )}

      {r &&
        (indicators.length === 0 ? (
          <Caption1 data-testid="no-indicators">{s.noIndicators}</Caption1>
        ) : (
          <Table size="small" className={st.table} aria-label={`${item.source}: ${s.name}`} data-testid="indicators">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={st.colCheck}>{s.include}</TableHeaderCell>
                <TableHeaderCell>
                  {s.name} / {s.evidence}
                </TableHeaderCell>
                <TableHeaderCell className={st.colValue}>{s.value}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {indicators.map((v, idx) => {
                const name = isCode(v.code) ? indicatorDef(v.code).name : v.code;
                const on = !excluded.has(v.code);
                const flag = worstFlag(flags, v.code);
                return (
                  <TableRow key={`${v.code}-${idx}`} data-testid="indicator" data-code={v.code} className={on ? undefined : st.excluded}>
                    <TableCell className={st.colCheck}>
                      <Checkbox
                        checked={on}
                        onChange={(_, d) => onToggle(v.code, d.checked === true)}
                        aria-label={`${s.include} ${name}`}
                      />
                    </TableCell>
                    <TableCell className={st.nameCell}>
                      <span className={st.name} title={v.code}>
                        {name}
                      </span>
                      <Evidence text={item.text} span={v.evidence} value={v.value} />
                    </TableCell>
                    <TableCell className={st.valueCell}>
                      <span data-testid="indicator-value" data-value={v.value}>
                        {formatValue(v.value, v.unit, v.approx, lang)}
                      </span>
                      {flag && flag.severity !== "info" && (
                        <div>
                          <Badge size="small" appearance="tint" color={SEVERITY_COLOR[flag.severity]} title={flag.message}>
                            {s.severity[flag.severity]}
                          </Badge>
                        </div>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        ))}

      {r && (
        <section aria-label={s.flags}>
          <Caption1 as="h4" style={{ margin: "4px 0", fontWeight: 600 }}>
            {s.flags}
          </Caption1>
          {flags.length === 0 ? (
            <Caption1 data-testid="no-flags">{s.noFlags}</Caption1>
          ) : (
            <ul className={st.flags}>
              {flags.map((f, i) => (
                <li key={i} className={st.flag} data-testid="flag" data-severity={f.severity} data-check={f.check}>
                  <Badge className={st.badge} size="small" appearance="filled" color={SEVERITY_COLOR[f.severity]}>
                    {s.severity[f.severity]}
                  </Badge>
                  <span>{f.message}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </Card>
  );
}
