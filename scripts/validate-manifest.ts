/**
 * Offline validation of manifest.xml (`npm run validate`).
 *
 * `office-addin-manifest validate` posts the file to Microsoft's online service; this
 * script never touches the network. It checks: well-formed XML (strict parser, the one
 * office-addin-manifest itself uses), that office-addin-manifest's reader accepts it,
 * the required elements of a task pane manifest in schema order, a GUID id, https-only
 * URLs, icon files present in assets/ with the size their name says, every resid
 * defined, the Chinese display name with an en-US override, and the declared
 * requirement sets (ExcelApi ≥ 1.7, in the manifest and in VersionOverrides).
 * No XSD ships in node_modules here, so the schema order is checked from the list below
 * (OfficeApp 1.1 TaskPaneApp sequence).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";

type XmlNode = { "#name": string; _?: string; $?: Record<string, string>; $$?: XmlNode[] };

export interface ManifestReport {
  errors: string[];
  warnings: string[];
  info: Record<string, unknown>;
}

/** OfficeApp (TaskPaneApp) child sequence from the 1.1 schema. */
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "AllowSnapshot", "VersionOverrides",
];
const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions"];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIN_EXCELAPI = "1.7";

function parseXml(text: string): Promise<{ root: XmlNode }> {
  // xml2js is the strict (sax) parser office-addin-manifest reads manifests with.
  const req = createRequire(require.resolve("office-addin-manifest"));
  const xml2js = req("xml2js") as {
    parseString(s: string, o: object, cb: (e: Error | null, r: Record<string, XmlNode>) => void): void;
  };
  return new Promise((resolve, reject) =>
    xml2js.parseString(text, { explicitChildren: true, preserveChildrenOrder: true, strict: true }, (err, res) => {
      if (err) return reject(err);
      const root = Object.values(res)[0];
      if (!root) return reject(new Error("empty document"));
      resolve({ root });
    }),
  );
}

const children = (n: XmlNode | undefined, name?: string): XmlNode[] =>
  (n?.$$ ?? []).filter((c) => name === undefined || c["#name"] === name || c["#name"].endsWith(":" + name));
const child = (n: XmlNode | undefined, name: string): XmlNode | undefined => children(n, name)[0];
function walk(n: XmlNode, visit: (n: XmlNode) => void): void {
  visit(n);
  for (const c of n.$$ ?? []) walk(c, visit);
}
const localName = (n: XmlNode) => n["#name"].replace(/^.*:/, "");

function versionAtLeast(v: string, min: string): boolean {
  const a = v.split(".").map(Number), b = min.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0, y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function pngSize(file: string): { w: number; h: number } | null {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return null;
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}

export async function validateManifest(manifestPath: string, assetsDir = path.join(path.dirname(manifestPath), "assets")): Promise<ManifestReport> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const info: Record<string, unknown> = {};
  const text = fs.readFileSync(manifestPath, "utf8");

  let root: XmlNode;
  try {
    root = (await parseXml(text)).root;
  } catch (e) {
    return { errors: [`not well-formed XML: ${(e as Error).message.replace(/\n/g, " ")}`], warnings, info };
  }

  // 1. office-addin-manifest's own reader: the XML handler OfficeAddinManifest.readManifestFile
  //    dispatches to for .xml files (required directly: the package's index also loads the JSON
  //    manifest tooling, whose ESM-only dependencies Jest cannot load)
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml") as {
      ManifestHandlerXml: new (p: string) => { parseManifest(): Promise<import("office-addin-manifest").ManifestInfo> };
    };
    const m = await new ManifestHandlerXml(manifestPath).parseManifest();
    info.reader = { id: m.id, displayName: m.displayName, hosts: m.hosts, permissions: m.permissions, officeAppType: m.officeAppType };
    if (m.officeAppType !== "TaskPaneApp") errors.push(`OfficeApp xsi:type is ${m.officeAppType}, expected TaskPaneApp`);
  } catch (e) {
    errors.push(`office-addin-manifest could not read it: ${(e as Error).message}`);
  }

  // 2. root and element order
  if (localName(root) !== "OfficeApp") errors.push(`root element is ${root["#name"]}, expected OfficeApp`);
  if (root.$?.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1")
    errors.push("OfficeApp must use xmlns http://schemas.microsoft.com/office/appforoffice/1.1");
  const names = children(root).map(localName);
  for (const r of REQUIRED) if (!names.includes(r)) errors.push(`missing required element <${r}>`);
  let last = -1;
  for (const n of names) {
    const i = OFFICEAPP_ORDER.indexOf(n);
    if (i < 0) { errors.push(`unexpected element <${n}> in OfficeApp`); continue; }
    if (i < last) errors.push(`<${n}> is out of schema order`);
    last = i;
  }

  // 3. id, version, permissions, locale, names
  const id = child(root, "Id")?._?.trim() ?? "";
  if (!GUID.test(id)) errors.push(`<Id> "${id}" is not a GUID`);
  const version = child(root, "Version")?._?.trim() ?? "";
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) errors.push(`<Version> "${version}" is not n.n.n.n`);
  const perm = child(root, "Permissions")?._?.trim() ?? "";
  if (!PERMISSIONS.includes(perm)) errors.push(`<Permissions> "${perm}" is not a known permission`);
  else if (perm !== "ReadWriteDocument") warnings.push(`<Permissions> is ${perm}; the pane needs ReadWriteDocument`);
  const display = child(root, "DisplayName");
  const dv = display?.$?.DefaultValue ?? "";
  if (!dv) errors.push("<DisplayName> has no DefaultValue");
  if (dv.length > 125) errors.push("<DisplayName> longer than 125 characters");
  const en = children(display, "Override").find((o) => o.$?.Locale?.toLowerCase() === "en-us");
  if (!en?.$?.Value) errors.push("<DisplayName> has no en-US <Override>");
  info.displayName = { default: dv, "en-US": en?.$?.Value };
  const hosts = children(child(root, "Hosts"), "Host").map((h) => h.$?.Name);
  if (!hosts.includes("Workbook")) errors.push("<Hosts> does not include Workbook (Excel)");
  if (!child(child(root, "DefaultSettings"), "SourceLocation")?.$?.DefaultValue) errors.push("<DefaultSettings> has no <SourceLocation>");

  // 4. requirement sets, in the manifest and in VersionOverrides
  const sets: { where: string; name: string; min: string }[] = [];
  walk(root, (n) => {
    if (localName(n) === "Sets") {
      for (const s of children(n, "Set")) {
        sets.push({ where: "Sets", name: s.$?.Name ?? "", min: s.$?.MinVersion ?? n.$?.DefaultMinVersion ?? "1.1" });
      }
    }
  });
  info.requirementSets = sets.map((s) => `${s.name} ${s.min}`);
  const topSets = children(child(child(root, "Requirements"), "Sets"), "Set");
  const excel = topSets.find((s) => s.$?.Name === "ExcelApi");
  if (!excel) errors.push("<Requirements> does not declare the ExcelApi requirement set");
  else if (!versionAtLeast(excel.$?.MinVersion ?? "1.1", MIN_EXCELAPI))
    errors.push(`ExcelApi MinVersion ${excel.$?.MinVersion} < ${MIN_EXCELAPI} (freeze panes, hyperlinks)`);

  // 5. URLs: every URL is https; resids resolve; icons exist with their size
  const urls: string[] = [];
  walk(root, (n) => {
    for (const [k, v] of Object.entries(n.$ ?? {})) {
      if (/^(DefaultValue|Value)$/.test(k) && /^[a-z]+:\/\//i.test(v)) urls.push(v);
    }
    if (localName(n) === "AppDomain" && n._) urls.push(n._.trim());
  });
  for (const u of urls) if (!u.startsWith("https://")) errors.push(`URL is not https: ${u}`);
  info.urls = [...new Set(urls)];

  const resources = new Set<string>();
  walk(root, (n) => {
    if (["Image", "Url", "String"].includes(localName(n)) && n.$?.id) resources.add(n.$.id);
  });
  walk(root, (n) => {
    const resid = n.$?.resid;
    if (resid && !resources.has(resid)) errors.push(`resid "${resid}" on <${localName(n)}> is not defined in <Resources>`);
  });
  const versionOverrides = child(root, "VersionOverrides");
  if (versionOverrides) {
    const vSets = children(child(child(versionOverrides, "Requirements"), "Sets"), "Set");
    if (!vSets.some((s) => s.$?.Name === "ExcelApi")) warnings.push("VersionOverrides does not declare ExcelApi");
  }

  const iconUrls = urls.filter((u) => /\/assets\/[^/]+\.png$/i.test(u));
  if (iconUrls.length === 0) errors.push("no icon URL under /assets/");
  for (const u of new Set(iconUrls)) {
    const file = path.join(assetsDir, u.replace(/^.*\/assets\//, ""));
    if (!fs.existsSync(file)) { errors.push(`icon file missing: ${path.relative(process.cwd(), file)} (for ${u})`); continue; }
    const size = pngSize(file);
    const named = /icon-(\d+)\.png$/i.exec(file)?.[1];
    if (!size) errors.push(`icon is not a PNG: ${file}`);
    else if (named && (size.w !== Number(named) || size.h !== Number(named)))
      errors.push(`icon ${path.basename(file)} is ${size.w}x${size.h}, expected ${named}x${named}`);
  }
  for (const [el, px] of [["IconUrl", 32], ["HighResolutionIconUrl", 64]] as const) {
    const u = child(root, el)?.$?.DefaultValue ?? "";
    if (!new RegExp(`icon-${px}\\.png$`).test(u)) warnings.push(`<${el}> should be a ${px}x${px} icon`);
  }
  return { errors, warnings, info };
}

async function main(): Promise<void> {
  const file = path.resolve(process.argv[2] ?? "manifest.xml");
  const r = await validateManifest(file);
  for (const w of r.warnings) console.warn(`warning: ${w}`);
  if (r.errors.length) {
    for (const e of r.errors) console.error(`error: ${e}`);
    console.error(`\n${path.basename(file)}: ${r.errors.length} error(s). (Offline checks; online: npx office-addin-manifest validate ${path.basename(file)})`);
    process.exitCode = 1;
    return;
  }
  console.log(`${path.basename(file)} is valid (offline checks).`);
  console.log(`  display name: ${JSON.stringify(r.info.displayName)}`);
  console.log(`  requirement sets: ${(r.info.requirementSets as string[]).join(", ")}`);
  console.log(`  urls: ${(r.info.urls as string[]).length}, all https; icons present.`);
  console.log("  (No XSD ships offline; with network, also run: npx office-addin-manifest validate manifest.xml)");
}

if (require.main === module) void main();
