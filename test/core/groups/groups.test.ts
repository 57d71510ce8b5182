import assert from "node:assert/strict";
import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import { BLANK_GROUP_KEY, groupKeyText } from "../../../src/core/groups/fields";
import { figuresOf, groupFigures } from "../../../src/core/groups/figures";
import { defaultGroupBy, resolveGroupBy } from "../../../src/core/groups/resolve";
import type { Ledger } from "../../../src/core/types";
import { makeLedger, type ProjectSeed } from "../../helpers/ledger-builder";
import { projectResults } from "../check/project-results";

const T = 0.5;
const context = { hasCompletion: true, timeProgress: T };

/** A ledger whose columns are A=序号, B=项目名称, C=所属行业, D=责任单位, E=备注 (cells given). */
function sheetLike(): Ledger {
  const rows: ProjectSeed[] = [
    {
      name: "甲",
      sector: "工业",
      responsibleUnit: "市工信局",
      plan: 100,
      done: 80,
      cells: [1, "甲", "工业", "市工信局", "重点"],
    },
    {
      name: "乙",
      sector: "交通",
      responsibleUnit: "市交通局",
      plan: 300,
      done: 30,
      cells: [2, "乙", "交通", "市交通局", null],
    },
    {
      name: "丙",
      sector: "工业",
      responsibleUnit: null,
      plan: 100,
      done: 20,
      started: false,
      cells: [3, "丙", "工业", "  ", "重点"],
    },
  ];
  const ledger = makeLedger(rows, {
    fields: ["seq", "name", "sector", "responsibleUnit", "remarks", "annualPlan", "completed"],
  });
  return {
    ...ledger,
    headers: ["序号", "项目名称", "所属行业", "责任 单位", "2024年/备注（说明）", "计划", "完成"],
  };
}

describe("group-by resolution", () => {
  const ledger = sheetLike();
  const keys = (spec: string) => ledger.projects.map((p) => resolveGroupBy(ledger, spec).keyOf(p));

  it("accepts field names in English or Chinese", () => {
    assert.deepEqual(keys("sector"), ["工业", "交通", "工业"]);
    assert.deepEqual(keys("行业"), ["工业", "交通", "工业"]);
    assert.deepEqual(keys("Responsible Unit"), ["市工信局", "市交通局", BLANK_GROUP_KEY]);
    assert.deepEqual(resolveGroupBy(ledger, "领域").label, { "zh-CN": "行业", en: "sector" });
    assert.deepEqual(resolveGroupBy(ledger, "所屬行業").source, { field: "sector" }); // any wording the reader knows
    assert.deepEqual(resolveGroupBy(ledger, "主管部门").source, { field: "responsibleUnit" });
  });

  it("accepts a header as in the sheet (spaces, full-width brackets, two-row headers)", () => {
    assert.deepEqual(keys("责任单位"), ["市工信局", "市交通局", BLANK_GROUP_KEY]);
    assert.deepEqual(keys("备注"), ["重点", BLANK_GROUP_KEY, "重点"]);
    assert.deepEqual(resolveGroupBy(ledger, "备注").source, { column: 4 });
    assert.deepEqual(resolveGroupBy(ledger, "2024年/备注(说明)").source, { column: 4 });
  });

  it("accepts a column letter; a recognised column groups on the reader's value", () => {
    assert.deepEqual(keys("E"), ["重点", BLANK_GROUP_KEY, "重点"]);
    assert.deepEqual(keys("a"), ["1", "2", "3"]);
    assert.deepEqual(resolveGroupBy(ledger, "C").source, { field: "sector" });
  });

  it("names the sheet and the available fields and headers when nothing matches", () => {
    assert.throws(
      () => resolveGroupBy(ledger, "预算科目"),
      (e: unknown) =>
        e instanceof InputError &&
        e.code === "input.group-by" &&
        e.text["zh-CN"].includes("“台账”") &&
        e.text["zh-CN"].includes("sector（行业）") &&
        e.text["zh-CN"].includes("C=所属行业") &&
        e.text.en.includes('Cannot group by "预算科目"') &&
        e.text.en.includes("responsibleUnit")
    );
    assert.throws(() => resolveGroupBy(ledger, "county"), InputError); // no county in this ledger
    assert.throws(() => resolveGroupBy(ledger, "Z"), InputError); // beyond the table
  });

  it("listed and currency get readable keys, translated for display", () => {
    const l = makeLedger([
      { name: "a", listed: true, plan: 1, done: 1 },
      { name: "b", listed: false, currency: "USD", plan: 1, done: 1 },
      { name: "c", plan: 1, done: 1 },
    ]);
    const listed = l.projects.map((p) => resolveGroupBy(l, "listed").keyOf(p));
    assert.deepEqual(listed, ["挂牌", "未挂牌", BLANK_GROUP_KEY]);
    assert.deepEqual(
      l.projects.map((p) => resolveGroupBy(l, "币种").keyOf(p)),
      ["人民币", "美元", "人民币"]
    );
    assert.deepEqual(
      listed.map((k) => groupKeyText(k, "en")),
      ["listed", "not listed", "(blank)"]
    );
    assert.equal(groupKeyText("工业", "en"), "工业");
  });

  it("defaults to sector and category when present, else the section rows", () => {
    assert.deepEqual(
      defaultGroupBy(makeLedger([{ name: "a", sector: "工业", category: "续建" }])),
      ["sector", "category"]
    );
    assert.deepEqual(defaultGroupBy(makeLedger([{ name: "a", sections: ["片区"] }])), ["section"]);
    assert.deepEqual(defaultGroupBy(makeLedger([{ name: "a" }])), []);
  });
});

describe("group figures", () => {
  it("are ratios of sums, in order of first appearance, with counts and 开工率", () => {
    const ledger = sheetLike();
    const results = projectResults(ledger, T);
    const [industry, transport] = groupFigures(results, resolveGroupBy(ledger, "sector"), context);
    assert.deepEqual(industry, {
      key: "工业",
      projects: 2,
      started: 1,
      startRate: 0.5,
      totalInvestment: 0,
      annualPlan: 200,
      completed: 100,
      completionRate: 0.5,
      variancePoints: 0,
      ahead: 1,
      behind: 0,
      notStarted: 1,
      preliminary: 0,
    });
    assert.equal(transport.key, "交通");
    assert.equal(transport.completionRate, 0.1);
    assert.equal(transport.variancePoints, -40);
    assert.equal(transport.behind, 1);
  });

  it("a ratio of sums differs from the average of the rates", () => {
    const ledger = makeLedger([
      { name: "大", sector: "工业", plan: 9000, done: 900 }, // 10%
      { name: "小", sector: "工业", plan: 1000, done: 900 }, // 90%
    ]);
    const [industry] = groupFigures(
      projectResults(ledger, T),
      resolveGroupBy(ledger, "sector"),
      context
    );
    assert.equal(industry.completionRate, 0.18); // not (0.1 + 0.9) / 2 = 0.5
    assert.ok(Math.abs(industry.variancePoints! - -32) < 1e-9);
  });

  it("USD amounts are added in 万元 at the rule set's rate", () => {
    const ledger = makeLedger([
      { name: "内资", plan: 1000, done: 500, total: 5000 },
      { name: "外资", currency: "USD", plan: 100, done: 0, total: 500 },
    ]);
    const totals = figuresOf("合计", projectResults(ledger, T), context);
    assert.equal(totals.annualPlan, 1710);
    assert.equal(totals.totalInvestment, 8550);
    assert.equal(totals.completionRate, 500 / 1710);
  });

  it("a zero plan stays in the counts and the sums; R is null only when the whole plan is zero", () => {
    const ledger = makeLedger([
      { name: "无计划", plan: 0, done: 10 },
      { name: "有计划", plan: 100, done: 40 },
    ]);
    const results = projectResults(ledger, T);
    assert.deepEqual(
      results.map((r) => r.schedule.status),
      ["no-plan", "behind"]
    );
    const totals = figuresOf("合计", results, context);
    assert.equal(totals.projects, 2);
    assert.equal(totals.completed, 50);
    assert.equal(totals.completionRate, 0.5);
    const onlyZero = figuresOf("合计", results.slice(0, 1), context);
    assert.equal(onlyZero.completionRate, null);
    assert.equal(onlyZero.variancePoints, null);
  });

  it("without a completion column: completed, R and V are null", () => {
    const ledger = makeLedger([{ name: "a", plan: 100, total: 300 }]);
    const totals = figuresOf("合计", projectResults(ledger, T), {
      hasCompletion: false,
      timeProgress: T,
    });
    assert.equal(totals.completed, null);
    assert.equal(totals.completionRate, null);
    assert.equal(totals.variancePoints, null);
    assert.equal(totals.annualPlan, 100);
  });

  it("property: group figures add up to the totals, whatever the grouping", () => {
    const amount = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });
    const project = fc.record({
      sector: fc.constantFrom("工业", "交通", "农业", null),
      level: fc.constantFrom("市级", "县级"),
      started: fc.constantFrom(true, false, null),
      currency: fc.constantFrom("CNY" as const, "USD" as const),
      plan: amount,
      done: amount,
      total: amount,
    });
    fc.assert(
      fc.property(fc.array(project, { minLength: 1, maxLength: 30 }), (seeds) => {
        const ledger = makeLedger(
          seeds.map((s, i) => ({ ...s, name: `项目${i}` })),
          { fields: ["name", "sector", "level", "annualPlan", "completed"] }
        );
        const results = projectResults(ledger, T);
        const totals = figuresOf("合计", results, context);
        for (const spec of ["sector", "level"]) {
          const groups = groupFigures(results, resolveGroupBy(ledger, spec), context);
          const sum = (pick: (g: (typeof groups)[number]) => number) =>
            groups.reduce((s, g) => s + pick(g), 0);
          assert.equal(
            sum((g) => g.projects),
            totals.projects
          );
          assert.equal(
            sum((g) => g.started),
            totals.started
          );
          assert.equal(
            sum((g) => g.ahead + g.behind + g.notStarted),
            totals.ahead + totals.behind + totals.notStarted
          );
          assert.ok(
            Math.abs(sum((g) => g.annualPlan) - totals.annualPlan) <=
              1e-9 * Math.max(1, totals.annualPlan)
          );
          assert.ok(
            Math.abs(sum((g) => g.completed!) - totals.completed!) <=
              1e-9 * Math.max(1, totals.completed!)
          );
          assert.ok(
            Math.abs(sum((g) => g.totalInvestment) - totals.totalInvestment) <=
              1e-9 * Math.max(1, totals.totalInvestment)
          );
        }
        if (totals.annualPlan > 0)
          assert.equal(totals.completionRate, totals.completed! / totals.annualPlan);
        else assert.equal(totals.completionRate, null);
      }),
      { numRuns: 200 }
    );
  });
});
