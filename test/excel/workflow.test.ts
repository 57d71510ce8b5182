import assert from "node:assert/strict";
import {
  annotateLedger,
  clearAnnotations,
  configureExcelAdapter,
  insertSummarySheets,
  loadSettings,
  reconcileSheets,
  runCheckInWorkbook,
  saveSettings,
  selectProject,
} from "../../src/excel";
import { ANNOTATIONS_SETTING } from "../../src/excel/annotate";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { hostFromXlsx } from "../fake-excel/load-xlsx";
import { CHUNK_CELLS } from "../../src/excel/read-grid";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/payload";
import { LEDGER_COLUMNS, LEDGER_PREAMBLE_ROWS } from "../fake-excel/generate-ledger";
import { ledgerHost, syncsOf, usingHost } from "./helpers";

const SAMPLE = "samples/county-2024-m09.xlsx";

describe("excel adapter: check, summaries and annotations in the workbook", () => {
  for (const projects of [1_000, 10_000, 100_000]) {
    it(`check + all summary sheets on a ${projects.toLocaleString("en")}-row ledger: bounded syncs, ledger unchanged`, async function () {
      this.timeout(180_000);
      const host = ledgerHost(projects);
      const before = host.snapshot("台账");
      await usingHost(host, async () => {
        let checked: Awaited<ReturnType<typeof runCheckInWorkbook>> | undefined;
        const check = await syncsOf(host, async () => (checked = await runCheckInWorkbook()));
        const maxRead = host.maxResponseBytes;
        const report = checked!.report;
        const insert = await syncsOf(host, () => insertSummarySheets(report, { lang: "zh-CN" }));
        const sheets = host.sheetNames.length - 1;
        process.stdout.write(
          `      ${projects} rows: check ${check} syncs (largest response ${(maxRead / 1e6).toFixed(2)} MB), ` +
            `${sheets} summary sheets ${insert} syncs (largest request ${(host.maxRequestBytes / 1e6).toFixed(2)} MB)\n`
        );
        // Settings, the used range, then one sync per chunk of CHUNK_CELLS cells.
        const rows = projects + LEDGER_PREAMBLE_ROWS + 5;
        assert.equal(check, 2 + Math.ceil(rows / Math.floor(CHUNK_CELLS / LEDGER_COLUMNS)));
        // Existing sheets, the write batches (each filled to the request budget), the swap.
        const writeBatches = host.syncs.slice(-insert + 1, -1);
        const written = writeBatches.reduce((sum, s) => sum + s.requestBytes, 0);
        assert.equal(insert, 2 + writeBatches.length);
        assert.ok(
          writeBatches.length <= Math.ceil(written / (REQUEST_BUDGET_BYTES / 2)) + 1,
          `${writeBatches.length} write syncs for ${written} bytes`
        );
        assert.ok(
          host.maxRequestBytes < 5 * 1024 * 1024 && host.maxResponseBytes < 5 * 1024 * 1024
        );
        assert.ok(host.syncs.every((s) => s.error === null));
      });
      assert.deepEqual(host.snapshot("台账"), before);
    });
  }

  it("annotates the sample ledger without changing any typed cell, and one action removes everything", async () => {
    const host = await hostFromXlsx(SAMPLE);
    const before = host.snapshot("9月");
    const area = host.sheet("9月").usedArea(false)!;
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook({ check: { month: 9 } });
      const annotateSyncs = await syncsOf(host, () => annotateLedger(report));
      assert.ok(annotateSyncs <= 3, `annotate took ${annotateSyncs} syncs`);
      assert.deepEqual(host.snapshot("9月", area), before, "typed cells unchanged");
      const sheet = host.sheet("9月");
      assert.equal(report.projects.length, 120);
      assert.equal(sheet.conditionalFormats.length, 2);
      assert.match(
        sheet.conditionalFormats[0].formula ?? "",
        /^=AND\(N\("taizhang"\)=0,ISNUMBER\(\$O\d+\)/
      );
      assert.ok(host.state.settings.has(ANNOTATIONS_SETTING));
      const marks = report.projects.map((p) => sheet.getValue(p.row.sheetRow - 1, 13));
      assert.ok(
        marks.every((m) => typeof m === "string" && m.length > 0),
        "every project has a status mark in column N"
      );
      // Re-annotating replaces rather than adds.
      await annotateLedger(report);
      assert.equal(sheet.conditionalFormats.length, 2);
      sheet.conditionalFormats.push({
        id: "user",
        area: { top: 5, left: 0, bottom: 9, right: 3 },
        type: "Custom",
        formula: "=A6>0",
        fill: "#00FF00",
        fontColor: null,
      });
      const clearSyncs = await syncsOf(host, async () =>
        assert.equal(await clearAnnotations(), true)
      );
      assert.ok(clearSyncs <= 5, `clear took ${clearSyncs} syncs`);
      assert.deepEqual(
        sheet.conditionalFormats.map((f) => f.id),
        ["user"],
        "the user's own conditional format stays"
      );
      assert.equal(await clearAnnotations(), false);
    });
    assert.deepEqual(host.snapshot("9月"), before, "the whole sheet is as before");
  });

  it("keeps a value the user typed into the mark column after annotating", async () => {
    const host = ledgerHost(50);
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook();
      await annotateLedger(report);
      const sheet = host.sheet("台账");
      const markCol = 12;
      sheet.setTyped(10, markCol, "我的备注");
      await clearAnnotations();
      assert.equal(sheet.getValue(10, markCol), "我的备注");
      for (let r = 0; r < 60; r++)
        if (r !== 10) assert.equal(sheet.getValue(r, markCol), undefined);
    });
  });

  it("explains a protected ledger sheet in both languages", async () => {
    const host = ledgerHost(20);
    host.sheet("台账").protected = true;
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook();
      await assert.rejects(
        annotateLedger(report),
        (e: { code?: string; text?: Record<string, string> }) => {
          assert.equal(e.code, "excel.sheet-protected");
          assert.match(e.text?.["zh-CN"] ?? "", /工作表“台账”受保护/);
          assert.match(e.text?.en ?? "", /sheet "台账" is protected/);
          return true;
        }
      );
    });
  });

  it("selects a project's row on its sheet in one sync", async () => {
    const host = ledgerHost(10);
    host.addSheet("其他");
    host.activate("其他");
    const syncs = await syncsOf(host, () => usingHost(host, () => selectProject("台账", 8)));
    assert.equal(syncs, 1);
    assert.equal(host.state.activeSheetId, host.sheet("台账").id);
    assert.deepEqual(host.state.selection, { sheetId: host.sheet("台账").id, address: "A8:XFD8" });
  });

  it("remembers options per workbook and uses them in the next check", async () => {
    const host = ledgerHost(30);
    await usingHost(host, async () => {
      assert.deepEqual(await loadSettings(), {});
      await saveSettings({
        ledgerSheet: "台账",
        month: 6,
        rules: { thresholdCNY: 5000 },
        lang: "en",
      });
      assert.deepEqual(await loadSettings(), {
        ledgerSheet: "台账",
        month: 6,
        rules: { thresholdCNY: 5000 },
        lang: "en",
      });
      const { report } = await runCheckInWorkbook();
      assert.equal(report.rules.thresholdCNY, 5000);
      assert.equal(report.period.month, 6);
    });
  });

  it("reconciles two sheets of the workbook and writes one reconciliation sheet, replaced on re-run", async () => {
    const host = ledgerHost(40);
    addGridSheet(host, generateLedgerGrid(45, "7月"));
    await usingHost(host, async () => {
      const first = await reconcileSheets("台账", "7月", { lang: "zh-CN" });
      await reconcileSheets("台账", "7月", { lang: "zh-CN" });
      assert.equal(first.sheets.length, 1);
      assert.equal(host.sheetNames.length, 3);
      assert.equal(host.sheetNames[2], first.sheets[0].name);
    });
  });

  it("time-boxes a sync that never answers with a clear message", async () => {
    const host = ledgerHost(10, { hangAtSync: 2 });
    configureExcelAdapter({ syncTimeoutMs: 50 });
    try {
      await usingHost(host, () =>
        assert.rejects(
          runCheckInWorkbook(),
          (e: { code?: string; text?: Record<string, string> }) =>
            e.code === "excel.timeout" && /没有响应/.test(e.text?.["zh-CN"] ?? "")
        )
      );
    } finally {
      configureExcelAdapter({ syncTimeoutMs: 60_000 });
    }
  });
});
