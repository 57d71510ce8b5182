import assert from "node:assert/strict";
import { readLedgerFromWorkbook } from "../../src/excel";
import { readSheetGrid } from "../../src/excel/read-grid";
import { withExcel } from "../../src/excel/session";
import { readWorkbookGrids } from "../../src/xlsx/read-grid";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { hostFromXlsx } from "../fake-excel/load-xlsx";
import { ledgerHost, usingHost } from "./helpers";

const SAMPLE = "samples/county-2024-m09.xlsx";

describe("excel adapter: reading a sheet into a Grid", () => {
  it("reads the sample ledger exactly as the .xlsx reader does (values, merges, origin) in 2 syncs on ExcelApi 1.13", async () => {
    const host = await hostFromXlsx(SAMPLE, { excelApi: "1.13" });
    const [expected] = await readWorkbookGrids(SAMPLE);
    const grid = await usingHost(host, () => withExcel((s) => readSheetGrid(s)));
    assert.equal(host.syncCount, 2);
    assert.deepEqual(grid.values, expected.values);
    assert.deepEqual(grid.merges, expected.merges);
    assert.deepEqual(grid.origin, expected.origin);
    assert.equal(grid.sheetName, "9月");
  });

  it("leaves merges to the reader on ExcelApi 1.7 (no 1.13 call is made)", async () => {
    const host = await hostFromXlsx(SAMPLE, { excelApi: "1.7" });
    const grid = await usingHost(host, () => withExcel((s) => readSheetGrid(s)));
    assert.equal(grid.merges, undefined);
    assert.equal(host.syncCount, 2);
    assert.ok(host.syncs.every((s) => s.error === null));
  });

  it("finds hidden rows, number formats and keeps formula-looking text as text", async () => {
    const source = generateLedgerGrid(300);
    const host = ledgerHost(300, { excelApi: "1.7" });
    const grid = await usingHost(host, () => withExcel((s) => readSheetGrid(s)));
    assert.deepEqual(grid.hiddenRows, source.hiddenRows);
    assert.ok((grid.hiddenRows ?? []).length >= 5);
    assert.deepEqual(grid.values, source.values);
    assert.equal(grid.numberFormats?.[6][7], "0.00");
    assert.ok(
      grid.values.some((row) => typeof row[2] === "string" && row[2].startsWith("=HYPERLINK"))
    );
  });

  it("finds hidden rows through a visible column when the first column is hidden", async () => {
    const host = ledgerHost(100, { excelApi: "1.7" });
    host.sheet("台账").hiddenColumns.add(0);
    const grid = await usingHost(host, () => withExcel((s) => readSheetGrid(s)));
    assert.deepEqual(grid.hiddenRows, generateLedgerGrid(100).hiddenRows);
    assert.equal(host.syncCount, 3, "one extra sync finds a visible column");
  });

  it("reads in chunks: syncs grow with the number of chunks only", async () => {
    const host = ledgerHost(2000);
    const grid = await usingHost(host, () =>
      withExcel((s) => readSheetGrid(s, { chunkCells: 12 * 500 }))
    );
    const rows = grid.values.length; // 2000 projects + 5 sections + 5 preamble rows
    assert.equal(rows, 2010);
    assert.equal(host.syncCount, 1 + Math.ceil(rows / 500));
    assert.deepEqual(grid.values, generateLedgerGrid(2000).values);
  });

  it("halves the chunk when Excel rejects a response as too big, and still reads everything", async () => {
    const host = ledgerHost(2000);
    host.responseLimitBytes = 150_000;
    const grid = await usingHost(host, () =>
      withExcel((s) => readSheetGrid(s, { chunkCells: 12 * 2000 }))
    );
    assert.deepEqual(grid.values, generateLedgerGrid(2000).values);
    const failed = host.syncs.filter((s) => s.error === "ResponsePayloadSizeLimitExceeded").length;
    assert.ok(failed >= 1, "at least one chunk was rejected");
    assert.ok(host.syncs.every((s) => s.error !== null || s.responseBytes <= 150_000));
  });

  it("names a missing sheet in both languages", async () => {
    const host = ledgerHost(10);
    await usingHost(host, () =>
      assert.rejects(
        readLedgerFromWorkbook({ sheetName: "10月" }),
        (e: { text?: { "zh-CN": string; en: string } }) => {
          assert.equal(e.text?.["zh-CN"], "找不到工作表“10月”。");
          assert.equal(e.text?.en, 'There is no sheet named "10月".');
          return true;
        }
      )
    );
  });

  it("refuses hosts below ExcelApi 1.7 with a clear message", async () => {
    const host = ledgerHost(10, { excelApi: "1.6" });
    await usingHost(host, () =>
      assert.rejects(
        readLedgerFromWorkbook(),
        (e: { code?: string }) => e.code === "excel.unsupported"
      )
    );
    assert.equal(host.syncCount, 0);
  });
});
