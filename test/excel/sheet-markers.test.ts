/**
 * One sheet-marker format for both writers (src/core/sheet-marker.ts): a workbook the CLI wrote
 * with --append, opened in Excel, has its report sheets replaced by the add-in (no "(2)"
 * copies), and the add-in's sheets are replaced by a later `--append`.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { markerName } from "../../src/core/sheet-marker";
import { insertSummarySheets, runCheckInWorkbook } from "../../src/excel";
import { OWN_SHEETS_SETTING } from "../../src/excel/own-sheets";
import { listWorksheetsIn } from "../../src/excel/workbook-sheets";
import { withExcel } from "../../src/excel/session";
import { readSheetMarkers } from "../../src/xlsx/sheet-marker";
import { packageOf } from "../../src/xlsx/writer/package";
import { runCli } from "../cli/run-cli";
import { hostFromXlsx } from "../fake-excel/load-xlsx";
import { saveHostAsXlsx } from "../fake-excel/save-xlsx";
import { FakeExcelHost } from "../fake-excel/host";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { usingHost } from "./helpers";

/** Sheets this ledger's report has at least (empty lists are not written; all that are, are marked). */
const REPORT_SHEETS = ["汇总-行业", "滞后项目", "超进度项目"];

async function markersOf(bytes: Buffer): Promise<Map<string, string>> {
  return readSheetMarkers(packageOf(bytes));
}

function hasCopies(names: string[]): boolean {
  return names.some((n) => /\(\d+\)$/.test(n));
}

describe("sheet markers shared by the CLI and the add-in", function () {
  this.timeout(60_000);
  const dir = mkdtempSync(join(tmpdir(), "tz-markers-"));

  it("a workbook written by the CLI (--append), opened in Excel: the add-in replaces its sheets", async () => {
    const ledger = join(dir, "ledger.xlsx");
    writeFileSync(ledger, await saveHostAsXlsx(hostWithLedger()));
    const appended = join(dir, "appended.xlsx");
    const run = await runCli(["check", ledger, "--append", "--out", appended]);
    assert.equal(run.code, 0, run.stderr);
    const cliMarkers = await markersOf(readFileSync(appended));
    for (const name of REPORT_SHEETS) assert.ok(cliMarkers.has(name), `CLI marked ${name}`);
    const added = (await hostFromXlsx(appended)).sheetNames.filter((n) => n !== "台账");
    assert.deepEqual(
      [...cliMarkers.keys()].sort(),
      added.sort(),
      "every sheet the CLI added is marked"
    );

    const host = await hostFromXlsx(appended);
    const before = host.sheetNames;
    const idsBefore = host.state.sheets.map((s) => s.id);
    await usingHost(host, async () => {
      const sheets = await withExcel(listWorksheetsIn);
      assert.deepEqual(
        sheets.filter((s) => s.own).map((s) => s.name),
        before.filter((n) => cliMarkers.has(n)),
        "the pane lists the CLI's sheets as the add-in's own"
      );
      const { report } = await runCheckInWorkbook({ sheetName: "台账" });
      await insertSummarySheets(report, { lang: "zh-CN" });
    });
    assert.equal(hasCopies(host.sheetNames), false, host.sheetNames.join(","));
    assert.deepEqual([...host.sheetNames].sort(), [...before].sort(), "same sheets, replaced");
    const replaced = host.state.sheets.filter((s) => s.name !== "台账");
    assert.ok(
      replaced.every((s) => !idsBefore.includes(s.id)),
      "every report sheet is new"
    );
    assert.equal(host.sheet("台账").id, idsBefore[0], "the ledger sheet is kept");
    for (const s of replaced)
      assert.equal(host.customProperties.get(markerName(s.name)), cliMarkers.get(s.name));
  });

  it("sheets the add-in wrote are replaced by a later CLI --append (markers written by the add-in)", async () => {
    const host = hostWithLedger();
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook({ sheetName: "台账" });
      await insertSummarySheets(report, { lang: "zh-CN" });
    });
    const written = host.sheetNames.filter((n) => n !== "台账");
    for (const name of written)
      assert.match(
        String(host.customProperties.get(markerName(name))),
        /^(summary|list|letter):|^letters$/
      );
    const saved = join(dir, "from-excel.xlsx");
    writeFileSync(saved, await saveHostAsXlsx(host));

    const out = join(dir, "rerun.xlsx");
    const run = await runCli(["check", saved, "--append", "--out", out]);
    assert.equal(run.code, 0, run.stderr);
    const markers = await markersOf(readFileSync(out));
    assert.deepEqual([...markers.keys()].sort(), [...written].sort());
    const zip = await JSZip.loadAsync(readFileSync(out));
    const names = [
      ...(await zip.file("xl/workbook.xml")!.async("string")).matchAll(
        /<sheet [^>]*name="([^"]*)"/g
      ),
    ].map((m) => m[1]);
    assert.equal(hasCopies(names), false, names.join(","));
    assert.deepEqual([...names].sort(), [...host.sheetNames].sort());
  });

  it("a user's sheet named like ours, without a marker, is never replaced", async () => {
    const host = hostWithLedger();
    const mine = host.addSheet("滞后项目");
    mine.values[0] = ["我的表"];
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook({ sheetName: "台账" });
      await insertSummarySheets(report, { lang: "zh-CN" });
    });
    assert.equal(host.sheet("滞后项目").id, mine.id);
    assert.deepEqual(host.sheet("滞后项目").values[0], ["我的表"]);
    assert.ok(host.sheetNames.includes("滞后项目 (2)"));
    assert.equal(host.customProperties.has(markerName("滞后项目")), false);
    assert.equal(host.customProperties.get(markerName("滞后项目 (2)")), "list:behind");
  });

  it("markers of sheets the user deleted are dropped on the next run; the id registry stays in step", async () => {
    const host = hostWithLedger();
    host.setCustomProperty(markerName("旧汇总"), "summary:sector");
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook({ sheetName: "台账" });
      await insertSummarySheets(report, { lang: "zh-CN" });
    });
    assert.equal(host.customProperties.has(markerName("旧汇总")), false);
    const registry = host.state.settings.get(OWN_SHEETS_SETTING) as { id: string }[];
    assert.deepEqual(
      registry.map((r) => r.id).sort(),
      host.state.sheets
        .filter((s) => s.name !== "台账")
        .map((s) => s.id)
        .sort()
    );
  });
});

function hostWithLedger(): FakeExcelHost {
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(30));
  return host;
}
