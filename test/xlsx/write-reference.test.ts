/**
 * The direct writer gives the workbooks the exceljs writer gave, as a user sees them. Each file
 * in writer-reference/ holds the sheet specs of one report the CLI wrote (samples, fixtures,
 * hostile cases; --out and --append) and the model (test/xlsx/report-model.ts) of the workbook
 * the exceljs-based writer made of them, recorded before that writer was replaced (commit
 * 84d5014). The specs are stored, not recomputed, so reader and engine changes do not move it.
 * Issue 14 changed the output on purpose in every sheet (print setup: centred, page footer, print
 * titles, one page wide; widths from the formatted values; header breaks at word boundaries; the
 * lists' 万元 formats): the models were regenerated from the same specs with
 * test/xlsx/regenerate-writer-reference.ts, and now also hold the print titles and the footer.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { MARKER_PREFIX } from "../../src/core/sheet-marker";
import type { SheetSpec } from "../../src/core/sheet-spec";
import type { Lang } from "../../src/core/types";
import { appendReportSheets, writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { buildFixture } from "../fixtures/workbooks/generate";
import { reportModel, type ReportModel } from "./report-model";

interface Reference {
  kind: "out" | "append";
  lang: Lang;
  specs: SheetSpec[];
  model: ReportModel;
  /** --append: the input workbook ("fixture:NAME" or a path from the repository root). */
  input?: string;
}

const DIR = join(__dirname, "writer-reference");
const ROOT = join(__dirname, "..", "..");

async function inputOf(reference: Reference): Promise<Buffer> {
  const input = reference.input!;
  return input.startsWith("fixture:")
    ? buildFixture(input.slice("fixture:".length) as "messy")
    : readFileSync(join(ROOT, input));
}

/**
 * The band condition of the references (`AND(ISNUMBER(G6),G6<=-10,G6>-30)` from exceljs, or
 * `AND(ISNUMBER(G6),-G6>=10,-G6<30)`) as every writer now writes it, on the value as shown:
 * `AND(ISNUMBER(G6),-ROUND(G6,2)>=10,-ROUND(G6,2)<30)` (the statuses are decided the same way).
 */
function bandsInOneAlgebra(model: ReportModel): ReportModel {
  const shown = (cell: string, min: string, max?: string) =>
    `AND(ISNUMBER(${cell}),-ROUND(${cell},2)>=${min}${max === undefined ? "" : `,-ROUND(${cell},2)<${max}`})`;
  const text = JSON.stringify(model)
    .replace(/AND\(ISNUMBER\(([A-Z]+\d+)\),\1<=-([\d.]+)(?:,\1>-([\d.]+))?\)/g, (_, c, a, b) =>
      shown(c, a, b)
    )
    .replace(/AND\(ISNUMBER\(([A-Z]+\d+)\),-\1>=([\d.]+)(?:,-\1<([\d.]+))?\)/g, (_, c, a, b) =>
      shown(c, a, b)
    );
  return JSON.parse(text) as ReportModel;
}

describe("xlsx: the direct writer matches the exceljs writer's workbooks", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json.gz"));

  it("has references for --out and --append, both languages", () => {
    const refs = files.map(
      (f) => JSON.parse(gunzipSync(readFileSync(join(DIR, f))).toString()) as Reference
    );
    assert.ok(files.length >= 20, `${files.length} references`);
    assert.ok(refs.some((r) => r.kind === "append"));
    assert.ok(refs.some((r) => r.lang === "en"));
    assert.ok(refs.some((r) => r.model.sheets.some((s) => s.chart !== null)));
  });

  for (const file of files) {
    it(file.replace(/\.json\.gz$/, ""), async function () {
      this.timeout(30_000);
      const reference = JSON.parse(
        gunzipSync(readFileSync(join(DIR, file))).toString()
      ) as Reference;
      const { specs, lang } = reference;
      let model: ReportModel;
      if (reference.kind === "out")
        model = await reportModel(await writeReportWorkbook(specs, { lang }));
      else {
        const bytes = await appendReportSheets("input.xlsx", await inputOf(reference), specs, {
          lang,
          outFile: "out.xlsx",
        });
        // The appended sheets and their markers only: the user's parts (properties, creator)
        // are now kept as they were, which the package tests check byte for byte.
        model = await reportModel(
          bytes,
          reference.model.sheets.map((s) => s.name)
        );
        model.properties = model.properties.filter(([name]) => name.startsWith(MARKER_PREFIX));
        model.creator = null;
      }
      assert.deepEqual(JSON.parse(JSON.stringify(model)), bandsInOneAlgebra(reference.model));
    });
  }
});
