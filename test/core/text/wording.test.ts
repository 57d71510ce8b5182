/** The one wording module: period, time progress, points and amounts, in both languages. */
import assert from "node:assert/strict";
import type { Period } from "../../../src/core/report-types";
import {
  periodLabel,
  pointsText,
  rateText,
  resultLabel,
  signedPointsText,
  timeModeText,
  timeProgressLine,
  timeProgressText,
  wanAmountText,
  yiText,
} from "../../../src/core/text/wording";

const OCTOBER: Period = {
  asOf: null,
  month: 10,
  year: 2024,
  timeProgress: 10 / 12,
  mode: "month",
  source: "ledger",
};

describe("wording: one module for the period, time progress, points and amounts", () => {
  it("labels a result with its sheet, period and time progress", () => {
    assert.equal(resultLabel("10月", OCTOBER, "zh-CN"), "10月 · 2024年1-10月 · 时序进度83.33%");
    assert.equal(resultLabel("Oct", OCTOBER, "en"), "Oct · Jan–Oct 2024 · Time progress 83.33%");
    const unknown: Period = { ...OCTOBER, month: null, timeProgress: null };
    assert.equal(resultLabel("台账", unknown, "zh-CN"), "台账 · 2024年");
  });

  it("words the period and the time progress the same for the sheets, the panes and the CLI", () => {
    assert.equal(periodLabel(OCTOBER, "zh-CN"), "2024年1-10月");
    assert.equal(periodLabel(OCTOBER, "en"), "Jan–Oct 2024");
    assert.equal(timeProgressText(0.75, "zh-CN"), "时序进度75.00%");
    assert.equal(timeProgressLine(OCTOBER, "zh-CN"), "时序进度：83.33%（1-10月）");
    assert.equal(timeModeText("day", "zh-CN"), "按日");
    assert.equal(timeModeText("month", "en"), "by month");
  });

  it("words points and amounts, with a dash when unknown", () => {
    assert.equal(pointsText(-9.54, "zh-CN"), "-9.54个百分点");
    assert.equal(pointsText(3.2, "en"), "+3.20 points");
    assert.equal(pointsText(null, "zh-CN"), "—");
    assert.equal(signedPointsText(-0.001), "0.00");
    assert.equal(rateText(0.42137), "42.14%");
    assert.equal(yiText(7185900, "zh-CN"), "718.59亿元");
    assert.equal(yiText(7185900, "en"), "CNY 71.86 bn");
    assert.equal(wanAmountText(1440, "zh-CN"), "1,440万元");
    assert.equal(wanAmountText(1234.5, "en"), "CNY 12.345 million");
    assert.equal(wanAmountText(null, "en"), "—");
  });
});
