import assert from "node:assert/strict";
import { buildReconcileSheet } from "../../../src/core/summaries";
import { layoutSheet } from "../../../src/core/sheet-spec";
import type { ReconcileResult } from "../../../src/core/report-types";

const result: ReconcileResult = {
  previous: { sheet: "8月", month: 8 },
  current: { sheet: "9月", month: 9 },
  added: [{ code: "P09", name: "新建物流园", sheetRow: 12 }],
  removed: [{ code: "P03", name: "旧城改造一期", sheetRow: 7 }],
  decreased: [{ code: "P01", name: "万洋蓄电池", sheetRow: 4, previous: 1200, current: 1000 }],
  planChanged: [{ code: "P02", name: "天昱玻璃", sheetRow: 5, previous: 8000, current: 9000 }],
  totalChanged: [],
  increments: [
    {
      code: "P01",
      name: "万洋蓄电池",
      sheetRow: 4,
      previous: 1200,
      current: 1000,
      increment: -200,
    },
    { code: "P02", name: "天昱玻璃", sheetRow: 5, previous: 3000, current: 3500, increment: 500 },
  ],
  monthIncrement: 300,
  monthMismatches: [
    { code: "P02", name: "天昱玻璃", sheetRow: 5, previous: 3000, thisMonth: 400, current: 3500 },
  ],
  findings: [],
};

describe("reconciliation sheet", () => {
  // The figures below are in 万元; the default unit (亿元, as the summaries) is checked last.
  const sheet = buildReconcileSheet(result, { lang: "zh-CN", amountScale: "万元" });

  it("shows amounts in the summaries' unit: 亿元 with four decimals by default", () => {
    const yi = buildReconcileSheet(result, { lang: "zh-CN" });
    assert.equal(yi.infoLines[0], "单位：亿元");
    assert.deepEqual(yi.rows[5].values.slice(4, 7), [0.12, 0.1, -0.02]);
    assert.deepEqual(
      yi.columns.slice(4, 7).map((c) => c.format),
      ["0.0000", "0.0000", "0.0000"]
    );
    // 万元 amounts as in the lists: thousands separators, whole numbers without decimals.
    assert.deepEqual(
      sheet.columns.slice(4, 7).map((c) => [c.format, c.wholeFormat]),
      [
        ["#,##0.00", "#,##0"],
        ["#,##0.00", "#,##0"],
        ["#,##0.00", "#,##0"],
      ]
    );
  });

  it("lays out one table with a section row per kind of change", () => {
    assert.equal(sheet.title, "重点项目台账月度核对表（8月→9月）");
    assert.equal(sheet.name, "月度核对");
    assert.deepEqual(sheet.infoLines, ["单位：万元", "上月台账：8月；本月台账：9月"]);
    const sections = sheet.rows.filter((r) => r.kind === "group").map((r) => r.values[0]);
    assert.deepEqual(sections, [
      "一、新增项目（1个）",
      "二、减少项目（1个）",
      "三、累计完成投资下降（1个）",
      "四、年度计划投资调整（1个）",
      "五、总投资调整（0个）",
      "六、本月完成投资增量（2个）",
      "七、当月完成投资核对不符（1个）",
    ]);
    assert.ok(sheet.rows.filter((r) => r.kind === "group").every((r) => r.span === true));
  });

  it("gives each project its figures, change and note", () => {
    const values = sheet.rows.map((r) => r.values);
    assert.deepEqual(values[1], [1, "P09", "新建物流园", 12, null, null, null, ""]);
    assert.deepEqual(values[3], [
      1,
      "P03",
      "旧城改造一期",
      null,
      null,
      null,
      null,
      "上月台账第7行",
    ]);
    assert.deepEqual(values[5], [
      1,
      "P01",
      "万洋蓄电池",
      4,
      1200,
      1000,
      -200,
      "累计完成投资不应减少，请核实。",
    ]);
    assert.deepEqual(values[7], [1, "P02", "天昱玻璃", 5, 8000, 9000, 1000, "年度计划投资调整"]);
    // increments: 合计 first, then each project
    assert.deepEqual(values[10], [null, "", "合计", null, 1200 + 3000, 1000 + 3500, 300, ""]);
    assert.equal(sheet.rows[10].kind, "total");
    assert.deepEqual(values[12], [2, "P02", "天昱玻璃", 5, 3000, 3500, 500, ""]);
    assert.deepEqual(values[14], [
      1,
      "P02",
      "天昱玻璃",
      5,
      3000,
      3500,
      500,
      "上月累计3000.00+当月完成400.00=3400.00，与本月累计3500.00相差100.00万元。",
    ]);
  });

  it("marks errors red and points rows of this month's ledger", () => {
    assert.equal(sheet.rows[5].fontColor, "#9C0006");
    assert.equal(sheet.rows[14].fontColor, "#9C0006");
    assert.equal(sheet.rows[1].fontColor, undefined);
    assert.equal(sheet.rows[1].ledgerRow, 12);
    assert.equal(sheet.rows[3].ledgerRow, undefined); // removed: last month's row
  });

  it("merges section rows across the table", () => {
    const layout = layoutSheet(sheet);
    const top = layout.body!.top;
    assert.ok(
      layout.merges.some((m) => m.top === top && m.bottom === top && m.left === 0 && m.right === 7)
    );
    assert.equal(layout.values[top][0], "一、新增项目（1个）");
  });

  it("says when no increment can be computed, and drops the code column without codes", () => {
    const bare = buildReconcileSheet(
      {
        ...result,
        added: [{ code: null, name: "新建物流园", sheetRow: 12 }],
        removed: [],
        decreased: [],
        planChanged: [],
        increments: [],
        monthIncrement: null,
        monthMismatches: [],
      },
      { lang: "en" }
    );
    assert.equal(bare.columns.length, 7);
    const increments = bare.rows.findIndex(
      (r) => r.values[0] === "6. This month's increment of completed investment (0)"
    );
    assert.ok(increments > 0);
    assert.equal(
      bare.rows[increments + 1].values[6],
      "The ledgers have no completed-investment column: no increment can be computed."
    );
  });
});
