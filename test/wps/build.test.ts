/**
 * npm run build:wps: the add-in folder WPS loads (named NAME_VERSION), its ribbon.xml (well formed,
 * the two buttons of the Excel manifest, every callback it names defined by main.js, the icon
 * there), the pages, the offline lists (jsplugins.xml, publish.xml) and the 7-Zip archive, and the
 * size of what WPS loads.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { BUTTON } from "../../src/wps/addin/ribbon";
import { WPS_ADDIN, buildWps } from "./wps-build";

const XMLLINT = "/usr/bin/xmllint";
const FOLDER = WPS_ADDIN.folderPath;

/** xmllint --xpath over a file: the parser says whether it is well formed, XPath picks values. */
function xpath(file: string, expression: string): string[] {
  const r = spawnSync(XMLLINT, ["--xpath", expression, file], { encoding: "utf8" });
  assert.equal(r.status, 0, `xmllint ${file}: ${r.stderr}`);
  return [...r.stdout.matchAll(/"([^"]*)"/g)].map((m) => m[1]);
}

function attribute(file: string, element: string, name: string): string[] {
  return xpath(file, `//*[local-name()='${element}']/@${name}`);
}

/** main.js run as WPS runs it, in a page of the add-in folder: the global `ribbon` it defines. */
function ribbonOfMainJs(): Record<string, unknown> {
  const window = {
    location: { href: `file://${FOLDER}/index.html`, search: "" },
    alert: () => undefined,
  } as Record<string, unknown>;
  runInNewContext(readFileSync(join(FOLDER, "main.js"), "utf8"), {
    window,
    URL,
    URLSearchParams,
    console,
    setTimeout,
  });
  return window.ribbon as Record<string, unknown>;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

describe("npm run build:wps: the WPS add-in folder, lists and archive", function () {
  this.timeout(600_000);

  before(function () {
    if (!existsSync(XMLLINT)) {
      if (process.env.CI) throw new Error(`${XMLLINT} is missing (CI=true)`);
      console.log(`    skipped: ${XMLLINT} not found (apt-get install -y libxml2-utils)`);
      this.skip();
    }
    buildWps();
  });

  it("makes the folder WPS expects, NAME_VERSION, with the version of the Excel manifest", () => {
    const manifest = readFileSync("manifest.xml", "utf8");
    const version = /<Version>(\d+\.\d+\.\d+)/.exec(manifest)![1];
    assert.equal(WPS_ADDIN.FOLDER, `taizhang_${version}`);
    const files = readdirSync(FOLDER);
    for (const file of ["ribbon.xml", "index.html", "main.js", "taskpane.html", "taskpane.js"])
      assert.ok(files.includes(file), `${file} missing from ${WPS_ADDIN.FOLDER}`);
    // The readers of last month's file stay chunks of their own, loaded only when needed.
    assert.ok(files.includes("xlsx-reader.js") && files.includes("xls-reader.js"), files.join(" "));
    assert.ok(existsSync(join(FOLDER, "assets", "logo-filled.png")), "the pane's logo");
  });

  it("ribbon.xml: the two buttons of manifest.xml in zh-CN, every callback defined by main.js", () => {
    const ribbonXml = join(FOLDER, "ribbon.xml");
    assert.deepEqual(attribute(ribbonXml, "button", "id"), [BUTTON.openPane, BUTTON.quickCheck]);
    assert.deepEqual(attribute(ribbonXml, "button", "label"), ["打开台账助手", "快速检查"]);
    assert.deepEqual(attribute(ribbonXml, "group", "label"), ["台账助手"]);
    assert.deepEqual(attribute(ribbonXml, "tab", "idMso"), ["TabHome"]);

    const callbacks = new Set(
      xpath(ribbonXml, "//@*[starts-with(name(), 'on') or starts-with(name(), 'get')]")
    );
    assert.deepEqual([...callbacks].sort(), [
      "ribbon.GetImage",
      "ribbon.OnAction",
      "ribbon.OnAddinLoad",
    ]);
    const ribbon = ribbonOfMainJs();
    for (const callback of callbacks) {
      const name = callback.replace(/^ribbon\./, "");
      assert.equal(typeof ribbon[name], "function", `main.js defines no ${callback}`);
    }
    const getImage = ribbon.GetImage as (control: { Id: string }) => string;
    for (const id of attribute(ribbonXml, "button", "id")) {
      const icon = getImage({ Id: id });
      assert.ok(existsSync(join(FOLDER, icon)), `icon ${icon} of ${id} is not in the folder`);
    }
  });

  it("index.html runs main.js before WPS reads the ribbon; taskpane.html loads the pane", () => {
    const index = readFileSync(join(FOLDER, "index.html"), "utf8");
    const head = index.slice(0, index.indexOf("</head>"));
    assert.match(head, /<script src="?main\.js"?><\/script>/, "main.js blocking, in <head>");
    const pane = readFileSync(join(FOLDER, "taskpane.html"), "utf8");
    assert.match(pane, /<script defer(="defer")? src="?taskpane\.js"?><\/script>/);
    assert.doesNotMatch(pane, /type="module"/, "module scripts do not load from file:// pages");
    assert.match(pane, /<div id="?container"?>/);
  });

  it("jsplugins.xml and publish.xml list the add-in by name, type et, version and place", () => {
    const { NAME, VERSION, FOLDER: folder, ARCHIVE, DIST } = WPS_ADDIN;
    const list = join(DIST, "jsplugins.xml");
    assert.deepEqual(attribute(list, "jsplugin", "name"), [NAME]);
    assert.deepEqual(attribute(list, "jsplugin", "type"), ["et"]);
    assert.deepEqual(attribute(list, "jsplugin", "version"), [VERSION]);
    assert.deepEqual(attribute(list, "jsplugin", "enable"), ["true"]);
    const [url] = attribute(list, "jsplugin", "url");
    assert.ok(url.endsWith(ARCHIVE), url);

    const publish = join(DIST, "publish.xml");
    assert.deepEqual(attribute(publish, "jsplugin", "name"), [NAME]);
    assert.deepEqual(attribute(publish, "jsplugin", "url"), [folder]);
    assert.deepEqual(attribute(publish, "jsplugin", "version"), [VERSION]);
    assert.deepEqual(attribute(publish, "jsplugin", "type"), ["et"]);
  });

  it("the archive holds the folder at its top, every file of it", () => {
    const sevenZip = (require("7zip-bin") as { path7za: string }).path7za;
    const r = spawnSync(sevenZip, ["l", "-slt", join(WPS_ADDIN.DIST, WPS_ADDIN.ARCHIVE)], {
      encoding: "utf8",
    });
    assert.equal(r.status, 0, r.stderr);
    // After the archive's own block, one block per entry.
    const entries = r.stdout.slice(r.stdout.indexOf("\n----------\n"));
    const paths = [...entries.matchAll(/^Path = (.+)$/gm)].map((m) => m[1].replace(/\\/g, "/"));
    const files = (dir: string, prefix: string): string[] =>
      readdirSync(dir).flatMap((name) =>
        statSync(join(dir, name)).isDirectory()
          ? files(join(dir, name), `${prefix}${name}/`)
          : [`${prefix}${name}`]
      );
    for (const file of files(FOLDER, `${WPS_ADDIN.FOLDER}/`))
      assert.ok(paths.includes(file), `${file} not in ${WPS_ADDIN.ARCHIVE}`);
    assert.ok(
      paths.every((p) => p.split("/")[0] === WPS_ADDIN.FOLDER),
      "one folder at the top"
    );
  });

  it("stays small: the pane under 850 KB, the ribbon's page without React", () => {
    const size = (file: string) => {
      const bytes = readFileSync(join(FOLDER, file));
      return { bytes: bytes.length, gzip: gzipSync(bytes).length };
    };
    const pane = size("taskpane.js");
    const main = size("main.js");
    const reader = size("xlsx-reader.js");
    console.log(
      `      taskpane.js ${kb(pane.bytes)} (gzip ${kb(pane.gzip)}), main.js ${kb(main.bytes)} (gzip ${kb(main.gzip)}), xlsx-reader.js ${kb(reader.bytes)}`
    );
    assert.ok(pane.bytes < 850 * 1024, `taskpane.js is ${kb(pane.bytes)}`);
    assert.ok(main.bytes < 250 * 1024, `main.js is ${kb(main.bytes)}`);
    assert.doesNotMatch(
      readFileSync(join(FOLDER, "main.js"), "utf8"),
      /react-dom|__SECRET_INTERNALS/
    );
  });
});
