/**
 * Saved web pages → text, by pure string processing (no DOM, nothing is ever
 * executed or fetched). Scripts, styles, iframes, objects and templates are
 * dropped with their content; attributes (event handlers, src, href) are never
 * looked at; block elements become line breaks; a table row becomes one line
 * with its cells separated by " | "; entities are decoded.
 *
 * Also: .mhtml (MIME multipart, quoted-printable or base64 parts) and the
 * charset of <meta charset> / <meta http-equiv content="…charset=…">.
 */
import { decodeWithLabel, type DecodedText } from "./decode";
import { IntakeError } from "./errors";

/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "noscript",
  "noframes",
  "object",
  "embed",
  "applet",
  "template",
  "svg",
  "math",
  "canvas",
  "audio",
  "video",
  "select",
  "textarea",
  "button",
  "head",
  "title",
  "xml",
]);

/** Elements that begin/end a line. */
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
  "tbody", "thead", "tfoot", "ul", "tr",
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  ldquo: "\u201c", rdquo: "\u201d", lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", bdquo: "\u201e",
  mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", middot: "\u00b7", bull: "\u2022", times: "\u00d7",
  divide: "\u00f7", deg: "\u00b0", plusmn: "\u00b1", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", yen: "\u00a5",
  cent: "\u00a2", pound: "\u00a3", euro: "\u20ac", sect: "\u00a7", para: "\u00b6", permil: "\u2030", percnt: "%",
  larr: "\u2190", rarr: "\u2192", uarr: "\u2191", darr: "\u2193", laquo: "\u00ab", raquo: "\u00bb", lsaquo: "\u2039",
  rsaquo: "\u203a", sup1: "\u00b9", sup2: "\u00b2", sup3: "\u00b3", frac12: "\u00bd", frac14: "\u00bc", frac34: "\u00be",
  shy: "", zwj: "\u200d", zwnj: "\u200c", lrm: "", rlm: "", iexcl: "\u00a1", iquest: "\u00bf", prime: "\u2032",
  Prime: "\u2033", micro: "\u00b5", le: "\u2264", ge: "\u2265", ne: "\u2260", minus: "\u2212", hyphen: "\u2010",
  colon: ":", comma: ",", period: ".", excl: "!", quest: "?", lpar: "(", rpar: ")", sol: "/", bsol: "\\",
  num: "#", dollar: "$", commat: "@", lowbar: "_", verbar: "|", semi: ";", equals: "=", plus: "+", ast: "*",
  lsqb: "[", rsqb: "]", lcub: "{", rcub: "}", Tab: "\t", NewLine: "\n",
};

export function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, body: string) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return "\ufffd";
      if (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) return " ";
      return String.fromCodePoint(cp);
    }
    const v = NAMED_ENTITIES[body];
    return v === undefined ? m : v;
  });
}

/** Marks a cell boundary we inserted (never in text: HTML text is stripped of it). */
const CELL = "\uE000";

/** Collapse spaces per line, tidy table separators, at most one empty line in a row. */
function tidyLines(raw: string): string {
  const out: string[] = [];
  let blank = 0;
  for (let line of raw.split("\n")) {
    line = line.replace(/[ \t\f\v\r\u00a0\u200b\ufeff]+/g, " ");
    // cell separators we inserted (CELL): empty cells collapse, none at either end
    line = line.replace(/\s*\uE000[\s\uE000]*/g, "\uE000").replace(/^\uE000|\uE000$/g, "").trim().replace(/\uE000/g, " | ");
    if (line === "") {
      blank++;
      if (blank === 1 && out.length > 0) out.push("");
      continue;
    }
    blank = 0;
    out.push(line);
  }
  while (out.length && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Line breaks in HTML source are spaces, except between CJK characters, where they are nothing. */
function joinSourceLines(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, (m: string, off: number, str: string) =>
    CJK.test(str[off - 1] ?? "") || CJK.test(str[off + m.length] ?? "") ? "" : " ",
  );
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][A-Za-z0-9:_-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

/**
 * HTML source → plain text. Never executes, fetches or keeps script, style,
 * iframe or handler content.
 */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  let cellDepth = 0; // >0 inside a table cell: block breaks become spaces
  const cellsInRow: number[] = []; // per open table row: cells seen so far
  const preDepth = { n: 0 };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(html)) !== null) {
    const tok = m[0];
    if (tok[0] !== "<" || tok === "<") {
      // text
      let text = decodeEntities(tok).replace(/\uE000/g, "");
      if (preDepth.n === 0 || cellDepth > 0) text = joinSourceLines(text);
      else text = text.replace(/\r\n?/g, "\n");
      parts.push(text);
      continue;
    }
    const tag = m[2]?.toLowerCase();
    if (!tag) continue; // comment, doctype, CDATA, processing instruction
    const closing = m[1] === "/";
    const selfClosing = /\/\s*$/.test(m[3] ?? "");
    if (!closing && DROP_WITH_CONTENT.has(tag) && !selfClosing) {
      // skip to the matching close tag (case-insensitive), or to the end
      const re = new RegExp(`</${tag}\\s*>`, "ig");
      re.lastIndex = TOKEN.lastIndex;
      const close = re.exec(html);
      TOKEN.lastIndex = close ? close.index + close[0].length : html.length;
      if (tag !== "head" && tag !== "title") parts.push(" ");
      continue;
    }
    if (DROP_WITH_CONTENT.has(tag)) continue;
    if (tag === "td" || tag === "th") {
      if (!closing) {
        const row = cellsInRow.length - 1;
        if (row >= 0) {
          if (cellsInRow[row]! > 0) parts.push(CELL);
          cellsInRow[row]!++;
        }
        cellDepth++;
      } else if (cellDepth > 0) cellDepth--;
      continue;
    }
    if (tag === "tr") {
      if (!closing) {
        cellsInRow.push(0);
        parts.push(cellDepth > 0 ? " " : "\n");
      } else {
        cellsInRow.pop();
        parts.push(cellDepth > 0 ? " " : "\n");
      }
      continue;
    }
    if (tag === "pre") preDepth.n = Math.max(0, preDepth.n + (closing ? -1 : 1));
    if (BLOCK.has(tag)) {
      parts.push(cellDepth > 0 ? " " : "\n");
      if ((tag === "p" || /^h[1-6]$/.test(tag)) && closing && cellDepth === 0) parts.push("\n");
    }
    // inline tags (span, a, b, font, img …) vanish; attributes are never read
  }
  return tidyLines(parts.join(""));
}

/** The charset declared by <meta charset> or <meta http-equiv … content="…charset=…">. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.-]+)/i.exec(head);
  return m?.[1] ?? null;
}

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    /<(html|body|head)[\s>]/.test(head) ||
    (/^<(div|p|table|meta)[\s>]/.test(head) && /<\/(p|div|td)>/i.test(text.slice(0, 20000)))
  );
}

/** Bytes of an .html/.htm page → text (BOM, then <meta charset>, then detection). */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const decoded = decodeWithLabel(bytes, hasBom ? null : sniffHtmlCharset(bytes));
  const text = htmlToText(decoded.text);
  if (text.trim() === "") {
    throw new IntakeError("no_text", "is a web page with no readable text; save the page with its content (or copy the text into a .txt)");
  }
  return { ...decoded, text };
}

// ---------------------------------------------------------------- MHTML

function decodeQuotedPrintable(s: string): Uint8Array {
  const body = s.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(body.slice(i + 1, i + 3))) {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x100) out.push(c);
    else for (const b of new TextEncoder().encode(body[i]!)) out.push(b);
  }
  return Uint8Array.from(out);
}

function decodeBase64(s: string): Uint8Array {
  let clean = s.replace(/[^A-Za-z0-9+/]/g, ""); // padding is optional for atob
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {};
  const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers[line.slice(0, i).trim().toLowerCase()] = line.slice(i + 1).trim();
  }
  return headers;
}

function splitHeadBody(s: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(s);
  if (!m) return [s, ""];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}

function param(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(header);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function mimeParts(raw: string): MimePart[] {
  const [head, body] = splitHeadBody(raw);
  const headers = parseHeaders(head);
  const boundary = param(headers["content-type"], "boundary");
  if (!boundary) return [{ headers, body }];
  const parts: MimePart[] = [];
  for (const chunk of body.split(`--${boundary}`).slice(1)) {
    if (chunk.startsWith("--")) break;
    const [h, b] = splitHeadBody(chunk.replace(/^\r?\n/, ""));
    const ph = parseHeaders(h);
    if (/^multipart\//i.test(ph["content-type"] ?? "")) parts.push(...mimeParts(chunk.replace(/^\r?\n/, "")));
    else parts.push({ headers: ph, body: b });
  }
  return parts;
}

/** .mhtml / .mht (a web page saved as one MIME file) → text of its HTML part. */
export function decodeMhtml(bytes: Uint8Array): DecodedText {
  const raw = new TextDecoder("latin1").decode(bytes);
  if (!/^\s*(MIME-Version|Content-Type|From|Subject|Date|Snapshot-Content-Location)\s*:/im.test(raw.slice(0, 4096))) {
    // Not MIME after all: treat as a plain page
    return decodeHtml(bytes);
  }
  const parts = mimeParts(raw);
  const pick =
    parts.find((p) => /text\/html/i.test(p.headers["content-type"] ?? "")) ??
    parts.find((p) => /text\/plain/i.test(p.headers["content-type"] ?? ""));
  if (!pick) throw new IntakeError("no_text", "is an .mhtml file without a web page inside; open it in a browser and save it as .html");
  const enc = (pick.headers["content-transfer-encoding"] ?? "").toLowerCase();
  const body =
    enc === "base64"
      ? decodeBase64(pick.body)
      : enc === "quoted-printable"
        ? decodeQuotedPrintable(pick.body)
        : Uint8Array.from(pick.body, (c) => c.charCodeAt(0) & 0xff);
  const charset = param(pick.headers["content-type"], "charset") ?? sniffHtmlCharset(body);
  const decoded = decodeWithLabel(body, charset);
  if (/text\/html/i.test(pick.headers["content-type"] ?? "")) {
    const text = htmlToText(decoded.text);
    if (text.trim() === "") throw new IntakeError("no_text", "is a saved web page with no readable text");
    return { ...decoded, text };
  }
  return decoded;
}
