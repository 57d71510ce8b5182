import assert from "node:assert/strict";
import { InputError } from "../../../src/core/errors";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { dayOfYear, resolvePeriod } from "../../../src/core/schedule/period";
import { makeLedger } from "../../helpers/ledger-builder";

const rules = DEFAULT_RULES;
const ledgerFor = (reportingMonth: number | null, reportingYear: number | null = 2024) =>
  makeLedger([{ name: "项目", plan: 100, done: 50 }], { reportingMonth, reportingYear });

describe("resolvePeriod", () => {
  it("month mode: end of May is 5/12, end of June 50%", () => {
    const may = resolvePeriod(ledgerFor(5), { rules });
    assert.equal(may.timeProgress, 5 / 12);
    assert.equal((may.timeProgress! * 100).toFixed(2), "41.67");
    const june = resolvePeriod(ledgerFor(6), { rules });
    assert.deepEqual(june, {
      asOf: null,
      month: 6,
      year: 2024,
      timeProgress: 0.5,
      mode: "month",
      source: "ledger",
    });
  });

  it("the month option overrides the ledger's month", () => {
    const period = resolvePeriod(ledgerFor(6), { rules, month: 9 });
    assert.equal(period.month, 9);
    assert.equal(period.source, "user");
    assert.equal(period.timeProgress, 0.75);
  });

  it("takes the month and year from the as-of date when the ledger has none", () => {
    const period = resolvePeriod(ledgerFor(null, null), { rules, asOf: "2023-09-30" });
    assert.deepEqual(period, {
      asOf: "2023-09-30",
      month: 9,
      year: 2023,
      timeProgress: 0.75,
      mode: "month",
      source: "as-of",
    });
  });

  it("an as-of date the user gives wins over the ledger's month and year", () => {
    const period = resolvePeriod(ledgerFor(6, 2023), { rules, asOf: "2024-08-31" });
    assert.equal(period.month, 8);
    assert.equal(period.year, 2024);
    assert.equal(period.source, "as-of");
  });

  it("an explicit month wins over the as-of date", () => {
    const period = resolvePeriod(ledgerFor(6), { rules, asOf: "2024-08-31", month: 7 });
    assert.equal(period.month, 7);
    assert.equal(period.source, "user");
  });

  it("day mode on a leap year: 2024-06-30 is 182/366", () => {
    const period = resolvePeriod(ledgerFor(null), { rules, asOf: "2024-06-30", timeMode: "day" });
    assert.equal(period.mode, "day");
    assert.equal(period.timeProgress, 182 / 366);
  });

  it("day mode without a date counts to the last day of the reporting month", () => {
    assert.equal(
      resolvePeriod(ledgerFor(6, 2023), { rules, timeMode: "day" }).timeProgress,
      181 / 365
    );
    assert.equal(
      resolvePeriod(ledgerFor(2, 2024), { rules, timeMode: "day" }).timeProgress,
      60 / 366
    );
  });

  it("day mode uses the as-of day within the reporting month", () => {
    assert.equal(
      resolvePeriod(ledgerFor(6, 2023), { rules, asOf: "2023-06-15", timeMode: "day" })
        .timeProgress,
      166 / 365
    );
  });

  it("day mode comes from the rule set too", () => {
    const period = resolvePeriod(ledgerFor(12, 2023), { rules: { ...rules, timeMode: "day" } });
    assert.equal(period.timeProgress, 1);
  });

  it("no month anywhere: T unknown", () => {
    const period = resolvePeriod(ledgerFor(null), { rules });
    assert.equal(period.month, null);
    assert.equal(period.timeProgress, null);
    assert.equal(period.source, "none");
  });

  it("an as-of date of year and month means that month's end", () => {
    const period = resolvePeriod(ledgerFor(null, null), {
      rules,
      asOf: "2024-02",
      timeMode: "day",
    });
    assert.equal(period.timeProgress, 60 / 366);
  });

  it("rejects an impossible as-of date with a message in both languages", () => {
    for (const bad of ["2023-02-29", "2024-13-01", "30/06/2024", ""]) {
      assert.throws(
        () => resolvePeriod(ledgerFor(6), { rules, asOf: bad }),
        (e: unknown) =>
          e instanceof InputError &&
          e.code === "input.as-of" &&
          e.text["zh-CN"].includes(`“${bad}”`) &&
          e.text.en.includes("2024-06-30")
      );
    }
  });

  it("rejects a month outside 1–12", () => {
    for (const bad of [0, 13, 6.5]) {
      assert.throws(
        () => resolvePeriod(ledgerFor(6), { rules, month: bad }),
        (e: unknown) => e instanceof InputError && e.code === "input.month"
      );
    }
  });

  it("counts days of the year", () => {
    assert.equal(dayOfYear(2024, 1, 1), 1);
    assert.equal(dayOfYear(2024, 12, 31), 366);
    assert.equal(dayOfYear(2023, 12, 31), 365);
    assert.equal(dayOfYear(2024, 3, 1), 61);
  });
});
