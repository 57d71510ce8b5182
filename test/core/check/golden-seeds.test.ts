/**
 * Golden tests: ledgers built to the published sums of the seed reports must give back the
 * published figures and sentences.
 */
import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { fixed, percent, pointsSigned, yi } from "../../../src/core/format";
import type { GroupFigures } from "../../../src/core/report-types";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { SEED_001_TOTALS_SENTENCE, seed001Ledger } from "../../fixtures/seeds/seed-001";
import { seed002Ledger } from "../../fixtures/seeds/seed-002";

/** A group row as a bulletin prints it: [亿元 completed, rate, signed points]. */
const printed = (g: GroupFigures) => [
  yi(g.completed!),
  percent(g.completionRate!),
  pointsSigned(g.variancePoints!),
];

describe("golden: seed 001 (2011年上半年全市重点项目)", () => {
  const report = runCheck(seed001Ledger(), { rules: DEFAULT_RULES });
  const lines = report.narrative["zh-CN"].split("\n");

  it("reproduces the totals", () => {
    const t = report.totals;
    assert.equal(report.period.timeProgress, 0.5);
    assert.equal(t.projects, 45);
    assert.equal(t.started, 39);
    assert.equal(yi(t.totalInvestment), "259.57");
    assert.equal(yi(t.annualPlan), "134.18");
    assert.equal(yi(t.completed!), "56.54");
    assert.equal(percent(t.completionRate!), "42.14%");
    assert.equal(pointsSigned(t.variancePoints!), "-7.86");
  });

  it("writes the totals sentence word for word (without the seed's 第一批)", () => {
    assert.equal(lines[0], SEED_001_TOTALS_SENTENCE);
  });

  it("reproduces the sector rows", () => {
    const bySector = new Map(report.groups.sector.map((g) => [g.key, g]));
    assert.deepEqual(
      [...bySector.keys()],
      ["工业", "交通电力", "城建", "社会事业", "农业", "片区"]
    );
    assert.deepEqual(printed(bySector.get("工业")!), ["34.74", "53.20%", "+3.20"]);
    assert.deepEqual(printed(bySector.get("交通电力")!), ["13.83", "31.71%", "-18.29"]);
    assert.deepEqual(printed(bySector.get("城建")!), ["4.37", "45.56%", "-4.44"]);
    assert.deepEqual(printed(bySector.get("社会事业")!), ["1.77", "17.83%", "-32.17"]);
    // The seed prints 低于时间进度13.96个百分点, an arithmetic slip: 36.01 − 50 = −13.99.
    assert.deepEqual(printed(bySector.get("农业")!), ["1.84", "36.01%", "-13.99"]);
  });

  it("the sector rows add up to the totals within display rounding", () => {
    const sectors = report.groups.sector;
    const sum = (pick: (g: GroupFigures) => number) => sectors.reduce((s, g) => s + pick(g), 0);
    assert.equal(
      sum((g) => g.projects),
      45
    );
    assert.equal(
      sum((g) => g.started),
      39
    );
    assert.equal(fixed(sum((g) => g.completed!) / 10000), "56.54");
    assert.equal(fixed(sum((g) => g.annualPlan) / 10000), "134.18");
  });

  it("writes one sentence per sector in the seed's wording", () => {
    assert.equal(lines.length, 7);
    assert.equal(
      lines[1],
      "1、工业项目，完成投资34.74亿元，占年度计划的53.20%，高于时间进度3.20个百分点。" +
        "其中21个项目开工在建，万洋免维护蓄电池项目、天昱太阳能玻璃项目、天利太阳能光伏玻璃项目等13个项目超时间进度，" +
        "豫光多金属综合回收、中联新型干法水泥熟料生产线、金马苯加氢项目等8个项目进度较慢。" +
        "中原特钢高洁净重型机械装备项目、恒通集团PVC深加工产业园、金马焦化年产12万吨炭黑项目等4个项目尚未开工。"
    );
    assert.ok(
      lines[2].startsWith(
        "2、交通电力项目，完成投资13.83亿元，占年度计划的31.71%，低于时间进度18.29个百分点。"
      )
    );
    assert.ok(
      lines[3].startsWith(
        "3、城建项目，完成投资4.37亿元，占年度计划的45.56%，低于时间进度4.44个百分点。"
      )
    );
    assert.ok(
      lines[4].startsWith(
        "4、社会事业项目，完成投资1.77亿元，占年度计划的17.83%，低于时间进度32.17个百分点。"
      )
    );
    assert.ok(
      lines[4].endsWith(
        "其中3个项目开工在建，九里沟生态旅游区项目超时间进度，旅游客服中心项目、河口村水库移民项目等2个项目进度较慢。职业教育园区项目尚未开工。"
      )
    );
    assert.ok(
      lines[5].startsWith(
        "5、农业项目，完成投资1.84亿元，占年度计划的36.01%，低于时间进度13.99个百分点。"
      )
    );
    // Behind projects are cited by lag: 小浪底 (16.67%) before 河口村水库 (41.97%).
    assert.ok(
      lines[5].endsWith("其中2个项目开工在建，小浪底北岸灌区工程、河口村水库等2个项目进度较慢。")
    );
  });

  it("writes the English text with the same figures", () => {
    const [totals, industry] = report.narrative.en.split("\n");
    assert.equal(
      totals,
      "Across the city, 45 key projects are under way, with total investment of 25.957 billion yuan and annual planned investment of 13.418 billion yuan. " +
        "Of these, 39 have started construction. Completed investment reached 5.654 billion yuan, 42.14% of the annual plan, 7.86 percentage points behind the time schedule."
    );
    assert.ok(
      industry.startsWith(
        "1. 工业: completed investment 3.474 billion yuan, 53.20% of the annual plan, 3.20 percentage points ahead of the time schedule. 21 projects have started construction; 13 are ahead of schedule, including 万洋免维护蓄电池项目"
      )
    );
  });
});

describe("golden: seed 002 (平昌县 2021年上半年)", () => {
  const report = runCheck(seed002Ledger(), { rules: DEFAULT_RULES, groupBy: ["level", "listed"] });

  it("reproduces 200 projects at 54.84% of plan", () => {
    assert.equal(report.totals.projects, 200);
    assert.equal(fixed(report.totals.completed! / 10000, 4), "134.1871");
    assert.equal(percent(report.totals.completionRate!), "54.84%");
    assert.ok(report.narrative["zh-CN"].startsWith("全县共实施重点项目200个，"));
  });

  it("市级: 50 projects, 88.216亿元, 60.30%, +10.30 points", () => {
    const city = report.groups.level.find((g) => g.key === "市级")!;
    assert.equal(city.projects, 50);
    assert.equal(fixed(city.completed! / 10000, 3), "88.216");
    assert.equal(percent(city.completionRate!), "60.30%");
    assert.equal(pointsSigned(city.variancePoints!), "+10.30");
    assert.deepEqual(
      report.groups.level.map((g) => g.key),
      ["市级", "县级"]
    );
  });

  it("挂牌: 10 projects, 19.452亿元, 61.60%, +11.60 points", () => {
    const listed = report.groups.listed.find((g) => g.key === "挂牌")!;
    assert.equal(listed.projects, 10);
    assert.equal(fixed(listed.completed! / 10000, 3), "19.452");
    assert.equal(percent(listed.completionRate!), "61.60%");
    assert.equal(pointsSigned(listed.variancePoints!), "+11.60");
  });

  it("words the 市级 group as the seed does", () => {
    const line = report.narrative["zh-CN"].split("\n")[1];
    assert.ok(
      line.startsWith(
        "1、市级项目，完成投资88.22亿元，占年度计划的60.30%，高于时间进度10.30个百分点。其中50个项目开工在建，"
      )
    );
  });
});
