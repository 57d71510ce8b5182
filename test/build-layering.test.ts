/**
 * The layering rule of `npm run lint` (scripts/eslint/layering.mjs) refuses each kind of
 * crossing, and the tree as it stands has none.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { ESLint } from "eslint";

const ROOT = join(__dirname, "..");

async function layeringMessages(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === "layering/imports").map((m) => m.message);
}

describe("layering: what src/ may import", function () {
  this.timeout(60_000);
  const cases: Array<[string, string, RegExp | null]> = [
    ["src/core/x.ts", 'import { readFileSync } from "node:fs";\n', /pure/],
    ["src/core/x.ts", 'import { Host } from "../app/host";\n', /outside src\/core/],
    ["src/core/reader/x.ts", 'import { runCheck } from "../check";\n', null],
    ["src/cli/x.ts", 'import { rowRoles } from "../core/reader/rows";\n', /src\/core\/index/],
    ["src/cli/x.ts", 'import { readLedger } from "../core/index";\n', null],
    ["src/cli/x.ts", 'import { errorReport } from "../core/start";\n', null],
    ["src/preview/x.ts", 'import { fake } from "../../test/fake-excel/index";\n', /test\//],
    ["src/app/x.ts", 'import { ExcelHost } from "../excel/host";\n', /host-free/],
    ["src/app/x.ts", 'import React from "react";\n', /host-free/],
    ["src/app/x.ts", 'import { runCheck } from "../core/index";\n', null],
    ["src/excel/x.ts", 'export { runCheck } from "../core/check";\n', /src\/core\/index/],
  ];
  for (const [file, code, expected] of cases) {
    it(`${file}: ${code.trim()} → ${expected ? "refused" : "allowed"}`, async () => {
      const messages = await layeringMessages(file, code);
      if (expected === null) assert.deepEqual(messages, []);
      else assert.ok(messages.length === 1 && expected.test(messages[0]), messages.join(" | "));
    });
  }

  it("src/ has no crossing today", async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(["src/**/*.{ts,tsx}"]);
    const crossings = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === "layering/imports")
        .map((m) => `${r.filePath}:${m.line} ${m.message}`)
    );
    assert.deepEqual(crossings, []);
  });
});
