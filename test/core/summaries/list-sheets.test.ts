import assert from "node:assert/strict";
import { buildListSheet, buildListSheets } from "../../../src/core/summaries";
import { layoutSheet } from "../../../src/core/sheet-spec";
import type { Finding } from "../../../src/core/types";
import { makeReport, SAMPLE } from "./report-builder";

const zh = { lang: "zh-CN" } as const;

function finding(partial: Partial<Finding> & Pick<Finding, "code" | "severity">): Finding {
  return {
    sheet: "台账",
    sheetRow: null,
    column: null,
    field: null,
    message: { "zh-CN": partial.code, en: partial.code },
    ...partial,
  };
}

describe("list sheets", () => {
  const report = makeReport(SAMPLE);

  it("lists projects behind, worst lag first, banded, with ledger rows", () => {
    const sheet = buildListSheet(report, "behind", zh)!;
    assert.equal(sheet.key, "list:behind");
    assert.equal(sheet.name, "滞后项目");
    assert.equal(sheet.title, "2024年1-9月全市进度滞后重点项目清单");
    assert.deepEqual(sheet.infoLines, ["单位：万元", "时序进度：75.00%（1-9月）"]);
    // C −55 (row 6), B −25 (row 5), D −5 (row 7); E is not started, not behind.
    assert.deepEqual(
      sheet.rows.map((r) => r.ledgerRow),
      [6, 5, 7]
    );
    // B −25 is 严重滞后 and red (one status rule: red from 20, as 严重滞后).
    assert.deepEqual(
      sheet.rows.map((r) => r.band),
      [1, 1, null]
    );
    assert.deepEqual(sheet.rows[1].values, [
      2,
      "天昱太阳能玻璃项目",
      "县工信局",
      "工业",
      30000,
      10000,
      5000,
      0.5,
      -25,
      2, // 排名: the second most behind
      "严重滞后",
      "资金缺口",
    ]);
    assert.deepEqual(sheet.rows[2].values.slice(7, 11), [0.7, (0.7 - 0.75) * 100, 3, "滞后"]);
    assert.equal(sheet.varianceColumn, 8);
    assert.deepEqual(
      sheet.headerRows[0].map((h) => h.text),
      [
        "序号",
        "项目名称",
        "责任单位",
        "行业/类别",
        "总投资",
        "2024年",
        "与时序进度比\n（±个百分点）",
        "排名",
        "状态",
        "存在问题",
      ]
    );
    assert.equal(sheet.columns[1].width, 30);
    assert.equal(sheet.columns[1].wrap, true);
    assert.ok(sheet.footnotes.some((n) => n.includes("滞后20个百分点及以上为严重滞后")));
  });

  it("lists projects ahead, largest lead first, keeping formula-like names as plain text", () => {
    const sheet = buildListSheet(report, "ahead", zh)!;
    // A +15 (row 4), F +5 (row 9)
    assert.deepEqual(
      sheet.rows.map((r) => r.ledgerRow),
      [4, 9]
    );
    assert.equal(sheet.rows[1].values[1], "=金利稀贵金属回收项目");
    const layout = layoutSheet(sheet);
    assert.equal(layout.body?.top, 5);
  });

  it("lists projects not started without completion columns", () => {
    const sheet = buildListSheet(report, "not-started", zh)!;
    assert.deepEqual(
      sheet.rows.map((r) => r.values),
      [[1, "职业教育园区项目", "县教育局", "社会事业", 2000, 1000]]
    );
    assert.deepEqual(sheet.rows[0].ledgerRow, 8);
  });

  it("lists projects failing the listing criteria with threshold and reason", () => {
    const sheet = buildListSheet(report, "not-listed", zh)!;
    assert.deepEqual(
      sheet.rows.map((r) => r.values[1]),
      ["职业教育园区项目", "=金利稀贵金属回收项目"]
    );
    assert.deepEqual(sheet.rows[0].values.slice(4), [
      2000,
      "≥3000万元",
      "重大建设项目",
      "总投资2000万元，低于3000万元",
    ]);
    const en = buildListSheet(report, "not-listed", { lang: "en" })!;
    assert.equal(en.rows[0].values[5], "≥ CNY 30 million");
  });

  it("lists data problems one per finding, errors first and red, with project names", () => {
    const withFindings = makeReport(SAMPLE, {
      projectFindings: {
        1: [
          finding({
            code: "check.over-plan",
            severity: "warning",
            sheetRow: 5,
            column: "G",
            field: "completed",
          }),
        ],
        2: [
          finding({
            code: "check.negative-amount",
            severity: "error",
            sheetRow: 6,
            column: "E",
            field: "totalInvestment",
          }),
        ],
      },
      sheetFindings: [
        finding({ code: "read.period-missing", severity: "info" }),
        finding({ code: "read.missing-column", severity: "info", sheet: "8月", sheetRow: 5 }),
        // the same finding reported twice is listed once
        finding({
          code: "check.negative-amount",
          severity: "error",
          sheetRow: 6,
          column: "E",
          field: "totalInvestment",
        }),
      ],
    });
    const sheet = buildListSheet(withFindings, "problems", zh)!;
    assert.deepEqual(
      sheet.rows.map((r) => r.values),
      [
        [1, "台账", 6, "E", "方山至坡头道路改建工程", "总投资", "错误", "check.negative-amount"],
        [2, "台账", 5, "G", "天昱太阳能玻璃项目", "累计完成投资", "警告", "check.over-plan"],
        [3, "台账", null, "", "", "", "提示", "read.period-missing"],
        // row 5 of another sheet is not this ledger's project row
        [4, "8月", 5, "", "", "", "提示", "read.missing-column"],
      ]
    );
    assert.deepEqual(
      sheet.rows.map((r) => r.ledgerRow),
      [6, 5, undefined, undefined]
    );
    assert.deepEqual(
      sheet.rows.map((r) => r.fontColor),
      ["#9C0006", undefined, undefined, undefined]
    );
    assert.equal(sheet.freezeColumns, 3);
    const layout = layoutSheet(sheet);
    assert.ok(
      layout.styles.some(
        (s) =>
          s.style.fontColor === "#9C0006" &&
          s.range.top === layout.body!.top &&
          s.range.bottom === layout.body!.top
      )
    );
  });

  it("says so when a list is empty", () => {
    const sheet = buildListSheet(report, "problems", zh)!;
    assert.equal(sheet.rows.length, 0);
    assert.deepEqual(sheet.footnotes, [
      "未发现数据问题。",
      "注：“错误”须更正后再汇总；“警告”请核实；“提示”供参考。",
    ]);
  });

  it("leaves out behind and ahead without completion data", () => {
    const plain = makeReport(SAMPLE, { completion: false });
    assert.deepEqual(
      buildListSheets(plain, zh).map((s) => s.key),
      ["list:not-started", "list:preliminary", "list:not-listed", "list:problems"]
    );
    assert.deepEqual(
      buildListSheets(report, zh).map((s) => s.key),
      [
        "list:behind",
        "list:ahead",
        "list:not-started",
        "list:preliminary",
        "list:not-listed",
        "list:problems",
      ]
    );
  });
});
