/**
 * Every output a performance change must leave identical, written to a folder for a before/after
 * `diff -r`: ledgers, reports, sheet specs and layouts (both languages) of generated ledgers, the
 * JSON report, the grids the .xlsx reader makes of the fixture workbooks and the hostile corpus,
 * and the CLI's report workbooks (what a user sees of them: see workbookModel).
 *   npx tsx bench/output-snapshot.ts /tmp/before   … change …   npx tsx bench/output-snapshot.ts /tmp/after
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { runCheck } from "../src/core/check";
import { readLedger } from "../src/core/reader/index";
import { DEFAULT_RULES } from "../src/core/rules/presets";
import { layoutSheet } from "../src/core/sheet-spec";
import { buildOutputSheets } from "../src/core/summaries";
import { reportJson } from "../src/cli/json-report";
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { addGridSheet } from "../test/fake-excel/grid-fill";
import { FakeExcelHost } from "../test/fake-excel/host";
import { saveHostAsXlsx } from "../test/fake-excel/save-xlsx";
import { readWorkbookGridsFromBuffer } from "../src/xlsx/read-grid";
import { writeFixtures } from "../test/fixtures/workbooks/generate";
import { writeCorpus } from "../test/hostile/corpus";
import { main } from "../src/cli/main";
import { reportModel } from "../test/xlsx/report-model";

const ROOT = join(__dirname, "..");
const out = resolve(process.argv[2]);
mkdirSync(out, { recursive: true });
const put = (name: string, v: unknown) =>
  writeFileSync(join(out, name), typeof v === "string" ? v : JSON.stringify(v, null, 1));

/**
 * A report workbook as a user sees it (cells, styles, merges, widths, views, conditional formats,
 * chart; test/xlsx/report-model.ts): the bytes of the parts are not compared, so two writers that
 * give the same workbook give the same snapshot. After --append, only the sheets we added.
 */
async function workbookModel(bytes: Buffer, onlyOurs = false): Promise<unknown> {
  const all = await reportModel(bytes);
  if (!onlyOurs) return all;
  const ours = all.properties.filter(([n]) => n.startsWith("Taizhang:")).map(([n]) => n.slice(9));
  const model = await reportModel(bytes, ours);
  return {
    ...model,
    creator: null,
    properties: model.properties.filter(([n]) => n.startsWith("Taizhang:")),
  };
}

async function run() {
  for (const n of [1000, 10000, 20000]) {
    const grid = generateLedgerGrid(n);
    const ledger = readLedger(grid);
    put(`ledger-${n}.json`, ledger);
    const report = runCheck(ledger, { rules: DEFAULT_RULES });
    put(`report-${n}.json`, report);
    for (const lang of ["zh-CN", "en"] as const) {
      const specs = buildOutputSheets(report, { lang });
      put(`specs-${n}-${lang}.json`, specs);
      put(
        `layouts-${n}-${lang}.json`,
        specs.map((s) => layoutSheet(s))
      );
      put(`json-${n}-${lang}.json`, reportJson(report, { file: "x.xlsx", sheet: "台账" }, lang));
    }
  }
  // The .xlsx reader on the fixture workbooks and the hostile corpus; files are named relative to
  // a temp folder, so messages and keys are the same from one snapshot to the next.
  const dir = mkdtempSync(join(tmpdir(), "tz-snapshot-"));
  process.chdir(dir);
  const fixtures = await writeFixtures(".");
  const corpus = await writeCorpus("corpus");
  for (const sample of ["county-2024-m09.xlsx", "county-2024-m10.xlsx"])
    writeFileSync(sample, readFileSync(join(ROOT, "samples", sample)));
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(3000));
  writeFileSync("gen3000.xlsx", await saveHostAsXlsx(host));
  const files = [
    ...Object.values(fixtures),
    ...corpus.values(),
    "county-2024-m09.xlsx",
    "county-2024-m10.xlsx",
    "gen3000.xlsx",
  ].map((f) => relative(dir, resolve(f)));
  const grids: Record<string, unknown> = {};
  for (const f of files) {
    try {
      grids[f] = await readWorkbookGridsFromBuffer(readFileSync(f), f);
    } catch (e) {
      grids[f] = { error: (e as { text?: { en: string } }).text?.en ?? String(e) };
    }
  }
  put("grids.json", grids);
  // The CLI's outputs: JSON report and report workbook in both languages, and --append.
  const io = { stdout: () => {}, stderr: () => {}, stderrIsTty: false, columns: 80 };
  for (const f of ["gen3000.xlsx", "county-2024-m09.xlsx"]) {
    for (const lang of ["zh-CN", "en"]) {
      const o = `${f}.${lang}.out.xlsx`;
      const j = `${f}.${lang}.json`;
      const code = await main(["check", f, "--out", o, "--json", j, "--lang", lang], io);
      put(`cli-${f}-${lang}.code`, String(code));
      put(`cli-${f}-${lang}.json`, readFileSync(j, "utf8"));
      put(`cli-${f}-${lang}.workbook.json`, await workbookModel(readFileSync(o)));
    }
    const a = `${f}.append.xlsx`;
    const code = await main(["check", f, "--out", a, "--append"], io);
    put(`cli-${f}-append.code`, String(code));
    put(`cli-${f}-append.workbook.json`, await workbookModel(readFileSync(a), true));
  }
  process.chdir(ROOT);
  rmSync(dir, { recursive: true, force: true });
}

run().then(
  () => console.log("done"),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
