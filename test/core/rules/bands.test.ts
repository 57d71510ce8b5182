import assert from "node:assert/strict";
import { DEFAULT_RULES, findPreset } from "../../../src/core/rules/presets";
import { bandsWithSevereFrom, severeLagPoints } from "../../../src/core/rules/bands";
import { parseRuleSet, ruleSetToJson } from "../../../src/core/rules/validate";
import {
  bandIndex,
  isSevereBand,
  isSeverelyBehind,
  projectSchedule,
} from "../../../src/core/schedule/schedule";
import { bandCondition } from "../../../src/core/summaries/band-formula";
import { shownPoints } from "../../../src/core/format";
import { toCnyAmounts } from "../../../src/core/rules/currency";
import { STATUS_LABELS } from "../../../src/core/summaries/labels";
import type { ColourBand, RuleSet } from "../../../src/core/report-types";
import { makeProject } from "../../helpers/ledger-builder";

const band = (min: number, max: number | null, fill = "#FFEB9C", font = "#9C5700") => ({
  minLagPoints: min,
  maxLagPoints: max,
  fill,
  font,
});
const ranges = (bands: readonly ColourBand[]) => bands.map((b) => [b.minLagPoints, b.maxLagPoints]);

/** Status of a project V points from the time progress (T = 50%, plan 1000). */
function statusAt(variance: number, rules: RuleSet) {
  const row = makeProject({ name: "A", plan: 1000, done: (0.5 + variance / 100) * 1000 });
  return projectSchedule({
    row,
    cny: toCnyAmounts(row, rules),
    timeProgress: 0.5,
    hasCompletion: true,
    rules,
  });
}

/** Evaluates a band's Excel condition ("ISNUMBER(H6),-ROUND(H6,2)>=10,-ROUND(H6,2)<20") for a value of H6. */
function conditionHolds(b: ColourBand, value: number): boolean {
  const rounded = Math.round(value * 100) / 100; // Excel's ROUND(x, 2) for these values
  return bandCondition("H6", b)
    .split(/,(?![^(]*\))/)
    .every((part) => {
      if (part === "ISNUMBER(H6)") return true;
      const m = /^-ROUND\(H6,2\)(>=|<)(.+)$/.exec(part)!;
      return m[1] === ">=" ? -rounded >= Number(m[2]) : -rounded < Number(m[2]);
    });
}

describe("one status rule: colour bands and 严重滞后", () => {
  it("defaults: yellow from 10, red and 严重滞后 from 20 points behind", () => {
    assert.deepEqual(ranges(DEFAULT_RULES.colourBands), [
      [10, 20],
      [20, null],
    ]);
    assert.equal(severeLagPoints(DEFAULT_RULES.colourBands), 20);
    for (const id of ["municipal-3000", "provincial-1yi", "platform-5000"])
      assert.equal(severeLagPoints(findPreset(id)!.colourBands), 20, id);
  });

  it("status label, band index and the sheets' band formula agree at every boundary", () => {
    const custom = parseRuleSet({
      colourBands: [band(5, 15), band(15, 25), band(25, null)],
    }).rules!;
    for (const rules of [DEFAULT_RULES, custom]) {
      const severe = severeLagPoints(rules.colourBands)!;
      const cuts = rules.colourBands.flatMap((b) => [b.minLagPoints, b.maxLagPoints ?? 0]);
      const lags = [...new Set([0, 0.001, ...cuts.flatMap((c) => [c - 0.001, c, c + 0.001]), 99])];
      for (const lag of lags.filter((l) => l >= 0)) {
        const variance = -lag;
        const s = statusAt(variance, rules);
        // The computed V carries float noise; everything is decided on V as shown (2 decimals).
        const v = s.variancePoints!;
        const expectSevere = -shownPoints(v) >= severe;
        assert.equal(s.status === "severely-behind", expectSevere, `lag ${lag}: status`);
        assert.equal(isSevereBand(s.band, rules), expectSevere, `lag ${lag}: band`);
        assert.equal(isSeverelyBehind(v, rules), expectSevere, `lag ${lag}: pane tone`);
        assert.equal(s.band, bandIndex(v, rules.colourBands));
        rules.colourBands.forEach((b, i) =>
          assert.equal(conditionHolds(b, v), s.band === i, `lag ${lag}: formula of band ${i}`)
        );
        if (s.status === "severely-behind")
          assert.equal(STATUS_LABELS[s.status]["zh-CN"], "严重滞后");
        if (shownPoints(-lag) < 0 && !expectSevere) assert.equal(s.status, "behind", `lag ${lag}`);
      }
    }
  });

  it("exactly 20 behind is red and 严重滞后; 19.99 is yellow and 滞后; 9.99 has no colour", () => {
    const at = (v: number) => [
      isSeverelyBehind(v, DEFAULT_RULES),
      bandIndex(v, DEFAULT_RULES.colourBands),
    ];
    assert.deepEqual(at(-20), [true, 1]);
    assert.deepEqual(at(-19.99), [false, 0]);
    assert.deepEqual(at(-10), [false, 0]);
    assert.deepEqual(at(-9.99), [false, null]);
    assert.deepEqual(at(0), [false, null]);
    assert.equal(statusAt(-20, DEFAULT_RULES).status, "severely-behind"); // 0.3 − 0.5 is exact
  });

  it("decides on the points as shown: 40% against 50% (−9.999… in floats) is 10 points behind", () => {
    const v = (0.4 - 0.5) * 100;
    assert.ok(v > -10, "the float noise this guards against");
    assert.deepEqual(
      [bandIndex(v, DEFAULT_RULES.colourBands), isSeverelyBehind(v, DEFAULT_RULES)],
      [0, false]
    );
    assert.equal(conditionHolds(DEFAULT_RULES.colourBands[0], v), true);
    // −0.001 shows as 0.00: on schedule, not behind and uncoloured.
    assert.equal(statusAt(-0.001, DEFAULT_RULES).status, "ahead");
    assert.equal(bandIndex(-0.001, DEFAULT_RULES.colourBands), null);
  });
});

describe("rule files from before the one status rule", () => {
  const oldDefaults = {
    severeBehindPoints: 20,
    colourBands: [
      { ...band(10, 30), label: { "zh-CN": "滞后10至30个百分点", en: "10 to 30 points behind" } },
      {
        ...band(30, null, "#FFC7CE", "#9C0006"),
        label: { "zh-CN": "滞后30个百分点及以上", en: "30 points or more behind" },
      },
    ],
  };

  it("an old file (bands 10–30, 30+, severe 20) loads as 10–20 and 20+, labels following", () => {
    const { rules, errors } = parseRuleSet(oldDefaults);
    assert.deepEqual(errors, []);
    assert.deepEqual(ranges(rules!.colourBands), [
      [10, 20],
      [20, null],
    ]);
    assert.equal(rules!.colourBands[1].fill, "#FFC7CE");
    assert.equal(rules!.colourBands[0].label["zh-CN"], "滞后10至20个百分点");
    assert.equal(rules!.colourBands[1].label["zh-CN"], "滞后20个百分点及以上");
  });

  it("severeBehindPoints moves the red band up or down; typed labels stay", () => {
    const up = parseRuleSet({ ...oldDefaults, severeBehindPoints: 40 }).rules!;
    assert.deepEqual(ranges(up.colourBands), [
      [10, 40],
      [40, null],
    ]);
    const down = parseRuleSet({ severeBehindPoints: 5 }).rules!;
    assert.deepEqual(ranges(down.colourBands), [[5, null]]);
    const typed = bandsWithSevereFrom(
      [
        { ...band(10, 30), label: { "zh-CN": "关注", en: "watch" } },
        { ...band(30, null), label: { "zh-CN": "红", en: "red" } },
      ],
      25
    );
    assert.deepEqual(ranges(typed), [
      [10, 25],
      [25, null],
    ]);
    assert.deepEqual(
      typed.map((b) => b.label.en),
      ["watch", "red"]
    );
  });

  it("a gap before the red band stays; a band crossing the threshold is cut", () => {
    assert.deepEqual(
      ranges(bandsWithSevereFrom([{ ...band(10, 15), label: { "zh-CN": "", en: "" } }], 20)),
      [
        [10, 15],
        [20, null],
      ]
    );
    const crossing = parseRuleSet({ colourBands: [band(10, 30)], severeBehindPoints: 20 }).rules!;
    assert.deepEqual(ranges(crossing.colourBands), [
      [10, 20],
      [20, null],
    ]);
    assert.equal(crossing.colourBands[1].fill, "#FFC7CE"); // no red band in the file: Excel's red
  });

  it("bands without an open-ended band, or none, get the red band from the preset's threshold", () => {
    assert.deepEqual(ranges(parseRuleSet({ colourBands: [band(5, 12)] }).rules!.colourBands), [
      [5, 12],
      [20, null],
    ]);
    assert.deepEqual(ranges(parseRuleSet({ colourBands: [] }).rules!.colourBands), [[20, null]]);
  });

  it("written rules read back the same, without severeBehindPoints", () => {
    const rules = parseRuleSet(oldDefaults).rules!;
    const text = ruleSetToJson(rules);
    assert.ok(!text.includes("severeBehindPoints"));
    assert.deepEqual(parseRuleSet(text).rules, rules);
  });

  it("a bad severeBehindPoints is still an error naming the key", () => {
    const { rules, errors } = parseRuleSet({ severeBehindPoints: "many" });
    assert.equal(rules, null);
    assert.match(errors[0]["zh-CN"], /^severeBehindPoints：应为数字/);
  });
});
