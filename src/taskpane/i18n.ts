/**
 * The pane's strings: Chinese by default, English when Office's display language is English
 * (or, outside Office, when the page is opened with ?lang=en).
 */
import type { BatchCounts } from "./batchSummary";
import type { IntakeKind } from "./messages";

export type Lang = "zh" | "en";

const SPREADSHEET_OR_SLIDES = /^\.(xls|xlsx|xlsm|et|ett|ppt|pptx|dps|csv)$/;
const OLD_WORD = /^\.(doc|dot|wps|wpt|rtf|odt)$/;

/**
 * A file the intake refused (IntakeError `kind`, extension, the core's English line as a hint)
 * → one Chinese line naming the file, what is wrong and what to do.
 */
export function intakeMessageZh(name: string, kind: IntakeKind, ext: string, detail: string): string {
  const f = `“${name}”`;
  switch (kind) {
    case "empty":
      return `${f} 是空文件，没有任何文字：请确认选择的是报告文件。`;
    case "binary":
      return `${f} 不是文本文件，无法读取：请提供 .docx、.pdf、.txt 或 .html 格式的报告。`;
    case "encoding":
      return `${f} 的文字编码无法识别（可能混用了 UTF-8 与 GBK，或文件不完整）：请用记事本或 WPS 打开，另存为 UTF-8 编码的 .txt，或另存为 .docx 后重试。`;
    case "too_large":
      return `${f} 文件过大，已拒绝读取：请只提供报告本身，或拆分成几个文件后再导入。`;
    case "zip_bomb":
      return `${f} 解压后的数据异常庞大，为安全起见已拒绝读取：请用 Word 或 WPS 打开后重新另存为 .docx。`;
    case "encrypted":
      return ext === ".pdf" || /PDF/.test(detail)
        ? `${f} 是设有密码保护的 PDF：请打开后取消密码（或打印为新的 PDF）再重试。`
        : `${f} 设有密码保护（或是改名为 .docx 的旧版 Word 文件）：请用 Word 或 WPS 打开，取消密码后另存为 .docx 再重试。`;
    case "corrupt":
      return ext === ".pdf" || /PDF/.test(detail)
        ? `${f} 文件已损坏，无法打开：请重新下载或重新导出 PDF 后重试。`
        : `${f} 文件已损坏或不完整：请用 Word 或 WPS 打开后重新另存为 .docx 再重试。`;
    case "needs_ocr":
      return /image/.test(detail) && ext !== ".pdf"
        ? `${f} 是图片，不是文字：需要先做文字识别(OCR)，再提供识别出的文字、.docx 或可搜索的 PDF。`
        : `${f} 是扫描件，没有可提取的文字层：需要先做文字识别(OCR)，或提供生成该 PDF 的 .docx 原件。`;
    case "no_text":
      return /web page|mhtml/i.test(detail) || /^\.(html?|xhtml|mht|mhtml)$/.test(ext)
        ? `${f} 网页中没有可读的正文：请保存包含正文的网页，或复制正文粘贴到上方文本框。`
        : `${f} 中没有可读的文字（可能只有扫描图片）：需要先做文字识别(OCR)，或复制报告全文粘贴到上方文本框。`;
    case "timeout":
      return `读取 ${f} 超时：文件可能过大或已损坏，请另存为 .docx 后重试，或复制全文粘贴到上方文本框。`;
    case "unsupported":
      if (SPREADSHEET_OR_SLIDES.test(ext) || /Excel|spreadsheet|PowerPoint|presentation/.test(detail))
        return `${f} 是表格或演示文稿，不是报告：请提供报告本身（.docx、.pdf、.txt 或 .html）。`;
      if (/archive|zip file but not/.test(detail)) return `${f} 是压缩包：请先解压，再选择其中的报告文件。`;
      if (/pdfjs/.test(detail)) return `${f} 无法读取：PDF 阅读组件加载失败，请刷新任务窗格后重试。`;
      if (/compression/.test(detail)) return `${f} 使用了不支持的压缩方式：请用 Word 或 WPS 打开后另存为 .docx 再重试。`;
      if (OLD_WORD.test(ext) || /\.doc\b|WPS|RTF|OpenDocument|\.odt/.test(detail))
        return `${f} 是旧版 Word、WPS 或 RTF 等格式，无法直接读取：请用 Word 或 WPS 打开，另存为 .docx 后重试。`;
      return `${f} 的格式无法读取：请用 Word 或 WPS 打开后另存为 .docx（或 .pdf、.txt）再重试。`;
  }
}

const zh = {
  title: "指标",
  subtitle: "从法治政府建设报告中提取指标",
  pasteLabel: "粘贴报告全文",
  pastePlaceholder: "在此粘贴一份报告的全文，然后点击“提取”。",
  extract: "提取",
  clear: "清空",
  dropHere: "把报告文件拖到这里，或",
  chooseFiles: "选择文件",
  fileTypes: "支持 .txt（UTF-8/UTF-16/GB18030）、.html、.docx 和 .pdf；可一次选择多个文件。",
  progress: (n: number, total: number, name: string) => `正在处理第 ${n}/${total} 份：${name}`,
  /** A batch's closing message: what gave values, what gave none, what failed (batchSummary.ts). */
  batchDone: (c: BatchCounts) => {
    if (c.total > 0 && c.failed === c.total)
      return c.total === 1 ? "这份报告未能读取或提取，没有得到任何数值：原因见下方报告。" : `${c.total} 份报告均未能读取或提取，没有得到任何数值：原因见下方各报告。`;
    const read = c.found + c.nothingFound;
    const parts = [`已完成 ${read} 份报告`];
    if (c.failed > 0) parts.push(`${c.failed} 份失败（原因见下方各报告）`);
    if (c.nothingFound > 0) parts.push(`${c.nothingFound} 份没有找到指标`);
    return `${parts.join("，")}。`;
  },
  region: "地区",
  year: "年度",
  published: "发布日期",
  unknown: "未识别",
  name: "名称",
  value: "数值",
  evidence: "原文",
  include: "填入",
  noIndicators: "没有找到指标。",
  flags: "核对提示",
  noFlags: "没有核对提示。",
  severity: { error: "错误", warning: "警告", info: "提示" } as Record<string, string>,
  approx: { at_least: "余/以上", about: "约" } as Record<string, string>,
  fill: "填入当前工作簿",
  filling: "正在填入…",
  filled: (n: number) => `已填入 ${n} 份报告。`,
  download: "下载 .xlsx",
  downloading: "正在生成 .xlsx…",
  outsideExcel: "未在 Excel 中运行：可以照常提取，并下载标准指标工作簿（.xlsx）。",
  officeLoading: "正在连接 Excel…（可以先粘贴或选择报告）",
  officeTimeout: "Office 没有响应（office.js 未能加载）：可以照常提取，并下载标准指标工作簿（.xlsx）；在 Excel 中打开时，连上后会出现“填入当前工作簿”。",
  inExcel: "已连接 Excel。",
  unsupportedType: (name: string, ext: string) =>
    `暂不支持 ${ext} 文件（${name}）：请先在 Word/PDF 阅读器中打开，复制全文后粘贴到上方文本框。`,
  readFailed: (name: string, msg: string) => `无法读取 ${name}：${msg}`,
  /** A file the intake refused: what is wrong and what to do, by the IntakeError's kind. */
  intakeFailed: (name: string, kind: IntakeKind, ext: string, detail: string) => intakeMessageZh(name, kind, ext, detail),
  extractFailed: (name: string, msg: string) => `提取 ${name} 时出错：${msg}`,
  /** A report stopped at the worker's per-file time limit; the batch goes on. */
  extractTimedOut: (name: string, seconds: number) =>
    `提取“${name}”超过 ${seconds} 秒仍未完成，已停止（其余报告照常处理）：请确认粘贴的是报告正文，或把报告拆成几部分分别提取。`,
  emptyText: "文本为空，请粘贴报告全文。",
  pasted: "粘贴的报告",
  remove: "移除",
  selectedCount: (k: number, n: number) => `已选 ${k}/${n} 项`,
  confirmReplace: (what: string) => `工作簿中已有以下报告的数据：\n${what}\n\n是否替换？（“取消”则跳过这些报告）`,
  requirementMissing: (set: string) => `此版本的 Excel 不支持 ${set}，部分功能（如条件格式）已略过。`,
  fillFailed: (msg: string) => `填入工作簿失败：${msg}。请检查工作簿是否处于编辑状态后重试，或改用“下载 .xlsx”。`,
  nothingSelected: "没有可填入的报告。请先提取报告。",
  crashTitle: "任务窗格出错了",
  crashBody: "已提取的数据仍在工作簿中。请点击“重新开始”；如果仍然出错，请关闭并重新打开任务窗格（在 Excel 网页版中可刷新页面）。",
  restart: "重新开始",
  details: "错误详情",
  reports: (n: number) => `报告（${n}）`,
  /** The reviewer's list (ReviewList, ReportCard, Suggestions, DecisionControls). */
  review: {
    undecided: (n: number) => (n === 0 ? "全部已核" : `待核 ${n} 项`),
    onlyUndecided: "只看未核",
    keys: "↑↓/jk 选择 · Enter 原文 · v 核实 · c 更正 · i 忽略 · a 采纳 · u 撤销",
    rateRange: "比率应在 0–100 之间（按百分数填写）",
    verdict: { 核实: "核实", 更正: "更正", 忽略: "忽略", 采纳: "采纳" } as Record<string, string>,
    undo: "撤销",
    /** The buttons, by key. */
    actions: { v: "核实", c: "更正", i: "忽略", a: "采纳", u: "撤销" },
    pending: (n: number) => `待核（${n}）`,
    pendingHint: "以下数字可能是指标值，但有疑点：勾选即采用为该指标的数值。",
    reasons: "疑点",
    correctLabel: (name: string) => `${name} 的正确数值`,
    notANumber: "请输入一个数字（比率按百分数填写，如 99.8）",
    save: "确定",
    cancel: "取消",
    noteLabel: "忽略的理由（可不填，回车确定）",
    keepWhich: (existing: string) => `该指标已有数值 ${existing}：保留哪一个？`,
    keepExisting: "保留原值",
    takeSuggestion: "采用建议",
    keptExisting: (v: string) => `保留原值 ${v}`,
    chooseCode: "这个数字是哪个指标？",
    was: (v: string) => `原为 ${v}`,
    recheck: "需重新核对",
    recheckItem: (name: string, verdict: string, v: string) => `${name}：此前的“${verdict}”（${v}）与重新提取的数值或原文不再一致`,
    collapse: "收起",
    expand: "展开",
    otherFlags: "其他提示",
    nothingUndecided: "没有未核的项目。",
    code: "代码",
    wholeReport: "整份报告",
    /** A decision the open workbook's 审核 already holds. */
    fromBook: "工作簿中已决定",
    fromBookShort: "簿",
    fromBookHint: "这项决定来自工作簿的“审核”表；在此重新决定即可覆盖（工作簿中的决定不会被删除）。",
    bookMatched: (n: number, m: number) =>
      m === 0
        ? `工作簿“审核”表中已有这些报告的 ${n} 项决定，已显示为“工作簿中已决定”。`
        : `工作簿“审核”表中已有这些报告的 ${n + m} 项决定：${n} 项显示为“工作簿中已决定”，${m} 项与重新提取的数值或原文不再一致，需重新核对（未应用）。`,
    bookUnread: (problems: string[]) =>
      `工作簿“审核”表中有 ${problems.length} 行不是有效的决定，未能显示（工作簿未作任何修改，填入时原样保留）：\n${problems.slice(0, 5).join("\n")}${problems.length > 5 ? `\n…（共 ${problems.length} 行）` : ""}`,
    bookReadFailed: (msg: string) =>
      `未能读取工作簿“审核”表中的决定（${msg}）。报告仍可照常审核；填入时工作簿中已有的决定会保留，不会丢失。`,
  },
};

export type Strings = typeof zh;

const en: Strings = {
  title: "Zhibiao",
  subtitle: "Extract indicators from rule-of-law government reports",
  pasteLabel: "Paste a report",
  pastePlaceholder: "Paste the full text of one report here, then click Extract.",
  extract: "Extract",
  clear: "Clear",
  dropHere: "Drop report files here, or",
  chooseFiles: "choose files",
  fileTypes: "Supports .txt (UTF-8/UTF-16/GB18030), .html, .docx and .pdf; several files at once.",
  progress: (n, total, name) => `Processing ${n} of ${total}: ${name}`,
  batchDone: (c) => {
    if (c.total > 0 && c.failed === c.total)
      return `Nothing was read: ${c.total === 1 ? "the report" : `all ${c.total} reports`} failed (see below for why).`;
    const parts = [`Done: ${c.found + c.nothingFound} report(s) read`];
    if (c.failed > 0) parts.push(`${c.failed} failed (see below for why)`);
    if (c.nothingFound > 0) parts.push(`${c.nothingFound} with no indicator found`);
    return `${parts.join("; ")}.`;
  },
  region: "Region",
  year: "Year",
  published: "Published",
  unknown: "not found",
  name: "Indicator",
  value: "Value",
  evidence: "Evidence",
  include: "Fill",
  noIndicators: "No indicators found.",
  flags: "Checks",
  noFlags: "No check flags.",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  approx: { at_least: "at least", about: "about" },
  fill: "Fill the open workbook",
  filling: "Filling…",
  filled: (n) => `Filled ${n} report(s).`,
  download: "Download .xlsx",
  downloading: "Building .xlsx…",
  outsideExcel: "Not running in Excel: extract as usual and download the standard indicator workbook (.xlsx).",
  officeLoading: "Connecting to Excel… (you can paste or choose reports already)",
  officeTimeout:
    "Office does not answer (office.js did not load): extract as usual and download the standard indicator workbook (.xlsx); in Excel, Fill appears once Office connects.",
  inExcel: "Connected to Excel.",
  unsupportedType: (name, ext) =>
    `${ext} files are not supported yet (${name}): open it in Word or a PDF reader, copy the text and paste it above.`,
  readFailed: (name, msg) => `Could not read ${name}: ${msg}`,
  intakeFailed: (name, _kind, _ext, detail) => `${name}: ${detail}`,
  extractFailed: (name, msg) => `Extraction failed for ${name}: ${msg}`,
  extractTimedOut: (name, seconds) =>
    `Extracting ${name} took more than ${seconds} s and was stopped (the other reports go on): check that it is the report's text, or extract it in parts.`,
  emptyText: "The text is empty: paste the full report.",
  pasted: "Pasted report",
  remove: "Remove",
  selectedCount: (k, n) => `${k} of ${n} selected`,
  confirmReplace: (what) => `The workbook already holds these reports:\n${what}\n\nReplace them? (Cancel skips them.)`,
  requirementMissing: (set) => `This Excel does not support ${set}; some features (such as conditional formats) were skipped.`,
  fillFailed: (msg) => `Filling the workbook failed: ${msg}. Make sure no cell is being edited and try again, or use Download .xlsx.`,
  nothingSelected: "Nothing to fill: extract a report first.",
  crashTitle: "The pane ran into an error",
  crashBody: "Anything already filled stays in the workbook. Click Start over; if it happens again, close and reopen the pane (in Excel on the web, reload the page).",
  restart: "Start over",
  details: "Details",
  reports: (n) => `Reports (${n})`,
  review: {
    undecided: (n) => (n === 0 ? "All decided" : `${n} to review`),
    onlyUndecided: "Only undecided",
    keys: "↑↓/jk move · Enter evidence · v verify · c correct · i ignore · a accept · u undo",
    rateRange: "A rate is between 0 and 100 (in percent)",
    verdict: { 核实: "Verified", 更正: "Corrected", 忽略: "Ignored", 采纳: "Accepted" },
    undo: "Undo",
    actions: { v: "Verify", c: "Correct", i: "Ignore", a: "Accept", u: "Undo" },
    pending: (n) => `To review (${n})`,
    pendingHint: "These figures may be indicator values but are doubted: tick one to take it as the value.",
    reasons: "Doubts",
    correctLabel: (name) => `Right value of ${name}`,
    notANumber: "Type a number (rates in percent, e.g. 99.8)",
    save: "OK",
    cancel: "Cancel",
    noteLabel: "Why ignore (optional, Enter to save)",
    keepWhich: (existing) => `This indicator already has ${existing}: keep which?`,
    keepExisting: "Keep existing",
    takeSuggestion: "Take suggestion",
    keptExisting: (v) => `kept existing ${v}`,
    chooseCode: "Which indicator is this figure?",
    was: (v) => `was ${v}`,
    recheck: "Recheck",
    recheckItem: (name, verdict, v) => `${name}: the earlier “${verdict}” (${v}) no longer matches the value or evidence extracted now`,
    collapse: "Collapse",
    expand: "Expand",
    otherFlags: "Other notes",
    nothingUndecided: "Nothing left to review.",
    code: "Code",
    wholeReport: "The whole report",
    fromBook: "Decided in the workbook",
    fromBookShort: "WB",
    fromBookHint: "This decision comes from the workbook's 审核 sheet; decide again here to override it (the workbook's decision is not deleted).",
    bookMatched: (n, m) =>
      m === 0
        ? `The workbook's 审核 sheet already holds ${n} decision(s) on these reports, shown as decided in the workbook.`
        : `The workbook's 审核 sheet holds ${n + m} decision(s) on these reports: ${n} shown as decided in the workbook, ${m} no longer matching the value or evidence extracted now (recheck; not applied).`,
    bookUnread: (problems) =>
      `${problems.length} row(s) of the workbook's 审核 sheet are not valid decisions and are not shown (nothing was changed; a fill keeps them):\n${problems.slice(0, 5).join("\n")}${problems.length > 5 ? `\n… (${problems.length} rows)` : ""}`,
    bookReadFailed: (msg) => `The decisions on the workbook's 审核 sheet could not be read (${msg}). Review works as usual; a fill keeps the workbook's decisions.`,
  },
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** "en-US", "en-GB", "en" → en; anything else (zh-CN, zh-TW, missing) → zh. */
export function langFrom(displayLanguage: string | null | undefined): Lang {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? "en" : "zh";
}
