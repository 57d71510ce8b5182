/**
 * The production build (dist/): pages load office.js from Microsoft's CDN before their bundles,
 * the bundles they reference exist and are production builds of a reasonable size.
 * Assumes `npm run build` ran first (scripts/run-tests.mjs does that).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const dist = resolve(__dirname, "..", "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** The whole pane (React + Fluent UI + ours), gzip: about 95 KB today; alarm well before it doubles. */
const PANE_GZIP_BUDGET = 200 * 1024;

/** src of every <script> of a page, in document order (the minifier drops attribute quotes). */
function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|([^\s>]+))/g)].map(
    (m) => m[1] ?? m[2]
  );
}

function page(name: string): string {
  return readFileSync(join(dist, name), "utf8");
}

describe("production build (dist/)", function () {
  before(function () {
    assert.ok(
      existsSync(join(dist, "taskpane.html")),
      "dist/ is missing: run `npm run build` first"
    );
  });

  for (const [name, bundles] of [
    ["taskpane.html", ["vendor.js", "taskpane.js", "classic.js"]],
    ["commands.html", ["commands.js"]],
  ] as const) {
    it(`${name} loads office.js from the CDN, then ${bundles.join(" and ")}`, function () {
      assert.deepEqual(scriptSources(page(name)), [OFFICE_JS_CDN, ...bundles]);
      for (const bundle of bundles) {
        assert.ok(statSync(join(dist, bundle)).size > 100, `${bundle} is empty`);
      }
    });
  }

  it("taskpane.html loads the modern bundles as modules and the ES5 classic pane as nomodule", function () {
    const html = page("taskpane.html");
    assert.match(html, /<script type="?module"? src="?vendor\.js"?>/);
    assert.match(html, /<script type="?module"? src="?taskpane\.js"?>/);
    assert.match(html, /<script nomodule src="?classic\.js"?>/);
    // IE11 parses classic.js: no ES2015+ syntax may survive in it.
    const classic = page("classic.js");
    assert.doesNotMatch(classic, /=>|\bconst\b|\blet\b|`/);
  });

  it("help.html (the manifest's support page) is a static page without scripts", function () {
    const html = page("help.html");
    assert.deepEqual(scriptSources(html), []);
    assert.match(html, /台账助手/);
    assert.match(html, /Taizhang/);
  });

  it("bundles React in production mode, minified, within the size budget", function () {
    const vendor = readFileSync(join(dist, "vendor.js"), "utf8");
    assert.doesNotMatch(vendor, /react-dom\.development/);
    assert.doesNotMatch(vendor, /process\.env\.NODE_ENV/);
    const taskpane = readFileSync(join(dist, "taskpane.js"));
    assert.ok(taskpane.toString("utf8").split("\n").length <= 3, "taskpane.js is not minified");
    const gzip = gzipSync(Buffer.concat([Buffer.from(vendor), taskpane])).length;
    assert.ok(gzip < PANE_GZIP_BUDGET, `pane bundles are ${gzip} bytes gzip`);
  });

  it("registers the ribbon command function", function () {
    assert.match(readFileSync(join(dist, "commands.js"), "utf8"), /associate\("action",/);
  });

  it("copies every icon and the pane logo", function () {
    for (const file of [
      "icon-16.png",
      "icon-32.png",
      "icon-64.png",
      "icon-80.png",
      "icon-128.png",
      "logo-filled.png",
    ]) {
      assert.ok(existsSync(join(dist, "assets", file)), `dist/assets/${file}`);
    }
  });
});
