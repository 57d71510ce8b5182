/**
 * manifest.xml: schema-valid (offline XSDs in ../shared), bilingual, the right requirement set and
 * permission, and every URL (dev, and production-rewritten in dist/) served by the build.
 * Assumes `npm run build` ran first (scripts/run-tests.mjs does that).
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "..");
const schema = resolve(root, "..", "shared", "manifest-schemas", "OfficeAppManifestV1_1.xsd");
const devManifestPath = join(root, "manifest.xml");
const distManifestPath = join(root, "dist", "manifest.xml");
const DEV_URL = "https://localhost:3000/";

interface XmlElement {
  attrs: Record<string, string>;
  inner: string;
}

/** Elements of one tag name; enough for our own flat, regular manifest (no nesting of the same tag). */
function elements(xml: string, tag: string): XmlElement[] {
  const pattern = new RegExp(`<${tag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${tag}>)`, "g");
  return [...xml.matchAll(pattern)].map((match) => ({
    attrs: Object.fromEntries(
      [...match[1].matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])
    ),
    inner: match[2] ?? "",
  }));
}

function only(xml: string, tag: string): XmlElement {
  const found = elements(xml, tag);
  assert.equal(found.length, 1, `expected exactly one <${tag}>`);
  return found[0];
}

function withoutComments(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->/g, "");
}

/** Every URL the manifest gives Office: setting values and app domains (not the xmlns URIs). */
function urlsOf(xml: string): string[] {
  const body = withoutComments(xml);
  const values = [...body.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map(
    (m) => m[1]
  );
  return [...values, ...elements(body, "AppDomain").map((e) => e.inner)];
}

/** The built file a manifest URL serves (the query, as in ?mode=quick, is the pane's own business). */
function fileOf(url: string, base: string): string {
  return join(root, "dist", url.slice(base.length).split("?")[0]);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.equal(bytes.subarray(1, 4).toString("latin1"), "PNG", `${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const HAN = /\p{Script=Han}/u;
const devXml = readFileSync(devManifestPath, "utf8");
/** The OfficeApp settings before VersionOverrides (which has Descriptions of its own). */
const settingsXml = devXml.slice(0, devXml.indexOf("<VersionOverrides"));

describe("manifest.xml", function () {
  describe("validates against the Office add-in XSDs", function () {
    before(function () {
      if (!existsSync(schema)) {
        console.log(
          "    skipped: ../shared/manifest-schemas not found (a user's own clone has none)"
        );
        this.skip();
      }
      const xmllint = spawnSync("xmllint", ["--version"]);
      assert.ok(
        !xmllint.error,
        "xmllint is missing: apt-get install -y --no-install-recommends libxml2-utils"
      );
    });

    for (const [name, file] of [
      ["manifest.xml", devManifestPath],
      ["dist/manifest.xml (production URLs)", distManifestPath],
    ]) {
      it(name, function () {
        assert.ok(existsSync(file), `${file} is missing (run npm run build)`);
        const result = spawnSync("xmllint", ["--noout", "--schema", schema, file], {
          encoding: "utf8",
        });
        assert.equal(result.status, 0, result.stderr);
      });
    }
  });

  it("declares ExcelApi 1.7 right after the hosts, ReadWriteDocument and a task pane for Workbook", function () {
    assert.match(devXml, /xsi:type="TaskPaneApp"/);
    assert.match(
      devXml,
      /<\/Hosts>\s*<Requirements>\s*<Sets DefaultMinVersion="1.1">\s*<Set Name="ExcelApi" MinVersion="1.7"\/>\s*<\/Sets>\s*<\/Requirements>/
    );
    assert.equal(only(devXml, "Permissions").inner, "ReadWriteDocument");
    assert.deepEqual(
      elements(devXml, "Host").map((host) => host.attrs.Name ?? host.attrs["xsi:type"]),
      ["Workbook", "Workbook"]
    );
    assert.equal(only(devXml, "Version").inner, "1.0.0.0");
    // Not the template's Id: two add-ins with one Id replace each other when sideloaded.
    assert.match(
      only(devXml, "Id").inner,
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
    );
    assert.notEqual(only(devXml, "Id").inner, "05c2e1c9-3e1d-406e-9a91-e9ac64854143");
  });

  it("names the add-in Taizhang / 台账助手 and describes it in both languages", function () {
    const name = only(settingsXml, "DisplayName");
    assert.equal(name.attrs.DefaultValue, "Taizhang");
    assert.deepEqual(only(name.inner, "Override").attrs, { Locale: "zh-CN", Value: "台账助手" });
    const description = only(settingsXml, "Description");
    assert.ok(description.attrs.DefaultValue.length > 20);
    const zh = only(description.inner, "Override").attrs;
    assert.equal(zh.Locale, "zh-CN");
    assert.match(zh.Value, HAN);
  });

  it("gives every ribbon and callout string a zh-CN override, and every resid a resource", function () {
    const strings = elements(devXml, "bt:String");
    assert.equal(strings.length, 7);
    for (const string of strings) {
      const zh = elements(string.inner, "bt:Override");
      assert.equal(zh.length, 1, `${string.attrs.id} has no zh-CN override`);
      assert.equal(zh[0].attrs.Locale, "zh-CN");
      assert.match(zh[0].attrs.Value, HAN, `${string.attrs.id}: the zh-CN text is not Chinese`);
      assert.doesNotMatch(
        string.attrs.DefaultValue,
        HAN,
        `${string.attrs.id}: the default text is not English`
      );
    }
    const ids = new Set(
      ["bt:String", "bt:Url", "bt:Image"].flatMap((tag) =>
        elements(devXml, tag)
          .map((e) => e.attrs.id)
          .filter(Boolean)
      )
    );
    const resids = [...devXml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(resids.length >= 12);
    for (const resid of resids) assert.ok(ids.has(resid), `resid ${resid} has no resource`);
    assert.match(devXml, /<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it("has a second Home-tab button, 快速检查 / Quick check, opening the same pane with ?mode=quick", function () {
    const controls = elements(devXml, "Control");
    assert.deepEqual(
      controls.map((c) => c.attrs.id),
      ["Taizhang.OpenPane", "Taizhang.QuickCheck"]
    );
    const [open, quick] = controls;
    const labelOf = (control: XmlElement) => only(control.inner, "Label").attrs.resid;
    const stringOf = (id: string) =>
      elements(devXml, "bt:String").find((e) => e.attrs.id === id) ?? assert.fail(`no ${id}`);
    const label = stringOf(labelOf(quick));
    assert.equal(label.attrs.DefaultValue, "Quick check");
    assert.deepEqual(only(label.inner, "bt:Override").attrs, {
      Locale: "zh-CN",
      Value: "快速检查",
    });
    const tooltip = stringOf(only(quick.inner, "Description").attrs.resid);
    assert.match(only(tooltip.inner, "bt:Override").attrs.Value, HAN);
    // Same pane (one TaskpaneId), a URL of its own that the pane reads as "run the check now".
    assert.equal(only(quick.inner, "Action").attrs["xsi:type"], "ShowTaskpane");
    assert.equal(only(quick.inner, "TaskpaneId").inner, only(open.inner, "TaskpaneId").inner);
    const urlId = only(quick.inner, "SourceLocation").attrs.resid;
    assert.notEqual(urlId, only(open.inner, "SourceLocation").attrs.resid);
    const url = elements(devXml, "bt:Url").find((e) => e.attrs.id === urlId)?.attrs.DefaultValue;
    assert.equal(url, `${DEV_URL}taskpane.html?mode=quick`);
    // The same three icon sizes as the first button.
    const sizes = (control: XmlElement) =>
      elements(only(control.inner, "Icon").inner, "bt:Image").map((i) => [
        i.attrs.size,
        i.attrs.resid,
      ]);
    assert.deepEqual(sizes(quick), sizes(open));
    // Both buttons sit in the one Taizhang group of the Home tab.
    assert.match(
      devXml,
      /<OfficeTab id="TabHome">\s*<Group id="Taizhang.Group">[\s\S]*Taizhang.OpenPane[\s\S]*Taizhang.QuickCheck[\s\S]*<\/Group>/
    );
  });

  it("uses ribbon icons whose files have the declared size", function () {
    const urlOf = new Map(
      elements(devXml, "bt:Image")
        .filter((e) => e.attrs.id)
        .map((e) => [e.attrs.id, e.attrs.DefaultValue])
    );
    const uses = elements(devXml, "bt:Image").filter((e) => e.attrs.size);
    assert.ok(uses.length >= 6);
    for (const use of uses) {
      const url = urlOf.get(use.attrs.resid) ?? "";
      assert.ok(url.startsWith(DEV_URL), `${use.attrs.resid}: "${url}" is not on the dev server`);
      const size = Number(use.attrs.size);
      assert.deepEqual(
        pngSize(join(root, url.slice(DEV_URL.length))),
        { width: size, height: size },
        url
      );
    }
    for (const size of [16, 32, 64, 80, 128]) {
      assert.deepEqual(pngSize(join(root, "assets", `icon-${size}.png`)), {
        width: size,
        height: size,
      });
    }
  });

  describe("every URL points at a file the build produces", function () {
    before(function () {
      assert.ok(
        existsSync(distManifestPath),
        "dist/manifest.xml is missing: run `npm run build` first"
      );
    });

    it("manifest.xml: https://localhost:3000/X is dist/X", function () {
      const urls = urlsOf(devXml);
      assert.ok(urls.length >= 10);
      for (const url of urls) {
        if (url === "https://localhost:3000") continue; // <AppDomain>: an origin, not a file
        assert.ok(url.startsWith(DEV_URL), `${url} is not on the dev server`);
        const file = fileOf(url, DEV_URL);
        assert.ok(existsSync(file), `${url} → ${file} is not built`);
      }
    });

    it("dist/manifest.xml: the same files under the production URL, nothing left on localhost", function () {
      const distXml = readFileSync(distManifestPath, "utf8");
      const source = only(only(distXml, "DefaultSettings").inner, "SourceLocation").attrs
        .DefaultValue;
      assert.ok(source.endsWith("/taskpane.html"), source);
      const prodUrl = source.slice(0, -"taskpane.html".length);
      assert.doesNotMatch(prodUrl, /localhost/);
      assert.doesNotMatch(withoutComments(distXml), /localhost/);
      // Exactly the dev manifest with the base URL (and the AppDomain origin) swapped.
      const prodOrigin = new URL(prodUrl).origin;
      assert.equal(
        distXml,
        devXml.split(DEV_URL).join(prodUrl).split("https://localhost:3000").join(prodOrigin)
      );
      for (const url of urlsOf(distXml)) {
        if (url === prodOrigin) continue;
        assert.ok(url.startsWith(prodUrl), url);
        assert.ok(existsSync(fileOf(url, prodUrl)), `${url} is not built`);
      }
    });
  });
});
