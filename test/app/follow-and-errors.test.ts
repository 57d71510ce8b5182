/**
 * Issue 14, host-free and on the fake Office.js host: which sheet 识别 reads, which activated
 * sheets the pane follows, no check without a ledger, what data errors touch, the annotation of a
 * project whose figures are wrong, the reducer's notice on a step change, and the Excel host's
 * worksheets.onActivated seam.
 */
import assert from "node:assert/strict";
import type { SheetInfo } from "../../src/app/host";
import { DATA_ERROR_MARK, annotationMarks } from "../../src/app/annotation-marks";
import { dataErrorsOf, rowsWithFigureErrors } from "../../src/app/data-errors";
import { INITIAL_STATE, workflowReducer } from "../../src/app/state";
import {
  checkIfLedger,
  detectLedger,
  followsActivation,
  isLedger,
  sheetToRead,
} from "../../src/app/workflow";
import { readLedger } from "../../src/core/reader/index";
import type { Grid } from "../../src/core/types";
import { excelHost } from "../../src/excel/host";
import { usingHost } from "../excel/helpers";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { FakeExcelHost } from "../fake-excel/host";

const sheet = (name: string, more: Partial<SheetInfo> = {}): SheetInfo => ({
  name,
  active: false,
  hidden: false,
  protected: false,
  own: false,
  ...more,
});

function textGrid(rows: string[][], sheetName = "说明"): Grid {
  return {
    sheetName,
    origin: { row: 0, col: 0 },
    values: rows,
    formulas: rows.map((r) => r.map(() => null)),
    numberFormats: rows.map((r) => r.map(() => "General")),
    merges: [],
    hiddenRows: [],
    hiddenCols: [],
  } as unknown as Grid;
}

describe("app: the sheet 识别 reads and the sheets it follows", () => {
  it("reads the sheet the user is on; the saved ledger sheet when that is an output or hidden sheet", () => {
    const sheets = [sheet("9月"), sheet("10月", { active: true }), sheet("汇总", { own: true })];
    assert.equal(sheetToRead(sheets, { ledgerSheet: "9月" }), "10月");
    const onOwn = sheets.map((s) => ({ ...s, active: s.name === "汇总" }));
    assert.equal(sheetToRead(onOwn, { ledgerSheet: "9月" }), "9月");
    assert.equal(sheetToRead(onOwn, { ledgerSheet: "gone" }), "汇总");
    assert.equal(sheetToRead([], {}), undefined);
  });

  it("follows a user sheet other than the one read; never an own sheet or a hidden one", () => {
    assert.equal(followsActivation(sheet("9月"), "10月"), true);
    assert.equal(followsActivation(sheet("10月"), "10月"), false);
    assert.equal(followsActivation(sheet("汇总", { own: true }), "10月"), false);
    assert.equal(followsActivation(sheet("隐藏", { hidden: true }), "10月"), false);
    assert.equal(followsActivation(undefined, "10月"), false);
    assert.equal(followsActivation(sheet("9月"), undefined), true);
  });
});

describe("app: no ledger, no results", () => {
  it("an empty sheet and a text sheet are no ledger: the check gives null, not a report of zeros", () => {
    for (const grid of [
      textGrid([], "空表"),
      textGrid([["填报说明"], ["一、请于每月5日前报送。"], ["", "联系人：张三"]]),
    ]) {
      const ledger = readLedger(grid);
      assert.equal(isLedger(ledger), false, grid.sheetName);
      assert.equal(checkIfLedger(ledger, {}), null, grid.sheetName);
    }
    const ledger = readLedger({ ...generateLedgerGrid(20), sheetName: "10月" });
    assert.equal(isLedger(ledger), true);
    assert.equal(checkIfLedger(ledger, {})?.totals.projects, ledger.projects.length);
  });
});

describe("app: data errors and the marks they get", () => {
  function withNegativePlan() {
    const grid = { ...generateLedgerGrid(20), sheetName: "10月" };
    const clean = readLedger(grid);
    const project = clean.projects[3];
    const col = clean.origin.col + clean.columns.annualPlan!.col;
    const values = grid.values.map((r) => r.slice());
    values[project.sheetRow - 1][col] = -500;
    const report = checkIfLedger(readLedger({ ...grid, values }), {})!;
    return { report, row: project.sheetRow };
  }

  it("counts the errors and names the totals they touch", () => {
    const { report, row } = withNegativePlan();
    const errors = dataErrorsOf(report);
    assert.ok(errors.findings.length >= 1);
    assert.ok(errors.findings.every((f) => f.severity === "error"));
    assert.deepEqual(errors.figures, ["annualPlan"]);
    assert.deepEqual([...rowsWithFigureErrors(report)], [row]);
    const clean = checkIfLedger(readLedger({ ...generateLedgerGrid(20), sheetName: "10月" }), {})!;
    assert.deepEqual(dataErrorsOf(clean).figures, []);
    assert.equal(rowsWithFigureErrors(clean).size, 0);
  });

  it("the annotation of that project says 数据有误 and writes no points; the others are as before", () => {
    const { report, row } = withNegativePlan();
    const rows = report.projects.map((p) => p.row.sheetRow - 1);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    for (const lang of ["zh-CN", "en"] as const) {
      const marks = annotationMarks(report, top, bottom, null, lang);
      assert.deepEqual(marks[row - 1 - top], [DATA_ERROR_MARK[lang], ""]);
      const other = report.projects.find(
        (p) => p.row.sheetRow !== row && p.schedule.variancePoints !== null
      )!;
      assert.equal(
        marks[other.row.sheetRow - 1 - top][1],
        Math.round(other.schedule.variancePoints! * 100) / 100
      );
    }
  });
});

describe("app: the reducer on a step change", () => {
  it("a notice goes when the user moves to another step; an error stays", () => {
    const error = {
      message: { "zh-CN": "x", en: "x" },
      next: { "zh-CN": "y", en: "y" },
      code: "c",
    };
    const state = {
      ...INITIAL_STATE,
      notice: { intent: "success" as const, text: "已插入" },
      error,
    };
    const next = workflowReducer(state, { type: "notice-cleared" });
    assert.equal(next.notice, null);
    assert.equal(next.error, error);
    assert.equal(workflowReducer(INITIAL_STATE, { type: "notice-cleared" }), INITIAL_STATE);
    assert.equal(workflowReducer(INITIAL_STATE, { type: "checked", report: null }).report, null);
  });
});

describe("app: the Excel host follows sheet activation (worksheets.onActivated)", () => {
  it("names each sheet the user activates until the listener is removed", async function () {
    this.timeout(30_000);
    const fake = new FakeExcelHost();
    addGridSheet(fake, { ...generateLedgerGrid(10), sheetName: "9月" });
    addGridSheet(fake, { ...generateLedgerGrid(10), sheetName: "10月" });
    await usingHost(fake, async () => {
      const host = excelHost();
      assert.equal(host.capabilities.sheetActivation, true);
      const heard: string[] = [];
      const stop = await host.onSheetActivated!((name) => heard.push(name));
      fake.activate("10月");
      await until(() => heard.length === 1);
      fake.activate("10月"); // no change of sheet, no event
      fake.activate("9月");
      await until(() => heard.length === 2);
      assert.deepEqual(heard, ["10月", "9月"]);
      stop();
      await until(() => fake.state.activationHandlers.size === 0);
      fake.activate("10月");
      await new Promise((done) => setTimeout(done, 20));
      assert.deepEqual(heard, ["10月", "9月"]);
      // 识别 with no sheet named reads the active one.
      const sheets = await host.listSheets();
      assert.equal((await detectLedger(host, {}, sheetToRead(sheets, {}))).sheetName, "10月");
    });
  });

  it("Excel 2016 (below ExcelApi 1.7) has no activation seam", async () => {
    const fake = new FakeExcelHost({ excelApi: "1.6" });
    await usingHost(fake, async () => {
      const host = excelHost();
      assert.equal(host.capabilities.sheetActivation, false);
      assert.equal(host.onSheetActivated, undefined);
    });
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((done) => setTimeout(done, 5));
  assert.ok(condition(), "timed out");
}
