import assert from "node:assert/strict";
import { DEFAULT_RULES, findPreset, PRESETS } from "../../../src/core/rules/presets";
import { parseRuleSet, ruleSetToJson } from "../../../src/core/rules/validate";
import { editDistance } from "../../../src/core/text/edit-distance";
import { toCnyAmounts } from "../../../src/core/rules/currency";
import { groupedNumber } from "../../../src/core/text/wording";
import type { RuleSet } from "../../../src/core/report-types";
import type { LocalText } from "../../../src/core/types";
import { makeProject } from "../../helpers/ledger-builder";

const zh = (errors: LocalText[]) => errors.map((e) => e["zh-CN"]);
const en = (errors: LocalText[]) => errors.map((e) => e.en);

describe("rule presets", () => {
  it("default is the municipal 3000万 rule of seed 004", () => {
    assert.equal(DEFAULT_RULES.id, "municipal-3000");
    assert.equal(PRESETS[0], DEFAULT_RULES);
    assert.equal(DEFAULT_RULES.thresholdCNY, 3000);
    assert.equal(DEFAULT_RULES.thresholdUSD, 500);
    assert.equal(DEFAULT_RULES.reducedThresholdCNY, 1000);
    assert.deepEqual(DEFAULT_RULES.reducedSectors, [
      "农业",
      "农林",
      "林业",
      "畜牧",
      "渔业",
      "社会事业",
      "社会公益",
      "社会民生",
      "教育",
      "卫生",
      "医疗",
      "文化",
      "体育",
      "养老",
      "民生",
    ]);
    assert.equal(DEFAULT_RULES.usdToCny, 7.1);
    assert.equal(DEFAULT_RULES.timeMode, "month");
    assert.equal(DEFAULT_RULES.overPlanRatio, 1.5);
    assert.equal(DEFAULT_RULES.rateTolerancePoints, 0.5);
    assert.deepEqual(DEFAULT_RULES.preliminaryCategories, ["前期", "预备", "储备"]);
    assert.deepEqual(
      DEFAULT_RULES.colourBands.map((b) => [b.minLagPoints, b.maxLagPoints, b.fill, b.font]),
      [
        [10, 20, "#FFEB9C", "#9C5700"],
        [20, null, "#FFC7CE", "#9C0006"],
      ]
    );
  });

  it("has the provincial 1亿 and platform 5000万 presets", () => {
    const provincial = findPreset("provincial-1yi") as RuleSet;
    assert.equal(provincial.thresholdCNY, 10000);
    assert.equal(provincial.reducedThresholdCNY, 5000);
    for (const k of ["农业", "民生", "生态", "环保"])
      assert.ok(provincial.reducedSectors.includes(k), k);
    const platform = findPreset("platform-5000") as RuleSet;
    assert.equal(platform.thresholdCNY, 5000);
    assert.equal(platform.reducedThresholdCNY, 3000);
    assert.ok(platform.reducedSectors.includes("科研平台"));
    assert.equal(findPreset("nope"), null);
  });

  it("every preset is valid, named in both languages and survives a JSON round trip", () => {
    assert.equal(new Set(PRESETS.map((p) => p.id)).size, PRESETS.length);
    for (const preset of PRESETS) {
      assert.ok(preset.name["zh-CN"].length > 0 && preset.name.en.length > 0);
      const { rules, errors } = parseRuleSet(ruleSetToJson(preset));
      assert.deepEqual(errors, [], preset.id);
      assert.deepEqual(rules, preset);
    }
  });

  it("findPreset gives copies: editing one does not change the preset", () => {
    const copy = findPreset("municipal-3000") as RuleSet;
    copy.reducedSectors.push("工业");
    copy.colourBands[0].fill = "#000000";
    assert.ok(!DEFAULT_RULES.reducedSectors.includes("工业"));
    assert.equal(DEFAULT_RULES.colourBands[0].fill, "#FFEB9C");
  });
});

describe("parseRuleSet", () => {
  it("fills a partial object from the default", () => {
    const { rules, errors } = parseRuleSet({ thresholdCNY: 5000, timeMode: "day" });
    assert.deepEqual(errors, []);
    assert.equal(rules?.thresholdCNY, 5000);
    assert.equal(rules?.timeMode, "day");
    assert.equal(rules?.thresholdUSD, 500);
    assert.deepEqual(rules?.reducedSectors, DEFAULT_RULES.reducedSectors);
  });

  it("starts from a named preset, and from a given base", () => {
    const fromPreset = parseRuleSet({ preset: "provincial-1yi", usdToCny: 7.2 }).rules;
    assert.equal(fromPreset?.id, "provincial-1yi");
    assert.equal(fromPreset?.thresholdCNY, 10000);
    assert.equal(fromPreset?.usdToCny, 7.2);
    const base = findPreset("platform-5000") as RuleSet;
    assert.equal(parseRuleSet({}, base).rules?.thresholdCNY, 5000);
  });

  it("accepts JSON text and reports bad JSON", () => {
    assert.equal(parseRuleSet('{"thresholdCNY": 2000}').rules?.thresholdCNY, 2000);
    const bad = parseRuleSet("{thresholdCNY: 2000");
    assert.equal(bad.rules, null);
    assert.match(bad.errors[0]["zh-CN"], /^规则不是有效的 JSON/);
    const notObject = parseRuleSet([1, 2]);
    assert.equal(notObject.rules, null);
    assert.match(notObject.errors[0]["zh-CN"], /规则应为一个 JSON 对象.*\[1,2\]/);
  });

  it("names the key and what is wrong", () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { thresholdCNY: -5 },
        "thresholdCNY：不能为负数（现为 -5）",
        "thresholdCNY: must not be negative (got -5)",
      ],
      [
        { thresholdUSD: "500" },
        'thresholdUSD：应为数字，现为 "500"',
        'thresholdUSD: must be a number, got "500"',
      ],
      [{ usdToCny: 0 }, "usdToCny：应大于0（现为 0）", "usdToCny: must be greater than 0 (got 0)"],
      [
        { timeMode: "week" },
        'timeMode：应为 "month"（按月，N/12）或 "day"（按日），现为 "week"',
        'timeMode: must be "month" (N/12) or "day" (elapsed days), got "week"',
      ],
      [
        { reducedSectors: "农业" },
        'reducedSectors：应为关键词数组，如 ["农业", "教育"]，现为 "农业"',
        'reducedSectors: must be an array of keywords such as ["农业", "教育"], got "农业"',
      ],
      [
        { preliminaryCategories: ["前期", ""] },
        'preliminaryCategories[1]：应为非空文字，现为 ""',
        'preliminaryCategories[1]: must be non-empty text, got ""',
      ],
      [
        { reducedThresholdCNY: 5000 },
        "reducedThresholdCNY（5000）不应高于 thresholdCNY（3000）：降低后的标准须不高于一般标准",
        "reducedThresholdCNY (5000) must not be higher than thresholdCNY (3000)",
      ],
      [
        { thresholdCYN: 5000 },
        "未知的键 thresholdCYN（是否想写 thresholdCNY？）",
        "Unknown key thresholdCYN (did you mean thresholdCNY?)",
      ],
      [
        { preset: "county" },
        'preset：没有名为 "county" 的预设（可用：municipal-3000、provincial-1yi、platform-5000）',
        'preset: there is no preset "county" (available: municipal-3000, provincial-1yi, platform-5000)',
      ],
    ];
    for (const [input, zhText, enText] of cases) {
      const { rules, errors } = parseRuleSet(input);
      assert.equal(rules, null, JSON.stringify(input));
      assert.deepEqual(zh(errors), [zhText]);
      assert.deepEqual(en(errors), [enText]);
    }
  });

  it("an unknown key without a close match lists the known keys", () => {
    const { errors } = parseRuleSet({ colour: 1, thresholdCNY: 3000 });
    assert.match(errors[0]["zh-CN"], /^未知的键 colour（可用的键：preset、id、name、thresholdCNY/);
  });

  it("collects several errors at once", () => {
    const { rules, errors } = parseRuleSet({
      thresholdCNY: -1,
      severeBehindPoints: "x",
      overPlanRatio: -2,
    });
    assert.equal(rules, null);
    assert.equal(errors.length, 3);
  });

  it("validates colour bands: colours, order, overlap, bounds", () => {
    const band = (min: number, max: number | null, fill = "#FFEB9C") => ({
      minLagPoints: min,
      maxLagPoints: max,
      fill,
      font: "#9C5700",
    });
    assert.deepEqual(zh(parseRuleSet({ colourBands: [band(10, 30, "#GGHHII")] }).errors), [
      'colourBands[0].fill：颜色应写成 #RRGGBB（如 #FFC7CE），现为 "#GGHHII"',
    ]);
    assert.deepEqual(zh(parseRuleSet({ colourBands: [band(10, 30), band(20, null)] }).errors), [
      "colourBands：第1段（10–30）与第2段（20–∞）重叠",
    ]);
    assert.deepEqual(zh(parseRuleSet({ colourBands: [band(30, null), band(10, 30)] }).errors), [
      "colourBands：各段应按 minLagPoints 从小到大排列（第2段 10 排在第1段 30 之后）",
    ]);
    assert.deepEqual(zh(parseRuleSet({ colourBands: [band(10, null), band(40, null)] }).errors), [
      "colourBands：第1段（10–∞）与第2段（40–∞）重叠",
    ]);
    assert.deepEqual(zh(parseRuleSet({ colourBands: [band(30, 10)] }).errors), [
      "colourBands[0]：maxLagPoints（10）应大于 minLagPoints（30）",
    ]);
    assert.deepEqual(
      zh(parseRuleSet({ colourBands: [{ ...band(5, 10), fil: "#FFFFFF" }] }).errors),
      ["未知的键 colourBands[0].fil（是否想写 fill？）"]
    );
  });

  it("accepts adjacent bands and fills in missing labels", () => {
    const { rules, errors } = parseRuleSet({
      colourBands: [
        { minLagPoints: 5, maxLagPoints: 15, fill: "#ffeb9c", font: "#9C5700" },
        {
          minLagPoints: 15,
          maxLagPoints: null,
          fill: "#FFC7CE",
          font: "#9C0006",
          label: "严重滞后",
        },
      ],
    });
    assert.deepEqual(errors, []);
    assert.equal(rules?.colourBands[0].fill, "#FFEB9C");
    assert.deepEqual(rules?.colourBands[0].label, {
      "zh-CN": "滞后5至15个百分点",
      en: "5 to 15 points behind",
    });
    assert.deepEqual(rules?.colourBands[1].label, { "zh-CN": "严重滞后", en: "严重滞后" });
  });

  it("ruleSetToJson writes keys in a stable order", () => {
    const text = ruleSetToJson({ ...DEFAULT_RULES });
    const keys = Object.keys(JSON.parse(text));
    assert.deepEqual(keys, [
      "id",
      "name",
      "thresholdCNY",
      "thresholdUSD",
      "reducedThresholdCNY",
      "reducedSectors",
      "usdToCny",
      "timeMode",
      "colourBands",
      "overPlanRatio",
      "rateTolerancePoints",
      "preliminaryCategories",
      "groupOrder",
    ]);
    assert.deepEqual(Object.keys(JSON.parse(text).colourBands[0]), [
      "minLagPoints",
      "maxLagPoints",
      "fill",
      "font",
      "label",
    ]);
    assert.ok(text.startsWith('{\n  "id": "municipal-3000",'));
  });

  it("edit distance", () => {
    assert.equal(editDistance("thresholdcyn", "thresholdcny"), 2);
    assert.equal(editDistance("", "abc"), 3);
    assert.equal(editDistance("kitten", "sitting"), 3);
  });
});

describe("currency and figures", () => {
  it("converts USD rows with the rule set's rate and leaves CNY rows alone", () => {
    const usd = makeProject({ name: "外资", currency: "USD", total: 500, plan: 100, done: null });
    assert.deepEqual(toCnyAmounts(usd, DEFAULT_RULES), {
      totalInvestment: 3550,
      annualPlan: 710,
      completed: null,
      completedSinceStart: null,
      completedThisMonth: null,
      completedBeforeThisYear: null,
    });
    const cny = makeProject({ name: "内资", total: 500, plan: 100 });
    assert.equal(toCnyAmounts(cny, { ...DEFAULT_RULES, usdToCny: 7.2 }).totalInvestment, 500);
    assert.equal(toCnyAmounts(usd, { ...DEFAULT_RULES, usdToCny: 7.2 }).totalInvestment, 3600);
  });

  it("amountText groups thousands and trims zeros", () => {
    assert.equal(groupedNumber(2800), "2,800");
    assert.equal(groupedNumber(1234.5), "1,234.5");
    assert.equal(groupedNumber(2999.99), "2,999.99");
    assert.equal(groupedNumber(-1234567.891), "-1,234,567.89");
    assert.equal(groupedNumber(3000 - 2999.99), "0.01");
  });
});
