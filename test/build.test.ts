/**
 * The production build (dist/): pages load office.js from Microsoft's CDN before their bundles,
 * the bundles they reference exist and are production builds of a reasonable size.
 * Assumes `npm run build` ran first (scripts/run-tests.mjs does that).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const dist = resolve(__dirname, "..", "dist");
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * The whole pane (React + Fluent UI + the engine + the workflow), gzip: about 215 KB with the full
 * workflow (vendor ≈ 143 KB, taskpane ≈ 70 KB of which the core engine is most); alarm at 260 KB.
 */
const PANE_GZIP_BUDGET = 260 * 1024;
const CDN_ORIGIN = "https://appsforoffice.microsoft.com";

/** The Content-Security-Policy of a page's <meta http-equiv>, as directive → sources. */
function csp(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  assert.ok(match, "no Content-Security-Policy meta tag");
  return new Map(
    match[1].split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    })
  );
}

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
    ["preview-pane.html", ["office-standin.js", "vendor.js", "taskpane.js", "classic.js"]],
    ["preview.html", ["preview.js"]],
  ] as const) {
    it(`${name} loads office.js from the CDN, then ${bundles.join(" and ")}`, function () {
      const office = name.startsWith("preview") ? [] : [OFFICE_JS_CDN];
      assert.deepEqual(scriptSources(page(name)), [...office, ...bundles]);
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
    // That classic.js is ES5 (it parses as ES5 with acorn) is tested in test/classic/es5-bundle.test.ts.
  });

  it("the add-in's pages allow scripts only from their own origin and office.js's CDN, no eval", function () {
    for (const name of ["taskpane.html", "commands.html"]) {
      const policy = csp(page(name));
      assert.deepEqual(policy.get("default-src"), ["'self'"], name);
      assert.deepEqual(policy.get("script-src"), ["'self'", CDN_ORIGIN], name);
      assert.deepEqual(policy.get("style-src"), ["'self'", "'unsafe-inline'"], name);
      assert.deepEqual(policy.get("object-src"), ["'none'"], name);
      // No inline script in the page itself.
      assert.doesNotMatch(
        page(name).replace(/<script\b[^>]*\bsrc=[^>]*><\/script>/g, ""),
        /<script/
      );
    }
    for (const name of ["preview.html", "preview-pane.html"]) {
      const policy = csp(page(name));
      assert.deepEqual(policy.get("script-src"), ["'self'"], name);
      assert.doesNotMatch(
        page(name),
        /https?:\/\/(?!www\.w3\.org)/,
        `${name} names an external origin`
      );
    }
    for (const bundle of [
      "vendor.js",
      "taskpane.js",
      "commands.js",
      "preview.js",
      "office-standin.js",
    ]) {
      const code = page(bundle);
      assert.doesNotMatch(code, /\beval\(/, `${bundle} uses eval`);
      // webpack's globalThis fallback (never reached in browsers with globalThis) is the only Function().
      const functions = code.match(/new Function\([^)]*\)/g) ?? [];
      assert.ok(
        functions.every((f) => f === 'new Function("return this")'),
        `${bundle}: ${functions}`
      );
    }
  });

  it("the pane and the preview never write raw HTML (user text is shown as text)", function () {
    const sources = ["taskpane", "preview", "commands"].flatMap((folder) =>
      readdirSync(join(dist, "..", "src", folder), { recursive: true, encoding: "utf8" })
        .filter((f) => /\.(tsx?|html)$/.test(f))
        .map((f) => join(dist, "..", "src", folder, f))
    );
    assert.ok(sources.length > 10);
    for (const file of sources) {
      const text = readFileSync(file, "utf8");
      assert.doesNotMatch(
        text,
        /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/,
        file
      );
    }
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

  it("builds the preview page with the sample workbook inside and no exceljs", function () {
    const preview = page("preview.js");
    assert.match(preview, /9月/);
    assert.match(preview, /10月/);
    assert.doesNotMatch(preview, /exceljs/i);
    assert.ok(statSync(join(dist, "preview.js")).size < 400 * 1024, "preview.js is too big");
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
