import assert from "node:assert/strict";
import { runCheck, TOTAL_KEY } from "../../../src/core/check";
import { InputError } from "../../../src/core/errors";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type { Finding, Ledger } from "../../../src/core/types";
import { makeLedger, type ProjectSeed } from "../../helpers/ledger-builder";

const rules = DEFAULT_RULES;

function finding(sheetRow: number | null, code: Finding["code"]): Finding {
  return {
    code,
    severity: "warning",
    sheet: "台账",
    sheetRow,
    column: null,
    field: null,
    message: { "zh-CN": code, en: code },
  };
}

const seeds: ProjectSeed[] = [
  { name: "甲", sector: "工业", category: "续建", total: 50000, plan: 10000, done: 6000 },
  { name: "乙", sector: "工业", category: "新开工", total: 30000, plan: 10000, done: 2000 },
  {
    name: "丙",
    sector: "农业",
    category: "续建",
    total: 5000,
    plan: 2000,
    done: 0,
    started: false,
  },
];

describe("runCheck", () => {
  it("puts reader findings on project rows into the project, the rest into the report", () => {
    const base = makeLedger(seeds);
    const ledger: Ledger = {
      ...base,
      findings: [
        finding(4, "read.unparseable-number"),
        finding(2, "read.duplicate-column"),
        finding(null, "read.period-missing"),
      ],
    };
    const report = runCheck(ledger, { rules });
    assert.deepEqual(
      report.projects[0].findings.map((f) => f.code).filter((c) => c.startsWith("read.")),
      ["read.unparseable-number"]
    );
    assert.deepEqual(
      report.findings.map((f) => f.code).filter((c) => c.startsWith("read.")),
      ["read.duplicate-column", "read.period-missing"]
    );
  });

  it("adds the data checks' findings to their projects", () => {
    const ledger = makeLedger([
      { name: "超总投资", sector: "工业", total: 100, plan: 200, done: 50 },
    ]);
    const report = runCheck(ledger, { rules });
    assert.ok(
      report.projects[0].findings.some((f) => f.severity === "error" || f.severity === "warning")
    );
    assert.ok(report.projects[0].findings.every((f) => f.sheetRow === 4));
  });

  it("groups by sector and category by default, in ledger order, with totals", () => {
    const report = runCheck(makeLedger(seeds), { rules });
    assert.deepEqual(Object.keys(report.groups), ["sector", "category"]);
    assert.deepEqual(
      report.groups.sector.map((g) => [g.key, g.projects, g.started]),
      [
        ["工业", 2, 2],
        ["农业", 1, 0],
      ]
    );
    // The standard order of categories (groups/order.ts): 新开工 before 续建, whatever the ledger's row order.
    assert.deepEqual(
      report.groups.category.map((g) => g.key),
      ["新开工", "续建"]
    );
    assert.equal(report.totals.key, TOTAL_KEY);
    assert.equal(report.totals.completionRate, 8000 / 22000);
    assert.deepEqual(
      report.projects.map((p) => p.schedule.status),
      ["ahead", "severely-behind", "not-started"]
    );
    assert.equal(report.projects[2].listing.eligible, true); // 农业 5000万元 ≥ 1000万元
  });

  it("groups by what the user asks, and rejects an unknown field before doing any work", () => {
    const report = runCheck(makeLedger(seeds), { rules, groupBy: ["类别"] });
    assert.deepEqual(Object.keys(report.groups), ["类别"]);
    assert.ok(report.narrative["zh-CN"].split("\n")[1].startsWith("1、新开工项目，"));
    assert.throws(() => runCheck(makeLedger(seeds), { rules, groupBy: ["县区"] }), InputError);
  });

  it("passes month, as-of and time mode to the period", () => {
    const ledger = makeLedger(seeds, { reportingMonth: null, reportingYear: null });
    assert.equal(runCheck(ledger, { rules, month: 9 }).period.timeProgress, 0.75);
    const byDay = runCheck(ledger, { rules, asOf: "2024-06-30", timeMode: "day" });
    assert.equal(byDay.period.timeProgress, 182 / 366);
    assert.equal(byDay.projects[0].schedule.variancePoints, (0.6 - 182 / 366) * 100);
    assert.throws(() => runCheck(ledger, { rules, asOf: "2024-02-30" }), InputError);
  });

  it("without a completion column: no completion figures and no completion clauses", () => {
    const ledger = makeLedger(
      seeds.map(({ done: _done, ...rest }) => rest),
      { fields: ["name", "sector", "totalInvestment", "annualPlan"] }
    );
    const report = runCheck(ledger, { rules, groupBy: ["sector"] });
    assert.equal(report.totals.completed, null);
    assert.equal(report.totals.completionRate, null);
    assert.deepEqual(
      report.projects.map((p) => p.schedule.status),
      ["unknown", "unknown", "not-started"]
    );
    assert.equal(
      report.narrative["zh-CN"],
      "全市共实施重点项目3个，总投资8.50亿元，年度计划投资2.20亿元。其中，开工建设2个。\n" +
        "1、工业项目，共2个，年度计划投资2.00亿元。其中2个项目开工在建。\n" +
        "2、农业项目，共1个，年度计划投资0.20亿元。丙尚未开工。"
    );
    assert.ok(!report.narrative.en.includes("Completed"));
  });

  it("converts USD rows into 万元 for the sums", () => {
    const ledger = makeLedger([
      { name: "内资", total: 10000, plan: 1000, done: 500 },
      { name: "外资", currency: "USD", total: 1000, plan: 100, done: 50 },
    ]);
    const report = runCheck(ledger, { rules: { ...rules, usdToCny: 7 } });
    assert.equal(report.totals.totalInvestment, 17000);
    assert.equal(report.totals.annualPlan, 1700);
    assert.equal(report.totals.completed, 850);
  });

  it("words the area from the title or the option", () => {
    const county: Ledger = { ...makeLedger(seeds), title: "2024年某某县重点项目建设台账" };
    assert.ok(runCheck(county, { rules }).narrative["zh-CN"].startsWith("全县共实施重点项目3个"));
    assert.ok(
      runCheck(county, { rules, area: "全区" }).narrative["zh-CN"].startsWith(
        "全区共实施重点项目3个"
      )
    );
    assert.ok(
      runCheck(county, { rules }).narrative.en.startsWith(
        "Across the county, 3 key projects are under way"
      )
    );
  });

  it("without groups, names the projects not started after the totals", () => {
    const ledger = makeLedger(seeds.map(({ sector: _s, category: _c, ...rest }) => rest));
    const report = runCheck(ledger, { rules });
    assert.deepEqual(report.groups, {});
    assert.equal(
      report.narrative["zh-CN"],
      "全市共实施重点项目3个，总投资8.50亿元，年度计划投资2.20亿元。其中，开工建设2个，完成投资0.80亿元，占年度计划的36.36%，低于时间进度13.64个百分点。丙尚未开工。"
    );
  });
});
