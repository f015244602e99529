/** HTML / MHTML → text: pure string processing; nothing executed or fetched. */
import * as iconv from "iconv-lite";
import { decodeHtml, decodeMhtml, htmlToText, decodeEntities } from "../../src/core/intake/html";

const enc = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));

test("scripts, styles, iframes, templates and comments vanish with their content; handlers are never read", () => {
  const html = `<html><head><script>var x = "</div>不该出现1";</script><style>.a{}</style></head>
<body onload="alert('不该出现2')"><!-- 不该出现3 --><iframe src="http://x.invalid">不该出现4</iframe>
<p onmouseover="steal()">正文<b>848</b>件</p><template><p>不该出现5</p></template><SCRIPT type="text/javascript">不该出现6</SCRIPT></body></html>`;
  const t = htmlToText(html);
  expect(t).toBe("正文848件");
});

test("block elements become line breaks; inline elements do not break", () => {
  const t = htmlToText(`<div>一、总体情况</div><p>共调解<span>矛盾纠纷</span><a href="#">848</a>件。</p><p>第二段<br>第三行</p><ul><li>甲</li><li>乙</li></ul>`);
  expect(t.split("\n").filter(Boolean)).toEqual(["一、总体情况", "共调解矛盾纠纷848件。", "第二段", "第三行", "甲", "乙"]);
});

test("a table row is one line with cells separated by ' | '; empty cells collapse; paragraphs in a cell stay in it", () => {
  const t = htmlToText(`<table><tr><th>项目</th><th>收到</th><th>结案</th></tr>
<tr><td><p>行政</p><p>复议</p></td><td>44</td><td></td><td>35</td></tr></table><p>表后</p>`);
  expect(t.split("\n").filter(Boolean)).toEqual(["项目 | 收到 | 结案", "行政 复议 | 44 | 35", "表后"]);
});

test("literal pipes in text are kept as written", () => {
  expect(htmlToText("<p>报告 | ||||</p>")).toBe("报告 | ||||");
});

test("entities are decoded (named, decimal, hex); bad code points become U+FFFD", () => {
  expect(decodeEntities("&ldquo;12345&rdquo;&nbsp;&#x4E2D;&#22269;&amp;&lt;&#0;&unknown;")).toBe("“12345”\u00a0中国&<\ufffd&unknown;");
});

test("line breaks in the source between Chinese characters join without a space", () => {
  expect(htmlToText("<p>共调解各类\n   矛盾纠纷848件, and some\nEnglish</p>")).toBe("共调解各类矛盾纠纷848件, and some English");
});

test("<meta charset> is honoured (GBK page)", () => {
  const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>收到行政复议申请44件</p></body></html>`;
  const d = decodeHtml(new Uint8Array(iconv.encode(page, "gbk")));
  expect(d.text).toBe("收到行政复议申请44件");
  expect(d.encoding).toBe("gb18030");
});

test("a page with no text is refused with a message", () => {
  expect(() => decodeHtml(enc("<html><body><script>x()</script></body></html>"))).toThrow(/no readable text/);
});

test(".mhtml with a quoted-printable HTML part", () => {
  const html = `<html><body><p>共调解各类矛盾纠纷848件</p><script>bad()</script></body></html>`;
  const qp = [...Buffer.from(html, "utf8")].map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(b))).join("");
  const wrapped = qp.replace(/(.{70})/g, "$1=\r\n");
  const mht = `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n------MultipartBoundary--abc\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://example.invalid/\r\n\r\n${wrapped}\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n`;
  expect(decodeMhtml(enc(mht)).text).toBe("共调解各类矛盾纠纷848件");
});

test(".mhtml with a base64 GBK HTML part", () => {
  const html = `<html><body><p>收到行政复议申请44件</p></body></html>`;
  const b64 = iconv.encode(html, "gbk").toString("base64");
  const mht = `MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b1"\n\n--b1\nContent-Type: text/html; charset="gbk"\nContent-Transfer-Encoding: base64\n\n${b64}\n--b1--\n`;
  expect(decodeMhtml(enc(mht)).text).toBe("收到行政复议申请44件");
});
