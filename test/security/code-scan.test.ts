/**
 * Static security checks: no dynamic code (eval, new Function, string timers) and no raw HTML
 * injection (dangerouslySetInnerHTML, innerHTML/outerHTML assignment, insertAdjacentHTML,
 * document.write) in src/; no eval in the built bundles (webpack's devtool must not use eval,
 * so the pane runs under a CSP without 'unsafe-eval'); the production manifest asks for
 * ReadWriteDocument only.
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

function filesUnder(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(name) ? [path] : [];
  });
}

/** Source text without comments, so a comment that names eval does not count. */
function codeOf(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

const SOURCE_RULES: { what: string; pattern: RegExp }[] = [
  { what: "eval", pattern: /(^|[^.\w$])eval\s*\(/ },
  { what: "new Function", pattern: /\bnew\s+Function\s*\(|(^|[^.\w$])Function\s*\(\s*["'`]/ },
  { what: "string timer", pattern: /\bset(Timeout|Interval)\s*\(\s*["'`]/ },
  { what: "dangerouslySetInnerHTML", pattern: /dangerouslySetInnerHTML/ },
  { what: "innerHTML/outerHTML assignment", pattern: /\.(inner|outer)HTML\s*\+?=(?!=)/ },
  { what: "insertAdjacentHTML", pattern: /insertAdjacentHTML\s*\(/ },
  { what: "document.write", pattern: /document\.write(ln)?\s*\(/ },
];

/**
 * The only Function constructor allowed in bundles: the global-object fallback of webpack's
 * runtime and core-js (`Function("return this")()`, inside try/catch, reached only where
 * globalThis is missing). It is blocked by a CSP without 'unsafe-eval' and then falls back.
 */
const GLOBAL_FALLBACK = /(new\s+)?Function\(\s*["']return this["']\s*\)/g;

describe("security: no dynamic code or raw HTML", () => {
  it("src/ holds no eval, new Function, string timers or raw HTML injection", () => {
    const files = filesUnder(join(ROOT, "src"), /\.(ts|tsx|js|mjs|cjs|html)$/);
    assert.ok(files.length > 50, `${files.length} source files scanned`);
    const hits: string[] = [];
    for (const file of files) {
      const lines = codeOf(readFileSync(file, "utf8")).split("\n");
      lines.forEach((line, i) => {
        for (const rule of SOURCE_RULES)
          if (rule.pattern.test(line))
            hits.push(
              `${relative(ROOT, file)}:${i + 1} ${rule.what}: ${line.trim().slice(0, 100)}`
            );
      });
    }
    assert.deepEqual(hits, []);
  });

  it("the scan itself finds what it looks for", () => {
    const sample = [
      "eval(text)",
      'new Function("a", body)',
      "setTimeout('alert(1)', 0)",
      "<div dangerouslySetInnerHTML={{ __html: x }} />",
      "node.innerHTML = name",
      "el.insertAdjacentHTML('beforeend', x)",
      "document.write(x)",
    ];
    sample.forEach((line, i) => assert.ok(SOURCE_RULES[i].pattern.test(line), line));
    assert.equal(
      SOURCE_RULES.some((r) => r.pattern.test("x.evaluate(a); // eval(b)".split("//")[0])),
      false
    );
  });

  it("the built bundles (dist/*.js) call no eval and build no code from strings", function () {
    const bundles = filesUnder(join(ROOT, "dist"), /\.js$/);
    if (bundles.length === 0) this.skip(); // run npm run build first (npm test does)
    const hits: string[] = [];
    for (const file of bundles) {
      const text = readFileSync(file, "utf8");
      if (/(^|[^.\w$])eval\s*\(/.test(text)) hits.push(`${relative(ROOT, file)}: eval(`);
      if (/\/\/# sourceURL=webpack/.test(text)) hits.push(`${relative(ROOT, file)}: eval devtool`);
      const functions = (text.match(/(^|[^.\w$])(new\s+)?Function\s*\(/g) ?? []).length;
      const allowed = (text.match(GLOBAL_FALLBACK) ?? []).length;
      if (functions > allowed)
        hits.push(`${relative(ROOT, file)}: ${functions - allowed} Function constructor call(s)`);
    }
    assert.deepEqual(hits, []);
  });

  it("the manifests ask for ReadWriteDocument and nothing more", function () {
    const manifests = [join(ROOT, "manifest.xml"), join(ROOT, "dist", "manifest.xml")].filter(
      existsSync
    );
    assert.ok(manifests.length >= 1);
    for (const file of manifests) {
      const xml = readFileSync(file, "utf8");
      const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map(
        (m) => m[1]
      );
      assert.deepEqual(permissions, ["ReadWriteDocument"], relative(ROOT, file));
    }
  });
});
