/// <reference types="office-js" />
/**
 * The pane's entry: renders at once (no waiting for Office), then learns whether it runs in
 * Excel and in which display language. Works the same when Office.js failed to load or never
 * answers.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { defaultWorkerClient } from "./extractClient";
import { langFrom, STRINGS, type Lang } from "./i18n";
import { watchHost, type HostState } from "./office";
import { workbookActions } from "./workbook";

function initialLang(): Lang {
  const q = new URLSearchParams(globalThis.location?.search ?? "").get("lang");
  return q ? langFrom(q) : "zh";
}

function Root(): React.JSX.Element {
  const [host, setHost] = React.useState<HostState>({ status: "loading" });
  const [lang, setLang] = React.useState<Lang>(initialLang);
  // one Web Worker reads files (the core's intake: .docx, .pdf…) and extracts: the UI thread parses nothing
  const worker = React.useMemo(defaultWorkerClient, []);
  // office.js loads alongside (async in taskpane.html): the pane is already usable; Excel's
  // features appear when Office is ready, a message says so when it does not answer
  React.useEffect(
    () =>
      watchHost((h) => {
        setHost(h);
        if (h.status === "excel" && h.displayLanguage) setLang(langFrom(h.displayLanguage));
      }),
    [],
  );
  const strings = STRINGS[lang];
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "zh" ? "zh-CN" : "en"}>
      <ErrorBoundary strings={strings}>
        <App host={host} strings={strings} lang={lang} extractor={worker.extract} workbook={workbookActions} readDocument={worker.read} />
      </ErrorBoundary>
    </FluentProvider>
  );
}

function start(): void {
  const el = document.getElementById("root");
  if (!el) return;
  createRoot(el).render(<Root />);
}

// Surface unexpected async failures in the console instead of a silent pane.
window.addEventListener("unhandledrejection", (e) => console.error("zhibiao: unhandled", e.reason));

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
