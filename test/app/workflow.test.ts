import assert from "node:assert/strict";
import { SAVED_RULES_CODE } from "../../src/app/options";
import { parseWorkbookOptions } from "../../src/app/settings";
import { INITIAL_STATE, workflowReducer } from "../../src/app/state";
import {
  checkLedger,
  detectLedger,
  insertOutputs,
  insertReconcileSheet,
  loadWorkbookSettings,
  readPreviousSheet,
  reconcileWith,
} from "../../src/app/workflow";
import { InputError } from "../../src/core/errors";
import { projectsIn, skippedSheetText } from "../../src/core/index";
import { runCheckInWorkbook, insertSummarySheets } from "../../src/excel";
import { excelHost } from "../../src/excel/host";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { FakeExcelHost } from "../fake-excel/host";
import { ledgerHost, usingHost } from "../excel/helpers";

describe("app: workbook settings checked key by key", () => {
  it("keeps every valid key as saved", () => {
    const saved = {
      ledgerSheet: "台账",
      columns: { name: 2, annualPlan: null },
      amountUnit: "万元",
      header: { first: 3, last: 4 },
      rowRoles: { sheet: "台账", roles: { "7": "ignore" } },
      rules: { preset: "whatever" },
      asOf: "2024-09-30",
      month: 9,
      timeMode: "month",
      groupBy: ["sector"],
      lang: "en",
      amountScale: "亿元",
      area: "某县",
      issuer: "某县发改局",
      include: ["summary", "behind"],
      previousSheet: "8月",
    };
    assert.deepEqual(parseWorkbookOptions(saved), { options: saved, problems: [] });
    assert.deepEqual(parseWorkbookOptions(null), { options: {}, problems: [] });
  });

  it("leaves out and names each key of the wrong shape, never casts", () => {
    const { options, problems } = parseWorkbookOptions({
      ledgerSheet: 7,
      month: 13,
      columns: { name: -1 },
      include: ["summary", "nonsense"],
      header: { first: 5, last: 2 },
      colour: "red",
      area: "某县",
    });
    assert.deepEqual(options, { area: "某县" });
    assert.equal(problems.length, 6);
    assert.match(problems[0]["zh-CN"], /“ledgerSheet”取值有误/);
    assert.match(problems[5].en, /"colour" .* unknown/);
    assert.equal(parseWorkbookOptions([1, 2]).problems.length, 1);
  });
});

describe("app: the workflow over the Office.js host", () => {
  it("detect → check → output gives what the adapter's entry points give", async function () {
    this.timeout(60_000);
    const fake = ledgerHost(200);
    await usingHost(fake, async () => {
      const host = excelHost();
      const settings = await loadWorkbookSettings(host);
      const ledger = await detectLedger(host, settings);
      const report = checkLedger(ledger, settings);
      const direct = await runCheckInWorkbook();
      assert.deepEqual(report.totals, direct.report.totals);
      assert.equal(report.narrative["zh-CN"], direct.report.narrative["zh-CN"]);
      const { written } = await insertOutputs(host, report, { lang: "zh-CN", groupBy: ["sector"] });
      const names = fake.sheetNames.slice();
      const again = await insertSummarySheets(direct.report, {
        lang: "zh-CN",
        groupBy: ["sector"],
      });
      assert.deepEqual(
        written.map((w) => [w.key, w.name]),
        again.map((w) => [w.key, w.name])
      );
      assert.deepEqual(fake.sheetNames, names, "the second run replaced the first one's sheets");
    });
  });

  it("bad saved rules: the check and the reconciliation both stop with the same clear error", async function () {
    this.timeout(60_000);
    const fake = new FakeExcelHost();
    addGridSheet(fake, { ...generateLedgerGrid(30), sheetName: "9月" });
    addGridSheet(fake, { ...generateLedgerGrid(30), sheetName: "8月" });
    await usingHost(fake, async () => {
      const host = excelHost();
      await host.writeSettings({ rules: { severeBehindPoints: "many" } });
      const settings = await loadWorkbookSettings(host);
      const ledger = await detectLedger(host, settings, "9月");
      const isSavedRulesError = (error: unknown) =>
        error instanceof InputError &&
        error.code === SAVED_RULES_CODE &&
        /工作簿中保存的规则有误/.test(error.text["zh-CN"]);
      assert.throws(() => checkLedger(ledger, settings), isSavedRulesError);
      const previous = await readPreviousSheet(host, "8月");
      await assert.rejects(reconcileWith(host, previous, "9月", settings), isSavedRulesError);
    });
  });

  it("writes no empty sheet, and says which it left out and why", async function () {
    this.timeout(60_000);
    const fake = new FakeExcelHost();
    addGridSheet(fake, { ...generateLedgerGrid(30), sheetName: "9月" });
    await usingHost(fake, async () => {
      const host = excelHost();
      const report = checkLedger(await detectLedger(host, {}, "9月"), {});
      assert.equal(projectsIn(report, "not-started").length, 0, "this ledger has none not started");
      const { written, skipped } = await insertOutputs(host, report, {
        lang: "zh-CN",
        include: ["summary", "not-started"],
      });
      assert.ok(written.length > 0);
      assert.deepEqual(
        skipped.map((s) => s.kind),
        ["not-started"]
      );
      assert.ok(!fake.sheetNames.includes(skipped[0].name), "no empty 未开工项目 sheet");
      assert.equal(
        skippedSheetText(skipped[0], "zh-CN"),
        `未写出工作表“${skipped[0].name}”：${skipped[0].reason["zh-CN"].replace(/。$/, "")}。`
      );
    });
  });

  it("reconciles and writes the reconciliation sheet, leaving the check's sheets", async function () {
    this.timeout(60_000);
    const fake = new FakeExcelHost();
    addGridSheet(fake, { ...generateLedgerGrid(30), sheetName: "9月" });
    addGridSheet(fake, { ...generateLedgerGrid(30), sheetName: "8月" });
    await usingHost(fake, async () => {
      const host = excelHost();
      const ledger = await detectLedger(host, {}, "9月");
      await insertOutputs(host, checkLedger(ledger, {}), { lang: "en", include: ["summary"] });
      const before = fake.sheetNames.length;
      const result = await reconcileWith(host, await readPreviousSheet(host, "8月"), "9月", {});
      const written = await insertReconcileSheet(host, result, "en");
      assert.equal(written.length, 1);
      assert.equal(fake.sheetNames.length, before + 1);
    });
  });
});

describe("app: the workflow reducer", () => {
  it("a new ledger drops the old results; a failure ends busy and detecting", () => {
    const withResults = {
      ...INITIAL_STATE,
      report: {} as never,
      reconcile: {} as never,
      detecting: true,
    };
    const detected = workflowReducer(withResults, { type: "detected", ledger: {} as never });
    assert.equal(detected.report, null);
    assert.equal(detected.reconcile, null);
    assert.equal(detected.detecting, false);
    const error = {
      message: { "zh-CN": "x", en: "x" },
      next: { "zh-CN": "y", en: "y" },
      code: "c",
    };
    const failed = workflowReducer(
      { ...INITIAL_STATE, busy: "insert", detecting: true },
      { type: "failed", error }
    );
    assert.deepEqual([failed.busy, failed.detecting, failed.error], [null, false, error]);
  });
});
