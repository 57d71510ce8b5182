/**
 * Rewrites the models of test/xlsx/writer-reference/*.json.gz from their stored specs with the
 * current writer, after a deliberate change of the output (the specs stay as recorded).
 *   npx tsx test/xlsx/regenerate-writer-reference.ts
 * Issue 14 did so once: print setup (centred, footer, print titles, fit to one page wide), column
 * widths from the formatted values, header breaks at word boundaries, the lists' 万元 formats.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { MARKER_PREFIX } from "../../src/core/sheet-marker";
import { appendReportSheets, writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { buildFixture } from "../fixtures/workbooks/generate";
import { reportModel } from "./report-model";

const DIR = join(__dirname, "writer-reference");
const ROOT = join(__dirname, "..", "..");

async function main(): Promise<void> {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith(".json.gz"))) {
    const path = join(DIR, file);
    const reference = JSON.parse(gunzipSync(readFileSync(path)).toString());
    const { specs, lang } = reference;
    if (reference.kind === "out") {
      reference.model = await reportModel(await writeReportWorkbook(specs, { lang }));
    } else {
      const input: string = reference.input;
      const bytes = input.startsWith("fixture:")
        ? await buildFixture(input.slice("fixture:".length) as "messy")
        : readFileSync(join(ROOT, input));
      const out = await appendReportSheets("input.xlsx", bytes, specs, {
        lang,
        outFile: "out.xlsx",
      });
      const names = reference.model.sheets.map((s: { name: string }) => s.name);
      const model = await reportModel(out, names);
      model.properties = model.properties.filter(([name]) => name.startsWith(MARKER_PREFIX));
      model.creator = null;
      reference.model = model;
    }
    writeFileSync(path, gzipSync(JSON.stringify(JSON.parse(JSON.stringify(reference)))));
    process.stdout.write(`${file}\n`);
  }
}

void main();
