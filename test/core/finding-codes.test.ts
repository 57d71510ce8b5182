/** The finding codes are one typed catalogue: every code the sources emit is in it, and each entry is used. */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FINDING_CODES } from "../../src/core/finding-codes";

const SRC = join(__dirname, "..", "..", "src");
const CODE = /["`]((?:read|check|reconcile|consolidate)\.[a-z][a-z-]*)["`]/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !path.endsWith("finding-codes.ts") ? [path] : [];
  });
}

describe("finding codes: one catalogue", () => {
  const used = new Map<string, string>();
  for (const file of sources(SRC))
    for (const match of readFileSync(file, "utf8").matchAll(CODE)) used.set(match[1], file);

  it("lists every code the sources emit", () => {
    const missing = [...used].filter(([code]) => !(code in FINDING_CODES));
    assert.deepEqual(missing, []);
  });

  it("has no entry nothing emits, and a meaning for each", () => {
    const unused = Object.keys(FINDING_CODES).filter((code) => !used.has(code));
    assert.deepEqual(unused, []);
    for (const [code, meaning] of Object.entries(FINDING_CODES))
      assert.ok(meaning.length > 8, `${code} says what it means`);
  });
});
