/** Focused tests of the bugs the hostile corpus found, each in the module where it was fixed. */
import assert from "node:assert/strict";
import ExcelJS from "exceljs";
import { parseNumber } from "../../src/core/parse/number";
import { readLedger } from "../../src/core/reader/index";
import { MAX_CELL_CHARS, fitCellText, layoutSheet } from "../../src/core/sheet-spec";
import type { CellValue, Grid } from "../../src/core/types";
import { HostError } from "../../src/core/errors";
import { annotateLedger, runCheckInWorkbook } from "../../src/excel";
import { loadExceljsWorkbook } from "../../src/xlsx/exceljs-workbook";
import { FakeExcelHost, FakeRichApiError, coerceTyped } from "../fake-excel";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { usingHost } from "../excel/helpers";

const HEADER: CellValue[] = ["序号", "项目名称", "总投资", "年度计划投资", "1-6月累计完成投资"];
const row = (i: number, name: string): CellValue[] => [i, name, 30000, 10000, 4000];

describe("fixes found by the hostile corpus", () => {
  it("core/parse: a digit string that overflows to Infinity is not a number", () => {
    assert.deepEqual(parseNumber("9".repeat(400)), { kind: "invalid", text: "9".repeat(400) });
    assert.deepEqual(parseNumber("123"), { kind: "number", value: 123, suffix: null });
  });

  it("core/sheet-spec: text longer than a cell holds is cut to 32,767 characters, never inside an emoji", () => {
    assert.equal(fitCellText("短"), "短");
    const cut = fitCellText("长".repeat(40_000)) as string;
    assert.equal(cut.length, MAX_CELL_CHARS);
    assert.ok(cut.endsWith("…"));
    const emoji = fitCellText(`${"a".repeat(MAX_CELL_CHARS - 2)}😀😀`) as string;
    assert.ok(emoji.length <= MAX_CELL_CHARS);
    assert.ok(emoji.endsWith("a…"), "the surrogate pair is not split");
    const layout = layoutSheet({
      key: "list:test",
      name: "测试",
      title: "长".repeat(40_000),
      infoLines: [],
      columns: [{ header: "项目", width: 10 }],
      headerRows: [],
      rows: [],
      footnotes: [],
      freezeColumns: 0,
    } as unknown as Parameters<typeof layoutSheet>[0]);
    assert.equal(String(layout.values[0][0]).length, MAX_CELL_CHARS);
  });

  it("core/reader: an amount formula without a cached result is named, not just 'missing'", () => {
    const grid: Grid = {
      sheetName: "台账",
      values: [HEADER, [1, "甲", null, 10000, 4000]],
      formulas: [[], [null, null, "=D2*3", null, null]],
    };
    const finding = readLedger(grid).findings.find((f) => f.code === "read.formula-no-result");
    assert.ok(finding);
    assert.equal(finding.sheetRow, 2);
    assert.equal(finding.column, "C");
    assert.match(finding.message["zh-CN"], /^第2行 C列（总投资）：公式“=D2\*3”没有计算结果/);
  });

  it("core/reader: two ledgers side by side — the left one is read, the other named by column", () => {
    const values: CellValue[][] = [
      [...HEADER, null, ...HEADER],
      [...row(1, "甲"), null, ...row(1, "乙")],
      [...row(2, "丙"), null, ...row(2, "丁")],
    ];
    const ledger = readLedger({ sheetName: "台账", values });
    assert.deepEqual(
      ledger.projects.map((p) => p.name),
      ["甲", "丙"]
    );
    assert.equal(ledger.columns.name?.letter, "B");
    const finding = ledger.findings.find((f) => f.code === "read.second-table");
    assert.equal(finding?.column, "G");
    assert.match(finding!.message["zh-CN"], /G列起另有一个表格，只读取了左边第一个表格（A–E列）/);
    assert.equal(ledger.findings.filter((f) => f.code === "read.duplicate-column").length, 0);
  });

  it("core/reader: two ledgers one below the other — the first is read; a page-break header copy is not a second table", () => {
    const stacked = readLedger({
      sheetName: "台账",
      values: [HEADER, row(1, "甲"), row(2, "乙"), [], ["第二批项目台账"], HEADER, row(1, "丙")],
    });
    assert.deepEqual(
      stacked.projects.map((p) => p.name),
      ["甲", "乙"]
    );
    const finding = stacked.findings.find((f) => f.code === "read.second-table");
    assert.equal(finding?.sheetRow, 5);
    assert.match(
      finding!.message["zh-CN"],
      /第5行起另有一个表格，只读取了上面第一个表格（第1–3行）/
    );
    assert.deepEqual(stacked.rowKinds.slice(3), ["blank", "other", "other", "other"]);

    const pageBreak = readLedger({
      sheetName: "台账",
      values: [HEADER, row(1, "甲"), HEADER, row(2, "乙")],
    });
    assert.deepEqual(
      pageBreak.projects.map((p) => p.name),
      ["甲", "乙"]
    );
    assert.equal(pageBreak.findings.filter((f) => f.code === "read.second-table").length, 0);
  });

  it("xlsx/read-grid: sheet names with entity-like text keep their real names (exceljs decodes them twice)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A&amp;B").getCell("A1").value = 1;
    wb.addWorksheet("C&lt;D>").getCell("A1").value = 2;
    const loaded = await loadExceljsWorkbook("x.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    assert.deepEqual(
      loaded.worksheets.map((w) => w.name),
      ["A&amp;B", "C&lt;D>"]
    );
  });

  it("excel/annotate: a ledger used up to column XFD gets a clear refusal, not an Excel error", async () => {
    const grid = generateLedgerGrid(10);
    const host = new FakeExcelHost();
    const sheet = addGridSheet(host, grid);
    (sheet.values[3] ??= [])[16383] = "备用";
    const before = host.snapshot("台账");
    await usingHost(host, async () => {
      const { report } = await runCheckInWorkbook({ sheetName: "台账" });
      await assert.rejects(annotateLedger(report), (error: unknown) => {
        assert.ok(error instanceof HostError);
        assert.equal(error.code, "excel.no-room");
        assert.match(error.text["zh-CN"], /^工作表“台账”已用到最后一列（XFD 列）/);
        return true;
      });
    });
    assert.deepEqual(host.snapshot("台账"), before);
  });

  it("fake host is strict like Excel: over-long cell text and addresses beyond XFD1048576 fail", async () => {
    assert.throws(
      () => coerceTyped("x".repeat(MAX_CELL_CHARS + 1), "General"),
      (e: unknown) => e instanceof FakeRichApiError && e.code === "InvalidArgument"
    );
    assert.deepEqual(
      coerceTyped(`'${"x".repeat(MAX_CELL_CHARS)}`, "General").value?.toString().length,
      MAX_CELL_CHARS
    );
    const host = new FakeExcelHost();
    host.addSheet("S");
    await assert.rejects(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("S").getRange("XFE1:XFF2");
        (range as unknown as { values: unknown }).values = [
          ["", ""],
          ["", ""],
        ];
        await context.sync();
      }),
      (e: unknown) => e instanceof FakeRichApiError && e.code === "InvalidArgument"
    );
  });
});
