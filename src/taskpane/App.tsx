import * as React from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Title3,
  tokens,
} from "@fluentui/react-components";
import type { ReportResult } from "../core/types";
import type { Lang, Strings } from "./i18n";
import type { HostState } from "./office";
import { ExtractTimeoutError, type Extractor } from "./extractClient";
import { summariseBatch, type Outcome } from "./batchSummary";
import { readFile, type DocumentReader } from "./files";
import { keptResults, reviewData, type ReportItem } from "./state";
import { withDecision, withoutDecision, type Decision, type ReviewData } from "../core/decisions";
import { matchBook, overlayDecisions } from "./bookDecisions";
import { InputArea } from "./components/InputArea";
import { ReviewList } from "./components/ReviewList";
import type { ExistingReportInfo, WorkbookActions } from "./workbookPort";

export type { ExistingReportInfo, FillSummary, WorkbookActions } from "./workbookPort";

export interface AppProps {
  host: HostState;
  strings: Strings;
  lang: Lang;
  extractor: Extractor;
  workbook: WorkbookActions;
  readDocument?: DocumentReader;
}

interface Notice {
  intent: "success" | "warning" | "error" | "info";
  /** What the notice reports (extracted, filled…), so a reader or a test can tell two successes apart. */
  kind?: string;
  text: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", padding: "12px", boxSizing: "border-box", minHeight: "100vh" },
  header: { display: "flex", flexDirection: "column" },
  subtitle: { color: tokens.colorNeutralForeground3 },
  progress: { display: "flex", flexDirection: "column", gap: "4px" },
  actions: {
    display: "flex",
    gap: "8px",
    flexWrap: "wrap",
    position: "sticky",
    bottom: 0,
    padding: "8px 0",
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  pre: { whiteSpace: "pre-wrap" },
});

let nextItemId = 1;

export function App({ host, strings: s, lang, extractor, workbook, readDocument }: AppProps): React.JSX.Element {
  const st = useStyles();
  const [items, setItems] = React.useState<ReportItem[]>([]);
  /** The reviewer's decisions, for every report the pane has read (a report read again finds them). */
  const [decisions, setDecisions] = React.useState<Decision[]>([]);
  /** The open workbook's decisions (its 审核), read in Excel when a batch's first result arrives; the pane's win on the same target. */
  const [book, setBook] = React.useState<Decision[]>([]);
  /** What reading 审核 found that the reviewer should know: rows that are not decisions, or why it could not be read. */
  const [bookIssue, setBookIssue] = React.useState<{ problems: string[] } | { failed: string } | null>(null);
  /** Batches started (items carry theirs), so 审核 is read once a batch. */
  const batches = React.useRef(0);
  const readForBatch = React.useRef(0);
  const readSeq = React.useRef(0);
  const [progress, setProgress] = React.useState<{ n: number; total: number; current: string } | null>(null);
  const [notices, setNotices] = React.useState<Notice[]>([]);
  const [working, setWorking] = React.useState<"fill" | "download" | null>(null);
  const [confirm, setConfirm] = React.useState<{ labels: string[]; resolve(ok: boolean): void } | null>(null);
  const queue = React.useRef<Promise<void>>(Promise.resolve());
  const pastedCount = React.useRef(0);

  const update = React.useCallback((id: number, patch: Partial<ReportItem>) => {
    setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));
  }, []);

  /** Runs a batch: one report after another through the worker, progress shown; batches queue up. */
  const runBatch = React.useCallback(
    (jobs: { source: string; load(): Promise<{ text: string; sha256?: string; pageStarts?: number[] } | { error: string; unsupported: boolean }> }[]) => {
      const batch = ++batches.current;
      const added: ReportItem[] = jobs.map((j) => ({ id: nextItemId++, source: j.source, text: "", status: "queued", excluded: [], batch }));
      setItems((xs) => [...xs, ...added]);
      queue.current = queue.current.then(async () => {
        const outcomes: Outcome[] = [];
        for (let i = 0; i < jobs.length; i++) {
          const job = jobs[i]!, item = added[i]!;
          setProgress({ n: i + 1, total: jobs.length, current: job.source });
          update(item.id, { status: "running" });
          let text = ""; // kept on the item when extraction fails, so a pasted report is not lost
          try {
            const loaded = await job.load();
            if ("error" in loaded) {
              outcomes.push("failed");
              update(item.id, { status: loaded.unsupported ? "unsupported" : "error", message: loaded.error });
              continue;
            }
            if (!loaded.text.trim()) {
              outcomes.push("failed");
              update(item.id, { status: "error", message: s.emptyText, text: loaded.text });
              continue;
            }
            text = loaded.text;
            const result = await extractor({
              text: loaded.text,
              source: job.source,
              ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}),
              ...(loaded.pageStarts ? { pageStarts: loaded.pageStarts } : {}),
            });
            outcomes.push(result.indicators.length > 0 ? "found" : "nothing_found");
            update(item.id, { status: "done", result, text: loaded.text, ...(loaded.sha256 ? { sha256: loaded.sha256 } : {}) });
          } catch (e) {
            outcomes.push("failed");
            const message =
              e instanceof ExtractTimeoutError ? s.extractTimedOut(job.source, e.seconds) : s.extractFailed(job.source, e instanceof Error ? e.message : String(e));
            update(item.id, { status: "error", message, text });
          }
        }
        setProgress(null);
        const summary = summariseBatch(outcomes);
        setNotices([{ intent: summary.intent, kind: "extracted", text: s.batchDone(summary.counts) }]);
      });
    },
    [extractor, s, update],
  );

  const onText = (text: string) => {
    pastedCount.current += 1;
    const source = `${s.pasted} ${pastedCount.current}`;
    runBatch([{ source, load: async () => ({ text }) }]);
  };

  const onFiles = (files: File[]) => {
    runBatch(
      files.map((f) => ({
        source: f.name,
        load: async () => {
          const r = await readFile(f, readDocument);
          if (r.ok) return { text: r.text, ...(r.sha256 ? { sha256: r.sha256 } : {}), ...(r.pageStarts ? { pageStarts: r.pageStarts } : {}) };
          return r.reason === "unsupported"
            ? { error: s.unsupportedType(r.name, r.ext || "?"), unsupported: true }
            : { error: r.kind ? s.intakeFailed(r.name, r.kind, r.ext, r.message) : s.readFailed(r.name, r.message), unsupported: false };
        },
      })),
    );
  };

  const inExcel = host.status === "excel";
  // the book's decisions under the pane's (outside Excel there is no book: `book` stays empty)
  const overlay = React.useMemo(() => overlayDecisions(book, decisions), [book, decisions]);
  const results = keptResults(items, overlay.decisions);
  const review = reviewData(items, overlay.decisions);
  const done = items.flatMap((i) => (i.status === "done" && i.result ? [i.result] : []));
  const bookMatch = book.length > 0 && done.length > 0 ? matchBook(done, overlay) : null;

  // in Excel, once a batch, when its first result arrives (or when Excel connects after it): the
  // decisions the open book already holds, so the reviewer sees them before filling; any failure
  // is a message, the review goes on
  const lastDoneBatch = items.reduce((n, i) => (i.status === "done" && i.result ? Math.max(n, i.batch ?? 0) : n), 0);
  const readDecisions = workbook.readDecisions;
  React.useEffect(() => {
    if (!inExcel || !readDecisions || lastDoneBatch === 0 || readForBatch.current === lastDoneBatch) return;
    readForBatch.current = lastDoneBatch;
    const seq = ++readSeq.current;
    Promise.resolve()
      .then(() => readDecisions())
      .then(
        (r) => {
          if (seq !== readSeq.current) return;
          setBook(r.decisions);
          setBookIssue(r.problems.length > 0 ? { problems: r.problems } : null);
        },
        (e: unknown) => {
          if (seq !== readSeq.current) return;
          setBookIssue({ failed: e instanceof Error ? e.message : String(e) });
        },
      );
  }, [inExcel, readDecisions, lastDoneBatch]);

  const askReplace = (existing: ExistingReportInfo[]) =>
    new Promise<boolean>((resolve) => setConfirm({ labels: existing.map((e) => e.label), resolve }));

  const onFill = async () => {
    if (results.length === 0) return setNotices([{ intent: "warning", text: s.nothingSelected }]);
    setWorking("fill");
    try {
      const r = await workbook.fill(results, askReplace, review);
      // the book now holds what was filled: its 审核 is what the pane shows under its own decisions
      if (r.decisions) {
        readSeq.current++;
        setBook(r.decisions);
      }
      setNotices([
        { intent: "success", kind: "filled", text: s.filled(r.written) },
        ...r.messages.map((text): Notice => ({ intent: "warning", text })),
      ]);
    } catch (e) {
      setNotices([{ intent: "error", text: s.fillFailed(e instanceof Error ? e.message : String(e)) }]);
    } finally {
      setWorking(null);
    }
  };

  const onDownload = async () => {
    if (results.length === 0) return setNotices([{ intent: "warning", text: s.nothingSelected }]);
    setWorking("download");
    try {
      const { blob, filename } = await workbook.download(results, review);
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = url;
      a.download = filename;
      a.rel = "noopener";
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setNotices([{ intent: "error", text: `${s.download}: ${e instanceof Error ? e.message : String(e)}` }]);
    } finally {
      setWorking(null);
    }
  };

  return (
    <main className={st.root} lang={lang === "zh" ? "zh-CN" : "en"}>
      <header className={st.header}>
        <Title3 as="h1">{s.title}</Title3>
        <Caption1 className={st.subtitle}>{s.subtitle}</Caption1>
      </header>

      <MessageBar
        layout="multiline"
        intent={inExcel ? "success" : host.status === "none" && host.reason === "timeout" ? "warning" : "info"}
        data-testid="host-status"
        data-host={host.status}
        data-reason={host.status === "none" ? host.reason : undefined}
      >
        <MessageBarBody>
          {host.status === "loading" ? s.officeLoading : inExcel ? s.inExcel : host.reason === "timeout" ? s.officeTimeout : s.outsideExcel}
        </MessageBarBody>
      </MessageBar>

      <InputArea strings={s} busy={false} onText={onText} onFiles={onFiles} />

      {progress && (
        <div className={st.progress} role="status" aria-live="polite" data-testid="progress">
          <Caption1>{s.progress(progress.n, progress.total, progress.current)}</Caption1>
          <ProgressBar value={progress.n - 1} max={progress.total} thickness="large" />
        </div>
      )}

      {notices.map((n, i) => (
        <MessageBar key={i} layout="multiline" intent={n.intent} data-testid="notice" data-intent={n.intent} data-kind={n.kind}>
          <MessageBarBody className={st.pre}>{n.text}</MessageBarBody>
        </MessageBar>
      ))}

      {inExcel && bookMatch && bookMatch.applied + bookMatch.recheck > 0 && (
        <MessageBar layout="multiline" intent={bookMatch.recheck > 0 ? "warning" : "info"} data-testid="book-decisions" data-applied={bookMatch.applied} data-recheck={bookMatch.recheck}>
          <MessageBarBody className={st.pre}>{s.review.bookMatched(bookMatch.applied, bookMatch.recheck)}</MessageBarBody>
        </MessageBar>
      )}
      {inExcel && bookIssue && (
        <MessageBar layout="multiline" intent="warning" data-testid="book-review-issue">
          <MessageBarBody className={st.pre}>{"failed" in bookIssue ? s.review.bookReadFailed(bookIssue.failed) : s.review.bookUnread(bookIssue.problems)}</MessageBarBody>
        </MessageBar>
      )}

      {items.length > 0 && (
        <ReviewList
          items={items}
          decisions={overlay.decisions}
          fromBook={overlay.fromBook}
          strings={s}
          lang={lang}
          onDecide={(ds) => setDecisions((prev) => ds.reduce(withDecision, prev))}
          onUndo={(ds) => setDecisions((prev) => ds.reduce(withoutDecision, prev))}
          onToggle={(id, code, on) =>
            setItems((xs) =>
              xs.map((x) =>
                x.id === id ? { ...x, excluded: on ? x.excluded.filter((c) => c !== code) : [...x.excluded.filter((c) => c !== code), code] } : x,
              ),
            )
          }
          onRemove={(id) => setItems((xs) => xs.filter((x) => x.id !== id))}
        />
      )}

      {items.length > 0 && (
        <div className={st.actions}>
          {inExcel && (
            <Button appearance="primary" disabled={working !== null || results.length === 0} onClick={onFill} data-testid="fill">
              {working === "fill" ? s.filling : s.fill}
            </Button>
          )}
          <Button
            appearance={inExcel ? "secondary" : "primary"}
            disabled={working !== null || results.length === 0}
            onClick={onDownload}
            data-testid="download"
          >
            {working === "download" ? s.downloading : s.download}
          </Button>
        </div>
      )}

      <Dialog open={confirm !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.fill}</DialogTitle>
            <DialogContent className={st.pre} data-testid="confirm-text">
              {confirm ? s.confirmReplace(confirm.labels.join("\n")) : ""}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="confirm-yes"
                onClick={() => {
                  confirm?.resolve(true);
                  setConfirm(null);
                }}
              >
                {lang === "zh" ? "替换" : "Replace"}
              </Button>
              <Button
                appearance="secondary"
                data-testid="confirm-no"
                onClick={() => {
                  confirm?.resolve(false);
                  setConfirm(null);
                }}
              >
                {lang === "zh" ? "取消" : "Cancel"}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </main>
  );
}
