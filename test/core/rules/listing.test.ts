import assert from "node:assert/strict";
import { evaluateListing } from "../../../src/core/rules/listing";
import { DEFAULT_RULES, findPreset } from "../../../src/core/rules/presets";
import type { RuleSet } from "../../../src/core/report-types";
import { makeProject, type ProjectSeed } from "../../helpers/ledger-builder";
import { wanText } from "../../../src/core/text/wording";

const listing = (seed: Partial<ProjectSeed>, rules: RuleSet = DEFAULT_RULES) =>
  evaluateListing(makeProject({ name: "测试项目", ...seed }), rules);
const reasonsZh = (seed: Partial<ProjectSeed>, rules?: RuleSet) =>
  listing(seed, rules).reasons.map((r) => r["zh-CN"]);

describe("evaluateListing", () => {
  it("exactly at the threshold is eligible; a cent below is not", () => {
    const at = listing({ total: 3000 });
    assert.equal(at.eligible, true);
    assert.equal(at.threshold, 3000);
    assert.equal(at.thresholdCurrency, "CNY");
    assert.equal(at.tier, "construction");
    assert.deepEqual(at.reasons, [
      {
        "zh-CN": "总投资3,000万元，达到入库标准3,000万元",
        en: "Total CNY 30 million meets the listing criterion of CNY 30 million",
      },
    ]);
    const below = listing({ total: 2999.99 });
    assert.equal(below.eligible, false);
    assert.deepEqual(
      below.reasons.map((r) => r["zh-CN"]),
      ["总投资2,999.99万元，低于入库标准3,000万元（差0.01万元）"]
    );
  });

  it("amounts converted from 亿元 with floating noise still meet the threshold", () => {
    assert.equal(listing({ total: 0.3 * 10000 }).eligible, true); // 0.3亿 → 3000.0000000000005 or 2999.9999…
    assert.equal(listing({ total: 0.29 * 10000 }).eligible, false);
  });

  it("says how far below the threshold a project is", () => {
    assert.deepEqual(reasonsZh({ total: 2800 }), [
      "总投资2,800万元，低于入库标准3,000万元（差200万元）",
    ]);
    assert.deepEqual(
      listing({ total: 2800 }).reasons[0].en,
      "Total CNY 28 million is below the listing criterion of CNY 30 million (short by CNY 2 million)"
    );
  });

  it("checks USD projects against the USD threshold, in USD", () => {
    const exactly = listing({ currency: "USD", total: 500 });
    assert.equal(exactly.eligible, true);
    assert.equal(exactly.threshold, 500);
    assert.equal(exactly.thresholdCurrency, "USD");
    assert.deepEqual(
      exactly.reasons.map((r) => r["zh-CN"]),
      ["外资项目按美元标准：总投资500万美元，达到500万美元"]
    );
    // 480万美元 ≈ 3408万元 would pass the CNY rule, but USD projects are judged in USD.
    const below = listing({ currency: "USD", total: 480 });
    assert.equal(below.eligible, false);
    assert.deepEqual(
      below.reasons.map((r) => r["zh-CN"]),
      ["外资项目按美元标准：总投资480万美元，低于500万美元（差20万美元）"]
    );
    // A USD agriculture project still uses the USD threshold.
    assert.equal(listing({ currency: "USD", total: 200, sector: "农业" }).threshold, 500);
  });

  it("uses the reduced threshold for reduced sectors", () => {
    const farm = listing({ total: 1200, sector: "农业" });
    assert.equal(farm.eligible, true);
    assert.equal(farm.threshold, 1000);
    assert.deepEqual(
      farm.reasons.map((r) => r["zh-CN"]),
      ["农业项目适用降低后的标准1,000万元：总投资1,200万元，达到标准"]
    );
    assert.equal(listing({ total: 1000, sector: "农业" }).eligible, true);
    assert.equal(listing({ total: 999.99, sector: "农业" }).eligible, false);
    assert.deepEqual(reasonsZh({ total: 800, sector: "农林水利" }), [
      "农林水利项目适用降低后的标准1,000万元：总投资800万元，低于标准（差200万元）",
    ]);
    assert.equal(listing({ total: 1500, sector: "社会事业项目" }).threshold, 1000);
    assert.deepEqual(reasonsZh({ total: 1500, sector: "社会事业项目" }), [
      "社会事业项目适用降低后的标准1,000万元：总投资1,500万元，达到标准",
    ]);
    assert.equal(listing({ total: 1500, sector: "教育卫生" }).eligible, true);
    assert.equal(listing({ total: 1500, sector: "工业" }).eligible, false);
    assert.equal(listing({ total: 1500, sector: "工业" }).threshold, 3000);
  });

  it("takes the sector from the section rows when there is no sector column", () => {
    assert.equal(listing({ total: 1500, sector: null, sections: ["社会民生"] }).threshold, 1000);
    // A sector column wins over section labels.
    assert.equal(listing({ total: 1500, sector: "工业", sections: ["民生"] }).threshold, 3000);
  });

  it("puts 前期/预备/储备 projects in the preliminary tier", () => {
    const pre = listing({ total: 5000, category: "前期工作项目" });
    assert.equal(pre.tier, "preliminary");
    assert.equal(pre.eligible, true);
    assert.deepEqual(
      pre.reasons.map((r) => r["zh-CN"]),
      ["类别为“前期工作项目”，属于重大前期工作项目", "总投资5,000万元，达到入库标准3,000万元"]
    );
    assert.equal(listing({ total: 5000, sections: ["储备项目"] }).tier, "preliminary");
    assert.equal(listing({ total: 5000, status: "预备" }).tier, "preliminary");
    assert.equal(listing({ total: 5000, category: "续建" }).tier, "construction");
    assert.equal(listing({ total: 5000, category: "新开工" }).tier, "construction");
  });

  it("a missing total cannot be judged (eligible null, not a failure), with the reason", () => {
    const missing = listing({ total: null });
    assert.equal(missing.eligible, null);
    assert.deepEqual(missing.reasons, [
      {
        "zh-CN": "缺少总投资，无法判断是否达到入库标准",
        en: "Total investment is missing, so the listing criteria cannot be checked",
      },
    ]);
  });

  it("follows the chosen preset", () => {
    const provincial = findPreset("provincial-1yi") as RuleSet;
    assert.equal(listing({ total: 9000 }, provincial).eligible, false);
    assert.equal(listing({ total: 10000 }, provincial).eligible, true);
    assert.equal(listing({ total: 6000, sector: "生态环保" }, provincial).eligible, true);
    assert.equal(listing({ total: 4999, sector: "民生工程" }, provincial).eligible, false);
    const platform = findPreset("platform-5000") as RuleSet;
    assert.equal(listing({ total: 3000, sector: "科研平台" }, platform).eligible, true);
    assert.equal(listing({ total: 4000, sector: "制造业" }, platform).eligible, false);
    assert.equal(listing({ total: 5000, sector: "制造业" }, platform).eligible, true);
  });
});

describe("figures in messages: absurd amounts", () => {
  it("are written as plain exponents, never grouped like 1e+,300", () => {
    assert.equal(wanText(1e300), "1.00e300万元");
    assert.equal(wanText(2e15), "2.00e15万元");
    assert.equal(wanText(-1234567.891), "-1,234,567.89万元");
  });
});
