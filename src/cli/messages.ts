/**
 * Every message the command line prints, in English and in Chinese: the one
 * table (the pane has its own, src/taskpane/i18n.ts). The language follows the
 * POSIX locale: LC_ALL, then LC_MESSAGES, then LANG; a value starting with
 * "zh" gives Chinese, anything else English.
 *
 * Messages that name a file are written without the name: the caller
 * prefixes `<file>: `.
 */
import type { IntakeErrorKind } from "../core/intake/errors";

export type Lang = "en" | "zh";

/** The language of the locale in `env` (POSIX precedence: LC_ALL > LC_MESSAGES > LANG). */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  return value !== undefined && /^zh/i.test(value) ? "zh" : "en";
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
const secs = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const EN = {
  // ---- usage
  usageAll: `usage:
  extract [options] FILE|FOLDER|- ...   print the indicators found (a table, or JSON with --json)
  fill [options] FILE|FOLDER|- ... --out BOOK.xlsx   write the standard indicator workbook
  text FILE|FOLDER|- ...                print the text the extractor sees
Run "extract --help" or "fill --help" for every option.`,
  usageExtract: `usage: extract [options] FILE|FOLDER|- ...
  Reads .txt .htm .html .mhtml .docx .pdf (folders recursively; - is standard input)
  and prints the indicators: a table, or the JSON document with --json.
options:
  --json               print the JSON document of the spec instead of a table
  -j, --jobs N         worker threads (default: cores, at most 4; capped by cores and free memory)
  --timeout SECONDS    time limit per file, reading and extracting (default 30)
  --save-text DIR      also write the text read from each file into DIR
  -q, --quiet          no progress bar
  --no-progress        no progress bar
  -h, --help           this text
  --                   what follows is a file name even if it starts with -`,
  usageFill: `usage: fill [options] FILE|FOLDER|- ... --out BOOK.xlsx
  Extracts every report (.txt .htm .html .mhtml .docx .pdf; folders recursively;
  - is standard input; or an "extract --json" document, .json) and writes the
  standard indicator workbook. An existing BOOK.xlsx is read first:
  its reports and its 报送 values are kept.
options:
  --out BOOK.xlsx      the workbook to write (required; written safely: beside it, then renamed)
  --submitted OLD.xlsx add the 报送 values of another workbook; its rows serve as previous years
  --replace            replace a report the book already has (the same region, year and issuer)
  -j, --jobs N         worker threads (default: cores, at most 4; capped by cores and free memory)
  --timeout SECONDS    time limit per file, reading and extracting (default 30)
  -q, --quiet          no progress bar
  --no-progress        no progress bar
  -h, --help           this text
  --                   what follows is a file name even if it starts with -`,
  usageText: `usage: text [options] FILE|FOLDER|- ...
  Prints the text read from each file (what the extractor sees).
options: --jobs N, --timeout SECONDS, -h/--help (as for extract)`,

  // ---- argument errors
  unknownCommand: (cmd: string) => `unknown command ${cmd}`,
  unknownOption: (opt: string) => `unknown option ${opt}`,
  unknownOptionFile: (opt: string) =>
    `unknown option ${opt}; to give a file whose name starts with -, put -- before it or write ./${opt}`,
  needsValue: (opt: string) => `${opt} needs a value`,
  noValue: (opt: string) => `${opt} takes no value`,
  jobsRange: "--jobs takes a whole number from 1 to 64",
  timeoutRange: "--timeout takes a number of seconds above 0 (at most 3600)",
  noInputs: "no input files",
  outRequired: "--out BOOK.xlsx is required",
  outNotXlsx: (got: string) => `--out must name an .xlsx file (got ${got})`,
  notForCommand: (opt: string, cmd: string) => `${opt} is not an option of ${cmd}`,

  // ---- batch
  noReportFiles: "no report files to read; give .txt, .htm, .html, .mhtml, .docx or .pdf files or folders",
  emptyFolder: (exts: string) => `no report files (${exts}) in this folder`,
  noneRead: (total: number) => `none of the ${total} files could be read; nothing was extracted`,
  someFailed: (ok: number, failed: number) => `${plural(ok, "file")} read, ${failed} failed (listed above)`,
  schemaMismatch: (detail: string) =>
    `internal error: the extraction result does not match its schema (${detail}); please report this`,
  error: (detail: string) => `error: ${detail}`,

  // ---- reading a file (prefixed with the file name)
  notFound: "not found; check the path",
  permission: "cannot be opened (permission denied); check the file's permissions",
  isFolder: "is a folder, not a file",
  tooManyOpen: "cannot be opened (too many open files); run again with fewer --jobs",
  cannotRead: (code: string) => `cannot be read (${code}); check the file`,
  noContent: "has no content",
  tooLarge: (size: number, max: number) =>
    `is too large (${mb(size)} MB; the limit is ${mb(max)} MB); a report is far smaller: check that it is the right file or split it`,
  textTooLarge: (chars: number, max: number) =>
    `is too large (${chars.toLocaleString("en-US")} characters of text; the limit is ${max.toLocaleString("en-US")}); a report is far smaller: check that it is the right file or split it`,
  stdinTooLarge: (max: number) => `is too large (over ${mb(max)} MB); a report is far smaller: check what is piped in`,
  timeoutRead: (ms: number) => `took longer than ${secs(ms)} to read and was stopped; check the file, or allow more time with --timeout`,
  timeoutExtract: (ms: number) =>
    `was read, but extracting its figures took longer than ${secs(ms)} and was stopped; check the text (a very long list or run of numerals?), or allow more time with --timeout`,
  outOfMemory: "needs more memory than allowed to read; check that it is the right file or split it",
  malformedReply: "could not be processed (the worker sent a malformed reply); this is a bug, please report it",
  workerCrashed: (detail: string) => `could not be processed (${detail}); this is a bug, please report it with the file`,
  workerExited: (code: number) => `could not be processed (the reader stopped with code ${code}); check the file`,
  workerNoStart: (detail: string) => `could not be processed (the reader failed to start: ${detail})`,
  intake: (_kind: IntakeErrorKind, english: string) => english,
  bug: (detail: string) => `could not be processed (${detail}); this is a bug, please report it with the file`,
  noText: "no text",

  // ---- --save-text
  saveTextNotFolder: (dir: string) =>
    `--save-text ${dir}: is a file, not a folder; the texts were not saved (the results are printed as usual); give a folder`,
  saveTextFailed: (dir: string, detail: string) =>
    `--save-text ${dir}: the texts could not be saved (${detail}); the results are printed as usual`,

  // ---- fill
  fillPrefix: "fill: ",
  jsonNotDocument: (detail: string) => `not an extract --json document (${detail})`,
  jsonTooLarge: (max: number) => `is too large for an extract --json document (the limit is ${mb(max)} MB)`,
  nothingRead: (out: string) => `no report could be read; ${out} was not written.`,
  resentOnce: (names: string) => `sent twice, read once: ${names}`,
  bookReadTimedOut: (path: string, what: string, s: number) => `${path} (${what}): reading it took longer than ${s} s and was stopped; nothing was written. Check that it is the standard indicator workbook (or raise --timeout).`,
  bookTooLarge: (sheet: string | null, rows: number, dataMB: number, maxRows: number, maxMB: number) =>
    `this workbook is too large for this tool to read: ${sheet !== null ? `sheet "${sheet}" has ${rows} rows (at most ${maxRows} are read)` : `the sheets it reads hold about ${dataMB} MB of data (at most ${maxMB} MB are read)`}; it was not read and nothing was written. Check that it is the right file; to go on from a book this large, start a new --out book (one per year, for example).`,
  bookOutOfMemory: (heapMB: number) =>
    `reading this workbook needed more than ${heapMB} MB of memory and was stopped; nothing was written. It is not a workbook this tool wrote, or far larger than one: check that it is the right file.`,
  submittedKeptOut: (n: number, submitted: string, out: string) => `${n} 报送 value(s) of ${submitted} differ from those already in ${out}; kept ${out}'s.`,
  unknownSubmittedKept: (cols: string) => `报送 columns that are not catalog indicators are kept as they are: ${cols}`,
  cannotReadBook: (path: string, what: string, code: string) => `${path}: cannot read the ${what} workbook (${code})`,
  written: (out: string, total: number, fresh: number, replaced: number, keptRows: number, failed: number) =>
    `${out}: written, ${plural(total, "report")} (${fresh} new${replaced ? `, ${replaced} replaced` : ""})` +
    `${keptRows ? `, 报送 rows with values kept: ${keptRows}` : ""}` +
    `${failed ? `; ${plural(failed, "input")} failed (listed above and in 说明)` : ""}.`,

  // ---- safe writes of the book
  bookReadOnly: (path: string) =>
    `${path} is read-only; nothing was written. Make it writable, or give another --out file.`,
  bookDirReadOnly: (dir: string) =>
    `cannot write in ${dir} (permission denied); nothing was written. Give an --out file in a folder you can write to.`,
  bookChanged: (path: string) =>
    `${path} was changed by someone else while this fill ran (saved in Excel?); nothing was written and their change is kept. Run fill again.`,
  bookLocked: (path: string, pid: number, since: string) =>
    `${path} is being written by another fill (process ${pid}, since ${since}); nothing was written. Run again when it has finished (a lock left by a stopped fill is taken over after 10 minutes).`,
  bookWaiting: (path: string, pid: number | null) =>
    `${path} is being written by ${pid !== null ? `another fill (process ${pid})` : "another fill"}; waiting for it to finish…`,
  bookNoFolder: (dir: string) => `the folder ${dir} does not exist; nothing was written. Create it, or give another --out file.`,
  bookNotFile: (path: string) => `--out ${path} is not a regular file; nothing was written. Give an .xlsx file name.`,
  bookWriteFailed: (path: string, detail: string) => `${path} could not be written (${detail}); the book on disk is unchanged.`,
} as const;

type Table = { [K in keyof typeof EN]: (typeof EN)[K] extends string ? string : (typeof EN)[K] };

const ZH_KIND: Record<IntakeErrorKind, string> = {
  empty: "是空文件,请确认文件是否正确",
  binary: "不是文本文件,请提供 .txt、.docx、.pdf 或 .html 格式的报告",
  encoding: "编码无法识别,请用编辑器另存为 UTF-8",
  too_large: "文件过大,报告不会这么大:请确认文件或拆分",
  unsupported: "格式无法读取,请另存为 .docx 或提供报告本身",
  corrupt: "文件已损坏,请重新下载或另存",
  encrypted: "文件有密码保护,请去除密码后再试",
  zip_bomb: "解压后数据过大,已拒绝",
  needs_ocr: "没有文字层(扫描件或图片),请先做 OCR 识别",
  no_text: "没有可读的文字",
  timeout: "读取超时",
};

const ZH: Table = {
  usageAll: `用法:
  extract [选项] 文件|文件夹|- ...   列出找到的指标(表格;加 --json 输出 JSON)
  fill [选项] 文件|文件夹|- ... --out 工作簿.xlsx   写入标准指标工作簿
  text 文件|文件夹|- ...             显示提取器看到的文字
运行 "extract --help" 或 "fill --help" 查看全部选项。`,
  usageExtract: `用法: extract [选项] 文件|文件夹|- ...
  读取 .txt .htm .html .mhtml .docx .pdf(文件夹递归读取;- 表示标准输入),
  列出找到的指标:表格,或加 --json 输出 JSON 文档。
选项:
  --json               输出规范中的 JSON 文档,而不是表格
  -j, --jobs N         工作线程数(默认:CPU 核数,最多 4;不超过核数和空闲内存所允许的数目)
  --timeout 秒         每个文件读取和提取的时间上限(默认 30)
  --save-text 文件夹   同时把每个文件读出的文字保存到该文件夹
  -q, --quiet          不显示进度条
  --no-progress        不显示进度条
  -h, --help           显示本说明
  --                   其后的参数都是文件名,即使以 - 开头`,
  usageFill: `用法: fill [选项] 文件|文件夹|- ... --out 工作簿.xlsx
  提取每份报告(.txt .htm .html .mhtml .docx .pdf;文件夹递归读取;- 表示标准输入;
  或 "extract --json" 输出的 .json 文档),写入标准指标工作簿。
  已有的工作簿先被读取:其中的报告和报送数值都会保留。
选项:
  --out 工作簿.xlsx    要写入的工作簿(必填;先写到旁边的临时文件,再改名替换)
  --submitted 旧.xlsx  加入另一工作簿的报送数值;其指标行用作往年数据
  --replace            替换工作簿中已有的同一报告(同一地区、年度和发文单位)
  -j, --jobs N         工作线程数(默认:CPU 核数,最多 4;不超过核数和空闲内存所允许的数目)
  --timeout 秒         每个文件读取和提取的时间上限(默认 30)
  -q, --quiet          不显示进度条
  --no-progress        不显示进度条
  -h, --help           显示本说明
  --                   其后的参数都是文件名,即使以 - 开头`,
  usageText: `用法: text [选项] 文件|文件夹|- ...
  显示从每个文件读出的文字(即提取器看到的内容)。
选项: --jobs N、--timeout 秒、-h/--help(同 extract)`,

  unknownCommand: (cmd) => `未知命令 ${cmd}`,
  unknownOption: (opt) => `未知选项 ${opt}`,
  unknownOptionFile: (opt) => `未知选项 ${opt};如果这是以 - 开头的文件名,请在它前面加 --,或写成 ./${opt}`,
  needsValue: (opt) => `${opt} 需要一个值`,
  noValue: (opt) => `${opt} 不带值`,
  jobsRange: "--jobs 需要 1 到 64 之间的整数",
  timeoutRange: "--timeout 需要大于 0 的秒数(最多 3600)",
  noInputs: "没有给出输入文件",
  outRequired: "必须用 --out 指定工作簿.xlsx",
  outNotXlsx: (got) => `--out 必须是 .xlsx 文件(给出的是 ${got})`,
  notForCommand: (opt, cmd) => `${opt} 不是 ${cmd} 的选项`,

  noReportFiles: "没有可读取的报告文件;请给出 .txt、.htm、.html、.mhtml、.docx 或 .pdf 文件或文件夹",
  emptyFolder: (exts) => `此文件夹中没有报告文件(${exts})`,
  noneRead: (total) => `${total} 个文件都无法读取;没有提取任何内容`,
  someFailed: (ok, failed) => `已读取 ${ok} 个文件,${failed} 个失败(见上)`,
  schemaMismatch: (detail) => `内部错误:提取结果不符合其结构定义(${detail});请报告此问题`,
  error: (detail) => `错误: ${detail}`,

  notFound: "找不到文件;请检查路径",
  permission: "无法打开(没有权限);请检查文件权限",
  isFolder: "是文件夹,不是文件",
  tooManyOpen: "无法打开(打开的文件过多);请用更小的 --jobs 再运行",
  cannotRead: (code) => `无法读取(${code});请检查文件`,
  noContent: "没有内容",
  tooLarge: (size, max) => `文件过大(${mb(size)} MB;上限为 ${mb(max)} MB);报告远没有这么大:请确认文件是否正确,或拆分后再试`,
  textTooLarge: (chars, max) =>
    `文字过多(${chars.toLocaleString("en-US")} 个字符;上限为 ${max.toLocaleString("en-US")} 个);报告远没有这么长:请确认文件是否正确,或拆分后再试`,
  stdinTooLarge: (max) => `输入过大(超过 ${mb(max)} MB);报告远没有这么大:请检查管道输入的内容`,
  timeoutRead: (ms) => `读取超过 ${secs(ms)},已停止;请检查文件,或用 --timeout 放宽时间`,
  timeoutExtract: (ms) => `已读取,但提取数值超过 ${secs(ms)},已停止;请检查文字(是否有很长的列举或数字串),或用 --timeout 放宽时间`,
  outOfMemory: "读取所需内存超过上限;请确认文件是否正确,或拆分后再试",
  malformedReply: "无法处理(工作线程返回了格式错误的结果);这是程序缺陷,请报告",
  workerCrashed: (detail) => `无法处理(${detail});这是程序缺陷,请连同文件一起报告`,
  workerExited: (code) => `无法处理(读取程序以代码 ${code} 退出);请检查文件`,
  workerNoStart: (detail) => `无法处理(读取程序未能启动:${detail})`,
  intake: (kind, english) => `${ZH_KIND[kind]}(${english})`,
  bug: (detail) => `无法处理(${detail});这是程序缺陷,请连同文件一起报告`,
  noText: "没有文字",

  saveTextNotFolder: (dir) => `--save-text ${dir}: 这是文件而不是文件夹;文字未保存(结果照常输出);请给出一个文件夹`,
  saveTextFailed: (dir, detail) => `--save-text ${dir}: 文字未能保存(${detail});结果照常输出`,

  fillPrefix: "fill: ",
  jsonNotDocument: (detail) => `不是 extract --json 输出的文档(${detail})`,
  jsonTooLarge: (max) => `作为 extract --json 文档过大(上限 ${mb(max)} MB)`,
  nothingRead: (out) => `没有能读取的报告;未写入 ${out}。`,
  resentOnce: (names) => `重复提交的报告只读取一次:${names}`,
  bookReadTimedOut: (path, what, s) => `${path}(${what}):读取超过 ${s} 秒,已停止;未写入任何内容。请确认它是标准指标工作簿(或加大 --timeout)。`,
  bookTooLarge: (sheet, rows, dataMB, maxRows, maxMB) =>
    `这个工作簿过大,本工具无法读取:${sheet !== null ? `工作表“${sheet}”有 ${rows} 行(最多读取 ${maxRows} 行)` : `要读取的工作表约有 ${dataMB} MB 数据(最多读取 ${maxMB} MB)`};未读取,未写入任何内容。请确认文件是否正确;如需在这么大的工作簿之后继续,请用 --out 另建一个工作簿(例如每年一个)。`,
  bookOutOfMemory: (heapMB) => `读取这个工作簿需要超过 ${heapMB} MB 内存,已停止;未写入任何内容。它不是本工具写出的工作簿,或远大于本工具写出的工作簿:请确认文件是否正确。`,
  submittedKeptOut: (n, submitted, out) => `${submitted} 中有 ${n} 个报送数值与 ${out} 中已有的不同;保留 ${out} 中的数值。`,
  unknownSubmittedKept: (cols) => `报送中不属于指标目录的列已原样保留:${cols}`,
  cannotReadBook: (path, what, code) => `${path}: 无法读取 ${what} 工作簿(${code})`,
  written: (out, total, fresh, replaced, keptRows, failed) =>
    `${out}: 已写入,共 ${total} 份报告(新增 ${fresh}${replaced ? `,替换 ${replaced}` : ""})` +
    `${keptRows ? `,保留有数值的报送行 ${keptRows} 行` : ""}` +
    `${failed ? `;${failed} 个输入失败(见上,并列于说明表)` : ""}。`,

  bookReadOnly: (path) => `${path} 是只读文件;未写入任何内容。请改为可写,或用 --out 指定另一个文件。`,
  bookDirReadOnly: (dir) => `无法在 ${dir} 中写入(没有权限);未写入任何内容。请把 --out 指向可写的文件夹。`,
  bookChanged: (path) => `${path} 在本次 fill 运行期间被他人修改(在 Excel 中保存过?);未写入任何内容,对方的修改已保留。请重新运行 fill。`,
  bookLocked: (path, pid, since) =>
    `${path} 正由另一个 fill 写入(进程 ${pid},开始于 ${since});未写入任何内容。请在它结束后再运行(已停止的 fill 留下的锁在 10 分钟后会被接管)。`,
  bookWaiting: (path, pid) => `${path} 正由另一个 fill${pid !== null ? `(进程 ${pid})` : ""}写入;等待它结束…`,
  bookNoFolder: (dir) => `文件夹 ${dir} 不存在;未写入任何内容。请先建立该文件夹,或用 --out 指定另一个文件。`,
  bookNotFile: (path) => `--out ${path} 不是普通文件;未写入任何内容。请给出一个 .xlsx 文件名。`,
  bookWriteFailed: (path, detail) => `${path} 无法写入(${detail});磁盘上的工作簿没有改变。`,
};

export type Messages = Table;

const TABLES: Record<Lang, Table> = { en: EN, zh: ZH };

/** The message table of the current locale (or of `lang`). */
export function messages(lang: Lang = localeLang()): Messages {
  return TABLES[lang];
}
