/**
 * The task pane's reader (the shared reader with fflate's inflate and the pane's limits, run here
 * in Node) against the CLI's (Node's zlib): the same Grids for the samples, the fixtures and the
 * hostile corpus, and the same refusals with the same messages for files that are not readable.
 */
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Grid } from "../../src/core/types";
import { FileProblem } from "../../src/xlsx/errors";
import { readWorkbookGridsFromBuffer, readXlsInNode } from "../../src/xlsx/read-grid";
import { readWorkbookGridsInBrowser } from "../../src/xlsx/read-grid-browser";
import { inflateWithFflate } from "../../src/xlsx/reader/inflate-fflate";
import { readWorkbookSheets } from "../../src/xlsx/reader/read-workbook";
import { sniffFileKind } from "../../src/xlsx/sniff";
import { PANE_ZIP_LIMITS } from "../../src/xlsx/zip-limits";
import { type FixtureName, badFileBytes, buildFixture } from "../fixtures/workbooks/generate";
import { CORPUS } from "../hostile/corpus";

const SAMPLES = resolve(__dirname, "..", "..", "samples");
const FIXTURES: FixtureName[] = [
  "messy",
  "traditional-yi",
  "previous",
  "current",
  "unit-a",
  "unit-b",
  "values",
  "empty",
  "formula-text",
];

type Outcome = { grids: Grid[] } | { problem: FileProblem };

async function outcome(read: Promise<Grid[]>): Promise<Outcome> {
  try {
    return { grids: await read };
  } catch (error) {
    assert.ok(error instanceof FileProblem, `expected a FileProblem, got ${String(error)}`);
    return { problem: error };
  }
}

// SheetJS is the pane's lazy chunk; in Node it is required (import() finds no .ts file here).
const inBrowser = (bytes: Buffer, file: string) =>
  outcome(readWorkbookGridsInBrowser(new Uint8Array(bytes), file, readXlsInNode));
const inNode = (bytes: Buffer, file: string) => outcome(readWorkbookGridsFromBuffer(bytes, file));

describe("xlsx: the task pane's reader (fflate) against the CLI's (zlib)", function () {
  this.timeout(60_000);

  it("gives the same Grids for both samples and every fixture workbook", async () => {
    const files: [string, Buffer][] = [
      ...readdirSync(SAMPLES)
        .filter((f) => f.endsWith(".xlsx"))
        .map((f): [string, Buffer] => [f, readFileSync(join(SAMPLES, f))]),
      ...(await Promise.all(
        FIXTURES.map(async (f): Promise<[string, Buffer]> => [`${f}.xlsx`, await buildFixture(f)])
      )),
    ];
    assert.equal(files.length, 2 + FIXTURES.length);
    for (const [file, bytes] of files) {
      const browser = await inBrowser(bytes, file);
      assert.deepEqual(browser, await inNode(bytes, file), file);
    }
    // Spot checks that the comparison is not vacuous: merges, hidden rows, formulas, rich text.
    const [messy] = (
      (await inBrowser(await buildFixture("messy"), "messy.xlsx")) as { grids: Grid[] }
    ).grids;
    assert.ok((messy.merges ?? []).length >= 3, "merged title and header");
    assert.ok((messy.hiddenRows ?? []).length >= 1, "a hidden row");
    const [values] = (
      (await inBrowser(await buildFixture("values"), "values.xlsx")) as { grids: Grid[] }
    ).grids;
    assert.deepEqual(values.values[1], [1.5, "富文本", "链接"]);
    assert.deepEqual(values.values[2], [45366, true, "#DIV/0!"]);
    assert.equal(values.formulas?.[3][1], "=B5*2");
  });

  for (const c of CORPUS) {
    it(`hostile corpus: ${c.file} reads or is refused as by the CLI's reader`, async () => {
      const bytes = Buffer.from(await c.make());
      const [browser, node] = [await inBrowser(bytes, c.file), await inNode(bytes, c.file)];
      if ("grids" in node) {
        assert.ok(
          "grids" in browser,
          `refused: ${"problem" in browser && browser.problem.message}`
        );
        assert.deepEqual(browser.grids, node.grids);
        return;
      }
      assert.ok("problem" in browser, "the pane's reader read a file the CLI refuses");
      if (c.file === "zip-bomb.xlsx") {
        // The pane's limits are lower than the CLI's, so the figures in the message differ.
        for (const phrase of [
          "zip-bomb.xlsx：",
          "xl/worksheets/sheet1.xml",
          "压缩炸弹",
          "已拒绝读取",
        ])
          assert.ok(browser.problem.text["zh-CN"].includes(phrase), browser.problem.text["zh-CN"]);
        assert.match(browser.problem.text.en, /zip bomb and was refused/);
      } else {
        assert.deepEqual(browser.problem.text, node.problem.text);
      }
    });
  }

  it("refuses parts over the pane's limits before inflating, naming the part", async () => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLES, "county-2024-m09.xlsx")));
    const withLimits = (limits: typeof PANE_ZIP_LIMITS) =>
      readWorkbookSheets(bytes, "m09.xlsx", {
        inflate: inflateWithFflate,
        limits,
        readXls: readXlsInNode,
      });
    await assert.rejects(
      withLimits({ ...PANE_ZIP_LIMITS, maxEntryBytes: 10_000 }),
      (error: FileProblem) =>
        /^m09\.xlsx：其中的 \S+ 解压后达 .*单个部件 9\.8 KB.*压缩炸弹/.test(error.text["zh-CN"])
    );
    await assert.rejects(
      withLimits({ ...PANE_ZIP_LIMITS, maxTotalBytes: 50_000 }),
      (error: FileProblem) =>
        /^m09\.xlsx: it would inflate to \S+ KB in all, more than can safely be read \(48\.8 KB\)/.test(
          error.text.en
        )
    );
    const [sheet] = await withLimits(PANE_ZIP_LIMITS);
    assert.equal(sheet.sheetName, "9月");
  });

  it("sniffs file kinds on plain bytes as the CLI does on Buffers", () => {
    const samples: Record<string, Buffer> = {
      ...badFileBytes(),
      sample: readFileSync(join(SAMPLES, "county-2024-m10.xlsx")),
      empty: Buffer.alloc(0),
    };
    const kinds = Object.fromEntries(
      Object.entries(samples).map(([name, bytes]) => [name, sniffFileKind(new Uint8Array(bytes))])
    );
    assert.deepEqual(kinds, {
      text: "other",
      xls: "xls",
      encrypted: "encrypted-xlsx",
      "docx-like": "zip",
      sample: "zip",
      empty: "other",
    });
    // The same verdicts on Node Buffers (the CLI's path) as on plain Uint8Arrays (the pane's).
    for (const [name, bytes] of Object.entries(samples))
      assert.equal(kinds[name], sniffFileKind(bytes), name);
  });
});
