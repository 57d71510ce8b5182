import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { isOnList, projectsIn } from "../../../src/core/lists";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { buildListSheet } from "../../../src/core/summaries/list-sheets";
import { buildSummarySheet } from "../../../src/core/summaries/summary-sheet";
import { layoutSheet } from "../../../src/core/sheet-spec";
import { makeLedger } from "../../helpers/ledger-builder";

/** 9 of 12 months: T = 75%. */
function report() {
  return runCheck(
    makeLedger(
      [
        {
          name: "续建甲",
          category: "续建",
          responsibleUnit: "县工信局",
          total: 50000,
          plan: 10000,
          done: 6000,
        },
        {
          name: "新开工乙",
          category: "新开工",
          responsibleUnit: "县交通局",
          total: 8000,
          plan: 4000,
          done: 0,
          started: false,
        },
        {
          name: "前期丙",
          category: "前期",
          responsibleUnit: "县交通局",
          total: 9000,
          plan: 0,
          started: false,
        },
        {
          name: "储备丁",
          category: "储备项目",
          responsibleUnit: "县工信局",
          total: 6000,
          started: false,
        },
        {
          name: "新开工戊",
          category: "新开工",
          responsibleUnit: "县住建局",
          total: 5000,
          plan: 2000,
          done: 300,
        },
      ],
      { reportingMonth: 9 }
    ),
    { rules: DEFAULT_RULES, groupBy: ["category", "responsibleUnit"] }
  );
}

describe("前期 projects in their own list", () => {
  const r = report();

  it("前期 and 储备 projects are on the preliminary list, not on 未开工", () => {
    assert.deepEqual(
      projectsIn(r, "preliminary").map((p) => p.row.name),
      ["前期丙", "储备丁"]
    );
    assert.deepEqual(
      projectsIn(r, "not-started").map((p) => p.row.name),
      ["新开工乙"]
    );
    for (const p of r.projects)
      assert.ok(!(isOnList(p, "preliminary") && isOnList(p, "not-started")), p.row.name!);
  });

  it("group counts keep them apart", () => {
    assert.equal(r.totals.notStarted, 1);
    assert.equal(r.totals.preliminary, 2);
  });

  it("the 前期项目 sheet lists them and says why; 未开工 points there", () => {
    const sheet = buildListSheet(r, "preliminary", { lang: "zh-CN" })!;
    assert.equal(sheet.name, "前期项目");
    assert.deepEqual(
      sheet.rows.map((row) => row.ledgerRow),
      [6, 7]
    );
    assert.ok(sheet.footnotes.some((n) => n.includes("不计入未开工项目")));
    const notStarted = buildListSheet(r, "not-started", { lang: "zh-CN" })!;
    assert.ok(notStarted.footnotes.some((n) => n.includes("另列于“前期项目”表")));
  });

  it("the paragraph says only 新开工乙 has not started", () => {
    assert.ok(r.narrative["zh-CN"].includes("新开工乙尚未开工"));
    assert.ok(!r.narrative["zh-CN"].includes("前期丙"));
  });

  it("the category chart leaves out the 前期 groups (no empty bar) and says so", () => {
    const sheet = buildSummarySheet(r, "category", { lang: "zh-CN" });
    // Standard order, then the uncharted groups last: 新开工, 续建 | 前期, 储备项目.
    assert.deepEqual(
      sheet.rows.map((row) => row.values[1]),
      ["合计", "新开工", "续建", "前期", "储备项目"]
    );
    assert.equal(sheet.chart?.rowCount, 2);
    const layout = layoutSheet(sheet);
    assert.equal(layout.chart!.categories.bottom - layout.chart!.categories.top + 1, 2);
    assert.ok(
      sheet.footnotes.some((n) => n.includes("前期、储备项目无年度计划投资或均为前期工作项目"))
    );
  });
});

describe("排名 in the unit summary and the lagging list", () => {
  const r = report();

  it("the summary by 责任单位 ranks units, most behind first", () => {
    const sheet = buildSummarySheet(r, "responsibleUnit", { lang: "zh-CN" });
    const header = layoutSheet(sheet).values.find((row) => row.includes("排名"))!;
    const column = header.indexOf("排名");
    const byUnit = Object.fromEntries(sheet.rows.map((row) => [row.values[1], row.values[column]]));
    // 县交通局 0/4000 → −75; 县住建局 300/2000 → −60; 县工信局 6000/10000 → −15.
    assert.deepEqual(byUnit, { 合计: null, 县工信局: 3, 县交通局: 1, 县住建局: 2 });
    assert.ok(sheet.footnotes.some((n) => n.includes("排名按与时序进度比由低到高排列")));
  });

  it("the 滞后项目 list ranks projects; equal variances share a rank", () => {
    const tied = runCheck(
      makeLedger(
        [
          { name: "A", total: 5000, plan: 1000, done: 500 }, // −25
          { name: "B", total: 5000, plan: 1000, done: 100 }, // −65
          { name: "C", total: 5000, plan: 2000, done: 1000 }, // −25
          { name: "D", total: 5000, plan: 1000, done: 700 }, // −5
        ],
        { reportingMonth: 9 }
      ),
      { rules: DEFAULT_RULES, groupBy: [] }
    );
    const sheet = buildListSheet(tied, "behind", { lang: "zh-CN" })!;
    const header = layoutSheet(sheet).values.find((row) => row.includes("排名"))!;
    const column = header.indexOf("排名");
    assert.ok(column > 0);
    assert.deepEqual(
      sheet.rows.map((row) => [row.values[1], row.values[column]]),
      [
        ["B", 1],
        ["A", 2],
        ["C", 2],
        ["D", 4],
      ]
    );
  });

  it("the summary by category has no 排名", () => {
    const header = layoutSheet(buildSummarySheet(r, "category", { lang: "zh-CN" })).values;
    assert.ok(!header.some((row) => row.includes("排名")));
  });
});
