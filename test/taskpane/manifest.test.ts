import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { validateManifest } from "../../scripts/validate-manifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");

test("manifest.xml passes the offline validation", async () => {
  const r = await validateManifest(MANIFEST);
  expect(r.errors).toEqual([]);
  expect(r.info.displayName).toEqual({ default: "指标", "en-US": "Zhibiao" });
  expect(r.info.requirementSets).toContain("ExcelApi 1.7");
  expect((r.info.urls as string[]).every((u) => u.startsWith("https://localhost:3000"))).toBe(true);
});

describe("the validator catches broken manifests", () => {
  const text = fs.readFileSync(MANIFEST, "utf8");
  async function check(mutate: (s: string) => string): Promise<string[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, mutate(text));
    return (await validateManifest(file, path.join(ROOT, "assets"))).errors;
  }
  test("not well-formed", async () => {
    expect((await check((s) => s.replace("</Hosts>", "")))[0]).toMatch(/not well-formed/);
  });
  test("id not a GUID, http URL, missing icon, undefined resid, no ExcelApi, no en-US name", async () => {
    const errors = await check((s) =>
      s
        .replace(/<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")
        .replace('SupportUrl DefaultValue="https://', 'SupportUrl DefaultValue="http://')
        .replace("icon-80.png", "icon-81.png")
        .replace('resid="Group.Label"', 'resid="Nope.Label"')
        .replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.5"/>')
        .replace('<Override Locale="en-US" Value="Zhibiao"/>', ""),
    );
    const all = errors.join("\n");
    expect(all).toMatch(/not a GUID/);
    expect(all).toMatch(/not https: http:\/\/localhost/);
    expect(all).toMatch(/icon file missing: .*icon-81\.png/);
    expect(all).toMatch(/resid "Nope\.Label"/);
    expect(all).toMatch(/ExcelApi MinVersion 1\.5 < 1\.7/);
    expect(all).toMatch(/no en-US <Override>/);
  });
});
