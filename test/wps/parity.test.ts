import assert from "node:assert/strict";
import { buildOutputSheets } from "../../src/core/summaries";
import { layoutSheet } from "../../src/core/sheet-spec";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";
import { writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { wpsFromXlsx } from "../fake-wps/load-xlsx";
import { checkSheet, hostOf } from "./helpers";

/** The sheets WPS gets and the .xlsx writer's, for the same layouts: cell by cell. */
describe("WPS host: output sheets match the .xlsx writer's", () => {
  it("values, number formats and merges of every summary sheet", async function () {
    this.timeout(60_000);
    const wps = await wpsFromXlsx("samples/county-2024-m09.xlsx");
    const host = hostOf(wps);
    const report = await checkSheet(host, wps.sheetNames[0], 9);
    const specs = buildOutputSheets(report, { lang: "zh-CN" });
    await host.writeSheets(specs.map(layoutSheet));
    const file = await writeReportWorkbook(specs, { lang: "zh-CN" }, new Date(0));
    const written = await readWorkbookSheetsFromBuffer(file, "report.xlsx");
    assert.equal(written.length, specs.length);
    for (const grid of written) {
      const sheet = wps.sheet(grid.sheetName);
      const origin = grid.origin ?? { row: 0, col: 0 };
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const at = `${grid.sheetName}!R${origin.row + r + 1}C${origin.col + c + 1}`;
          assert.deepEqual(sheet.value(origin.row + r, origin.col + c) ?? null, value, at);
          const format = grid.numberFormats?.[r]?.[c];
          if (value !== null && format)
            assert.equal(
              sheet.numberFormat(origin.row + r, origin.col + c),
              format,
              `${at} format`
            );
        })
      );
      const key = (m: { top: number; left: number; bottom: number; right: number }) =>
        `${m.top},${m.left},${m.bottom},${m.right}`;
      const expected = (grid.merges ?? []).map((m) =>
        key({
          top: m.top + origin.row,
          left: m.left + origin.col,
          bottom: m.bottom + origin.row,
          right: m.right + origin.col,
        })
      );
      assert.deepEqual(sheet.merges.map(key).sort(), expected.sort(), `${grid.sheetName} merges`);
    }
  });
});
