import assert from "node:assert/strict";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { bandIndex, projectSchedule } from "../../../src/core/schedule/schedule";
import { toCnyAmounts } from "../../../src/core/rules/currency";
import { makeProject, type ProjectSeed } from "../../helpers/ledger-builder";
import { pointsAbs, shownPoints } from "../../../src/core/format";
import fc from "fast-check";

const rules = DEFAULT_RULES; // bands: 10–20 yellow (0), ≥20 red (1) = 严重滞后

function schedule(seed: ProjectSeed, timeProgress: number | null = 0.5, hasCompletion = true) {
  const row = makeProject(seed);
  return projectSchedule({
    row,
    cny: toCnyAmounts(row, rules),
    timeProgress,
    hasCompletion,
    rules,
  });
}

describe("project schedule", () => {
  it("computes R, V and SPI on raw values", () => {
    const s = schedule({ name: "A", plan: 3000, done: 1264.2 });
    assert.equal(s.completionRate, 0.4214);
    assert.ok(Math.abs(s.variancePoints! - -7.86) < 1e-9);
    assert.ok(Math.abs(s.spi! - 0.8428) < 1e-12);
    assert.equal(s.status, "behind");
    assert.equal(s.band, null);
  });

  it("V is computed from the raw rate, not from a rounded one", () => {
    // R = 0.4166499, T = 5/12: raw V = −0.0017 → "0.00"; with R first rounded to 41.66%, V = −0.0067 → "0.01".
    const s = schedule({ name: "A", plan: 10000, done: 4166.499 }, 5 / 12);
    assert.equal(pointsAbs(s.variancePoints!), "0.00");
    const fromRounded = (0.4166 - 5 / 12) * 100; // −0.0066… → would read 0.01
    assert.equal(pointsAbs(fromRounded), "0.01");
    // Shown as 0.00, so on schedule (status and bands are decided on V as shown).
    assert.equal(s.status, "ahead");
  });

  it("property: V = (completed / plan − N/12) × 100 exactly, SPI = R / T, status by the sign of V", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e7, noNaN: true }),
        fc.double({ min: 0, max: 2e7, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (plan, done, month) => {
          const T = month / 12;
          const s = schedule({ name: "A", plan, done }, T);
          assert.equal(s.completionRate, done / plan);
          assert.equal(s.variancePoints, (done / plan - T) * 100);
          assert.equal(s.spi, done / plan / T);
          assert.equal(s.status === "ahead", shownPoints(s.variancePoints!) >= 0);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("ahead when V ≥ 0, including exactly on schedule", () => {
    assert.equal(schedule({ name: "A", plan: 100, done: 50 }).status, "ahead");
    assert.equal(schedule({ name: "A", plan: 100, done: 50 }).variancePoints, 0);
    assert.equal(schedule({ name: "A", plan: 100, done: 80 }).status, "ahead");
  });

  it("severely behind in the last (red) colour band, yellow before it", () => {
    const exactlySevere = schedule({ name: "A", plan: 100, done: 30 }); // V = −20
    assert.equal(exactlySevere.status, "severely-behind");
    assert.equal(exactlySevere.band, 1);
    assert.equal(schedule({ name: "A", plan: 100, done: 31 }).status, "behind");
    assert.equal(schedule({ name: "A", plan: 100, done: 31 }).band, 0);
    assert.equal(schedule({ name: "A", plan: 100, done: 41 }).band, null); // 9 points behind
    assert.equal(schedule({ name: "A", plan: 100, done: 10 }).band, 1); // 40 behind
    assert.equal(schedule({ name: "A", plan: 100, done: 10 }, 0.5, true).status, "severely-behind");
  });

  it("not started beats everything; no plan when the plan is missing or zero", () => {
    assert.equal(schedule({ name: "A", plan: 100, done: 0, started: false }).status, "not-started");
    const zero = schedule({ name: "A", plan: 0, done: 10 });
    assert.equal(zero.status, "no-plan");
    assert.equal(zero.completionRate, null);
    assert.equal(zero.variancePoints, null);
    assert.equal(zero.spi, null);
    assert.equal(schedule({ name: "A", plan: null, done: 10 }).status, "no-plan");
  });

  it("without a completion column, R, V and SPI are null and the status is unknown", () => {
    const s = schedule({ name: "A", plan: 100 }, 0.5, false);
    assert.deepEqual(s, {
      completionRate: null,
      variancePoints: null,
      spi: null,
      timeProgress: 0.5,
      status: "unknown",
      band: null,
    });
    assert.equal(
      schedule({ name: "A", plan: 100, started: false }, 0.5, false).status,
      "not-started"
    );
    assert.equal(schedule({ name: "A", plan: 0 }, 0.5, false).status, "no-plan");
  });

  it("with a completion column, a blank completion counts as nothing done", () => {
    const s = schedule({ name: "A", plan: 100, done: null });
    assert.equal(s.completionRate, 0);
    assert.equal(s.variancePoints, -50);
  });

  it("without a reporting month, R is known but V and SPI are not", () => {
    const s = schedule({ name: "A", plan: 100, done: 40 }, null);
    assert.equal(s.completionRate, 0.4);
    assert.equal(s.variancePoints, null);
    assert.equal(s.status, "unknown");
  });

  it("USD rows are converted with the rule set's rate (the rate itself is currency-free)", () => {
    const row = makeProject({ name: "外资", currency: "USD", plan: 100, done: 60 });
    const cny = toCnyAmounts(row, rules);
    assert.equal(cny.annualPlan, 100 * rules.usdToCny);
    assert.equal(
      projectSchedule({ row, cny, timeProgress: 0.5, hasCompletion: true, rules }).completionRate,
      0.6
    );
  });

  it("bands are [min, max) and configurable", () => {
    const bands = [
      {
        minLagPoints: 5,
        maxLagPoints: 15,
        fill: "#FFFF00",
        font: "#000000",
        label: { "zh-CN": "黄", en: "yellow" },
      },
      {
        minLagPoints: 15,
        maxLagPoints: null,
        fill: "#FF0000",
        font: "#FFFFFF",
        label: { "zh-CN": "红", en: "red" },
      },
    ];
    assert.equal(bandIndex(-4.99, bands), null);
    assert.equal(bandIndex(-5, bands), 0);
    assert.equal(bandIndex(-15, bands), 1);
    assert.equal(bandIndex(3, bands), null);
    assert.equal(bandIndex(null, bands), null);
  });
});
