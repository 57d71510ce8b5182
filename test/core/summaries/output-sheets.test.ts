import assert from "node:assert/strict";
import {
  buildOutputSheets,
  OUTPUT_SHEET_KINDS,
  planOutputSheets,
  sanitizeSheetName,
  uniqueSheetNames,
} from "../../../src/core/summaries";
import { layoutSheet } from "../../../src/core/sheet-spec";
import type { ReconcileResult } from "../../../src/core/report-types";
import { makeReport, SAMPLE } from "./report-builder";

const VALID_NAME = /^[^[\]:*?/\\]{1,31}$/;

const emptyReconcile: ReconcileResult = {
  previous: { sheet: "8月", month: 8 },
  current: { sheet: "9月", month: 9 },
  added: [],
  removed: [],
  decreased: [],
  planChanged: [],
  totalChanged: [],
  increments: [],
  monthIncrement: 0,
  monthMismatches: [],
  findings: [],
};

describe("output sheets", () => {
  const report = makeReport(SAMPLE, { groupBy: ["sector", "responsibleUnit"] });

  it("builds everything in order with stable keys and localised names", () => {
    const sheets = buildOutputSheets(report, { lang: "zh-CN", reconcile: emptyReconcile });
    assert.deepEqual(
      sheets.map((s) => [s.key, s.name]),
      [
        ["summary:sector", "汇总-行业"],
        ["summary:responsibleUnit", "汇总-责任单位"],
        ["list:behind", "滞后项目"],
        ["list:ahead", "超进度项目"],
        ["list:not-started", "未开工项目"],
        ["list:not-listed", "未达入库标准"],
        ["reconcile", "月度核对"],
        ["letters", "督导函"],
      ]
    );
    for (const sheet of sheets) {
      const layout = layoutSheet(sheet);
      assert.ok(
        layout.values.every((row) => row.length === sheet.columns.length),
        sheet.key
      );
    }
  });

  it("builds only the kinds asked for, and no reconciliation sheet without a result", () => {
    const sheets = buildOutputSheets(report, {
      lang: "en",
      include: ["summary", "problems", "reconcile"],
      groupBy: ["sector"],
    });
    assert.deepEqual(
      sheets.map((s) => s.name),
      ["Summary-Sector"]
    );
  });

  it("writes no empty sheet: an empty list is skipped, and said why", () => {
    const plan = planOutputSheets(report, {
      lang: "en",
      include: ["summary", "problems"],
      groupBy: ["sector"],
    });
    assert.deepEqual(
      plan.sheets.map((s) => s.key),
      ["summary:sector"]
    );
    assert.deepEqual(plan.skipped, [
      {
        kind: "problems",
        name: "Data problems",
        reason: { "zh-CN": "未发现数据问题。", en: "No data problems found." },
      },
    ]);
    // Every sheet says its language, for its page footer.
    assert.deepEqual(
      plan.sheets.map((s) => layoutSheet(s).print.footer),
      ["Page &P of &N"]
    );
  });

  it("lists every unit on one letter sheet, whatever their names (the letters are documents)", () => {
    const long = "城东新区管理委员会经济发展局重点项目建设推进办公室综合";
    const colliding = makeReport(
      [
        { name: "甲", responsibleUnit: "县住建局/城投", total: 5000, plan: 100, done: 0 },
        { name: "乙", responsibleUnit: "县住建局:城投", total: 5000, plan: 100, done: 0 },
        { name: "丙", responsibleUnit: `${long}一科`, total: 5000, plan: 100, done: 0 },
        { name: "丁", responsibleUnit: `${long}二科`, total: 5000, plan: 100, done: 0 },
      ],
      { groupBy: ["responsibleUnit"] }
    );
    const sheets = buildOutputSheets(colliding, {
      lang: "zh-CN",
      include: ["letters"],
      reservedNames: ["督导函"],
    });
    assert.deepEqual(
      sheets.map((s) => [s.key, s.name]),
      [["letters", "督导函 (2)"]]
    );
    assert.ok(VALID_NAME.test(sheets[0].name));
    assert.deepEqual(
      sheets[0].rows.map((r) => r.values[1]),
      ["县住建局/城投", "县住建局:城投", `${long}一科`, `${long}二科`]
    );
  });

  it("labels every kind in both languages for the task pane", () => {
    assert.deepEqual(
      OUTPUT_SHEET_KINDS.map((k) => k.kind),
      [
        "summary",
        "behind",
        "ahead",
        "not-started",
        "preliminary",
        "not-listed",
        "problems",
        "reconcile",
        "letters",
      ]
    );
    assert.ok(OUTPUT_SHEET_KINDS.every((k) => k.label["zh-CN"] !== "" && k.label.en !== ""));
  });
});

describe("sheet names", () => {
  it("replaces forbidden characters, trims apostrophes and cuts to 31 characters", () => {
    assert.equal(sanitizeSheetName("a[b]c:d*e?f/g\\h"), "a_b_c_d_e_f_g_h");
    assert.equal(sanitizeSheetName("'汇总'"), "汇总");
    assert.equal(sanitizeSheetName("x".repeat(40)).length, 31);
    assert.equal(sanitizeSheetName("  "), "Sheet");
    assert.equal(sanitizeSheetName("History"), "History_");
  });

  it("never splits a character made of two UTF-16 units", () => {
    const name = sanitizeSheetName(`${"a".repeat(30)}𠀀`);
    assert.equal(name, "a".repeat(30));
  });

  it("makes names unique ignoring case and avoiding reserved names", () => {
    assert.deepEqual(uniqueSheetNames(["Data", "data", "DATA", "台账"], ["台账"]), [
      "Data",
      "data (2)",
      "DATA (3)",
      "台账 (2)",
    ]);
  });
});
