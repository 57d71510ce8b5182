/**
 * Workbooks written by openpyxl (what pandas' to_excel and many scripts produce): absolute part
 * targets, inline strings written as character references, a cell comment, a table, a formula
 * without a cached result, dates, hidden rows and sheets. exceljs refused such files as corrupt;
 * ours reads them as SheetJS does. Generated at test time with /usr/bin/python3's openpyxl;
 * skipped, saying so, where it is not installed.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { read } from "@e965/xlsx";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";
import { inflateWithZlib } from "../../src/xlsx/reader/inflate-node";
import { OpcPackage } from "../../src/xlsx/reader/opc-package";
import { sheetJsGrids } from "../../src/xlsx/reader/sheetjs-workbook";
import { ZIP_LIMITS } from "../../src/xlsx/zip-limits";

const PYTHON = "/usr/bin/python3";

const SCRIPT = `
import sys, datetime
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.worksheet.table import Table
wb = Workbook()
ws = wb.active
ws.title = "台账"
ws.append(["项目名称", "总投资", "开工日期", "已开工", "完成率"])
ws.append(["产业园 & <一期>", 30000, datetime.date(2024, 3, 15), True, 0.45])
ws.append(["物流中心", 12000.5, datetime.datetime(2024, 4, 1, 12, 0), False, None])
ws["F2"] = "=B2*2"
ws["B2"].comment = Comment("批注：金额为万元", "作者")
ws["E2"].number_format = "0.00%"
ws.merge_cells("A5:C5")
ws["A5"] = "注：合并单元格"
ws.row_dimensions[3].hidden = True
ws.add_table(Table(displayName="项目表", ref="A1:E3"))
hidden = wb.create_sheet("隐藏")
hidden["A1"] = "hidden"
hidden.sheet_state = "hidden"
very = wb.create_sheet("数据")
very["A1"] = 7
very.sheet_state = "veryHidden"
wb.save(sys.argv[1])
`;

function openpyxlBook(dir: string): Buffer | null {
  const script = join(dir, "make.py");
  const out = join(dir, "openpyxl.xlsx");
  writeFileSync(script, SCRIPT);
  try {
    execFileSync(PYTHON, [script, out], { stdio: "ignore", timeout: 60_000 });
  } catch {
    return null;
  }
  return readFileSync(out);
}

describe("xlsx reader: workbooks written by openpyxl", function () {
  this.timeout(60_000);
  let bytes: Buffer | null = null;

  before(function () {
    bytes = openpyxlBook(mkdtempSync(join(tmpdir(), "tz-openpyxl-")));
    if (!bytes) {
      console.log(`      (skipped: ${PYTHON} with openpyxl is not available)`);
      this.skip();
    }
  });

  it("uses what exceljs could not read: absolute targets, a comment, a table, inline strings", () => {
    const pkg = OpcPackage.open("openpyxl.xlsx", bytes!, {
      inflate: inflateWithZlib,
      limits: ZIP_LIMITS,
    });
    const text = (name: string) => Buffer.from(pkg.read(name) ?? []).toString("utf8");
    assert.match(text("xl/_rels/workbook.xml.rels"), /Target="\/xl\/worksheets\/sheet1\.xml"/);
    const sheetRels = text("xl/worksheets/_rels/sheet1.xml.rels");
    assert.match(sheetRels, /Target="\/xl\/comments\/comment1\.xml"/);
    assert.match(sheetRels, /Target="\/xl\/tables\/table1\.xml"/);
    assert.match(text("xl/worksheets/sheet1.xml"), /t="inlineStr"><is><t>&#/);
  });

  it("reads values, dates, the uncached formula, merges, hidden rows and sheet states", async () => {
    const [ledger, hidden, very] = await readWorkbookSheetsFromBuffer(bytes!, "openpyxl.xlsx");
    assert.deepEqual(ledger.values, [
      ["项目名称", "总投资", "开工日期", "已开工", "完成率", null],
      ["产业园 & <一期>", 30000, 45366, true, 0.45, null],
      ["物流中心", 12000.5, 45383.5, false, null, null],
      [null, null, null, null, null, null],
      ["注：合并单元格", null, null, null, null, null],
    ]);
    assert.equal(ledger.formulas?.[1][5], "=B2*2");
    assert.equal(ledger.numberFormats?.[1][4], "0.00%");
    assert.deepEqual(ledger.merges, [{ top: 4, left: 0, bottom: 4, right: 2 }]);
    assert.deepEqual(ledger.hiddenRows, [2]);
    assert.deepEqual(
      [hidden, very].map((g) => [g.sheetName, g.state, g.values]),
      [
        ["隐藏", "hidden", [["hidden"]]],
        ["数据", "veryHidden", [[7]]],
      ]
    );
  });

  it("reads as SheetJS reads it (values, types, merges, hidden rows, states)", async () => {
    const ours = await readWorkbookSheetsFromBuffer(bytes!, "openpyxl.xlsx");
    const theirs = sheetJsGrids(
      read(bytes!, { type: "buffer", dense: true, cellStyles: true, sheetStubs: true }),
      "openpyxl.xlsx"
    );
    const shape = (grids: typeof ours) =>
      grids.map((g) => [g.sheetName, g.state, g.origin, g.values, g.merges, g.hiddenRows]);
    assert.deepEqual(shape(ours), shape(theirs));
  });
});
