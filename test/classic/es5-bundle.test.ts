/**
 * The classic pane must run in Internet Explorer 11:
 *  - dist/classic.js parses as ECMAScript 5 (acorn also rejects regex flags and syntax newer
 *    than ES5 in literals);
 *  - every ES2015+ library feature used by the code it bundles (src/core, src/excel,
 *    src/taskpane-classic) has its polyfill imported by src/taskpane-classic/polyfills.ts, and
 *    nothing unpolyfillable (Proxy, BigInt, new RegExp flags, Intl beyond IE11's) is used.
 * Assumes `npm run build` ran first (scripts/run-tests.mjs does that).
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { parse } from "acorn";
import ts from "typescript";

const root = resolve(__dirname, "..", "..");
const bundlePath = join(root, "dist", "classic.js");
const BUNDLED_DIRS = ["src/core", "src/excel", "src/taskpane-classic"];
/** About 100 KB gzip today (engine + adapter + core-js); alarm well before it grows by half. */
const GZIP_BUDGET = 150 * 1024;

/** Instance methods (called as x.name(...)) → the core-js entries that provide them. */
const METHOD_POLYFILLS: Record<string, string[]> = {
  includes: ["core-js/es/array/includes", "core-js/es/string/includes"],
  find: ["core-js/es/array/find"],
  findIndex: ["core-js/es/array/find-index"],
  findLast: ["core-js/es/array/find-last"],
  findLastIndex: ["core-js/es/array/find-last-index"],
  fill: ["core-js/es/array/fill"],
  flat: ["core-js/es/array/flat"],
  flatMap: ["core-js/es/array/flat-map"],
  copyWithin: ["core-js/es/array/copy-within"],
  at: ["core-js/es/array/at", "core-js/es/string/at"],
  toSorted: ["core-js/es/array/to-sorted"],
  toReversed: ["core-js/es/array/to-reversed"],
  entries: ["core-js/es/array/iterator", "core-js/es/map", "core-js/es/set"],
  keys: ["core-js/es/array/iterator", "core-js/es/map", "core-js/es/set"],
  values: ["core-js/es/array/iterator", "core-js/es/map", "core-js/es/set"],
  startsWith: ["core-js/es/string/starts-with"],
  endsWith: ["core-js/es/string/ends-with"],
  padStart: ["core-js/es/string/pad-start"],
  padEnd: ["core-js/es/string/pad-end"],
  repeat: ["core-js/es/string/repeat"],
  trimStart: ["core-js/es/string/trim-start"],
  trimEnd: ["core-js/es/string/trim-end"],
  matchAll: ["core-js/es/string/match-all"],
  replaceAll: ["core-js/es/string/replace-all"],
  codePointAt: ["core-js/es/string/code-point-at"],
  finally: ["core-js/es/promise"],
};

/** Static members (Owner.name) → their core-js entries. */
const STATIC_POLYFILLS: Record<string, Record<string, string>> = {
  Object: {
    assign: "core-js/es/object/assign",
    entries: "core-js/es/object/entries",
    values: "core-js/es/object/values",
    fromEntries: "core-js/es/object/from-entries",
    is: "core-js/es/object/is",
    getOwnPropertySymbols: "core-js/es/symbol",
    hasOwn: "core-js/es/object/has-own",
    groupBy: "core-js/es/object/group-by",
  },
  Array: { from: "core-js/es/array/from", of: "core-js/es/array/of" },
  String: { fromCodePoint: "core-js/es/string/from-code-point", raw: "core-js/es/string/raw" },
  Number: {
    isFinite: "core-js/es/number/is-finite",
    isInteger: "core-js/es/number/is-integer",
    isNaN: "core-js/es/number/is-nan",
    isSafeInteger: "core-js/es/number/is-safe-integer",
    parseFloat: "core-js/es/number/parse-float",
    parseInt: "core-js/es/number/parse-int",
    EPSILON: "core-js/es/number/epsilon",
    MAX_SAFE_INTEGER: "core-js/es/number/max-safe-integer",
    MIN_SAFE_INTEGER: "core-js/es/number/min-safe-integer",
  },
  Math: {
    sign: "core-js/es/math/sign",
    trunc: "core-js/es/math/trunc",
    log10: "core-js/es/math/log10",
    log2: "core-js/es/math/log2",
    hypot: "core-js/es/math/hypot",
    cbrt: "core-js/es/math/cbrt",
  },
  Promise: {
    allSettled: "core-js/es/promise",
    any: "core-js/es/promise",
  },
};

/** Globals → their core-js entry, or null when nothing can make them work in IE11. */
const GLOBALS: Record<string, string | null> = {
  Promise: "core-js/es/promise",
  Map: "core-js/es/map",
  Set: "core-js/es/set",
  WeakMap: "core-js/es/weak-map",
  WeakSet: "core-js/es/weak-set",
  Symbol: "core-js/es/symbol",
  Reflect: "core-js/es/reflect",
  globalThis: "core-js/es/global-this",
  Proxy: null,
  BigInt: null,
  TextEncoder: null,
  TextDecoder: null,
  structuredClone: null,
  queueMicrotask: null,
  fetch: null,
};
/** Intl in IE11 is ECMA-402 1.0: Collator, NumberFormat, DateTimeFormat only. */
const IE11_INTL = new Set(["Collator", "NumberFormat", "DateTimeFormat"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

interface Use {
  need: string | null;
  what: string;
  where: string;
}

/** Every ES2015+ library use in a file, with the polyfill it needs (null: none exists). */
function libraryUses(path: string): Use[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const uses: Use[] = [];
  const where = (node: ts.Node) =>
    `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const owner = ts.isIdentifier(node.expression) ? node.expression.text : null;
      const member = node.name.text;
      const statics = owner ? STATIC_POLYFILLS[owner] : undefined;
      if (statics && member in statics)
        uses.push({ need: statics[member], what: `${owner}.${member}`, where: where(node) });
      else if (owner === "Intl" && !IE11_INTL.has(member))
        uses.push({ need: null, what: `Intl.${member}`, where: where(node) });
      else if (!statics && ts.isCallExpression(node.parent) && node.parent.expression === node) {
        for (const need of METHOD_POLYFILLS[member] ?? [])
          uses.push({ need, what: `.${member}()`, where: where(node) });
        if (member === "normalize")
          uses.push({ need: "installNormalize", what: ".normalize()", where: where(node) });
      }
    } else if (ts.isIdentifier(node) && node.text in GLOBALS && isValueReference(node)) {
      uses.push({ need: GLOBALS[node.text], what: node.text, where: where(node) });
    } else if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file);
      const flags = literal.slice(literal.lastIndexOf("/") + 1);
      if (/[^gim]/.test(flags) || /\(\?<[=!a-zA-Z]|\\[pP]\{/.test(literal))
        uses.push({ need: null, what: `regex ${literal}`, where: where(node) });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === "RegExp" &&
      node.arguments &&
      node.arguments.length > 1
    ) {
      uses.push({ need: null, what: "new RegExp(…, flags)", where: where(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

/** An identifier used as a value (not a type, a property name or a declaration's name). */
function isValueReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isTypeReferenceNode(parent) || ts.isExpressionWithTypeArguments(parent)) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node)
    return false;
  if (ts.isQualifiedName(parent) || ts.isImportSpecifier(parent)) return false;
  let up: ts.Node | undefined = parent;
  while (up) {
    if (ts.isTypeNode(up)) return false;
    up = up.parent;
  }
  return true;
}

describe("classic pane: ES5 for Internet Explorer 11", function () {
  it("dist/classic.js parses as ECMAScript 5 and stays within its size budget", function () {
    assert.ok(existsSync(bundlePath), "dist/classic.js is missing: run `npm run build` first");
    const code = readFileSync(bundlePath, "utf8");
    assert.doesNotThrow(() => parse(code, { ecmaVersion: 5, sourceType: "script" }));
    // Sanity: the same parser rejects ES2015 syntax, so the check above can fail.
    assert.throws(() => parse("var f = (a) => a;", { ecmaVersion: 5 }));
    assert.throws(() => parse("var r = /x/u;", { ecmaVersion: 5 }));
    const gzip = gzipSync(code).length;
    assert.ok(gzip < GZIP_BUDGET, `classic.js is ${gzip} bytes gzip`);
    // The workflow is really in it, not the old placeholder message.
    assert.match(code, /开始检查/);
    assert.match(code, /execCommand/);
  });

  it("every ES2015+ library feature the bundled code uses is polyfilled, and none is unpolyfillable", function () {
    const polyfills = readFileSync(join(root, "src/taskpane-classic/polyfills.ts"), "utf8");
    const imported = new Set([...polyfills.matchAll(/^import "([^"]+)";/gm)].map((m) => m[1]));
    if (/installNormalize\(\)/.test(polyfills)) imported.add("installNormalize");
    const uses = BUNDLED_DIRS.flatMap((dir) => sourceFiles(join(root, dir))).flatMap(libraryUses);
    assert.ok(uses.length > 50, `only ${uses.length} uses found: is the scanner working?`);
    const impossible = uses.filter((u) => u.need === null).map((u) => `${u.what} at ${u.where}`);
    assert.deepEqual(impossible, [], "features IE11 cannot get from a polyfill");
    const missing = [
      ...new Set(
        uses
          .filter((u) => u.need !== null && !imported.has(u.need))
          .map((u) => `${u.need} (${u.what} at ${u.where})`)
      ),
    ];
    assert.deepEqual(missing, [], "add these to src/taskpane-classic/polyfills.ts");
  });
});
