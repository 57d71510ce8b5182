import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { projectTimeProgress, startedThisYear } from "../../../src/core/schedule/start-progress";
import { buildListSheet } from "../../../src/core/summaries/list-sheets";
import { layoutSheet } from "../../../src/core/sheet-spec";
import type { Period } from "../../../src/core/report-types";
import { makeLedger } from "../../helpers/ledger-builder";

const october: Period = {
  asOf: null,
  month: 10,
  year: 2024,
  timeProgress: 10 / 12,
  mode: "month",
  source: "ledger",
};

describe("time progress of projects that started this year", () => {
  it("month mode: (N − s + 1) / (12 − s + 1), the start month counting whole", () => {
    const T = (start: { year: number; month: number }) => projectTimeProgress(october, start);
    assert.equal(T({ year: 2024, month: 10 }), 1 / 3); // October to end of October: 1 of 3 months
    assert.ok(Math.abs(T({ year: 2024, month: 7 })! - 4 / 6) < 1e-12); // July–October: 4 of 6
    assert.equal(T({ year: 2024, month: 1 }), 10 / 12); // January: the whole year
    assert.equal(T({ year: 2023, month: 10 }), 10 / 12); // started before this year
    assert.equal(T({ year: 2024, month: 11 }), 10 / 12); // after the period: not judged by it
    assert.equal(projectTimeProgress(october, null), 10 / 12);
    assert.equal(
      projectTimeProgress({ ...october, year: null }, { year: 2024, month: 10 }),
      10 / 12
    );
    assert.equal(
      projectTimeProgress({ ...october, timeProgress: null }, { year: 2024, month: 10 }),
      null
    );
    assert.ok(startedThisYear(october, { year: 2024, month: 10 }));
    assert.ok(!startedThisYear(october, { year: 2024, month: 1 }));
  });

  it("day mode: days since the start day / days from it to the year end", () => {
    const period: Period = { ...october, mode: "day", timeProgress: 305 / 366 }; // 31 Oct 2024
    // 1 Oct 2024 is day 275: 274 days before it; (305 − 274) / (366 − 274) = 31/92.
    const T = projectTimeProgress(period, { year: 2024, month: 10 })!;
    assert.ok(Math.abs(T - 31 / 92) < 1e-12);
    const mid = projectTimeProgress(period, { year: 2024, month: 10, day: 16 })!;
    assert.ok(Math.abs(mid - 16 / 77) < 1e-12);
  });

  it("runCheck judges a project started in October against 33.33%, not 83.33%", () => {
    const report = runCheck(
      makeLedger(
        [
          {
            name: "十月开工",
            total: 9000,
            plan: 3000,
            done: 300,
            startDate: { year: 2024, month: 10 },
          },
          { name: "续建", total: 9000, plan: 3000, done: 300, startDate: { year: 2022, month: 5 } },
        ],
        { reportingMonth: 10, reportingYear: 2024 }
      ),
      { rules: DEFAULT_RULES, groupBy: [] }
    );
    const [started, continuing] = report.projects.map((p) => p.schedule);
    assert.equal(started.timeProgress, 1 / 3);
    assert.ok(Math.abs(started.variancePoints! - (0.1 - 1 / 3) * 100) < 1e-9); // −23.33
    assert.equal(started.status, "severely-behind");
    assert.ok(Math.abs(started.spi! - 0.3) < 1e-12);
    assert.equal(continuing.timeProgress, 10 / 12);
    assert.ok(Math.abs(continuing.variancePoints! - (0.1 - 10 / 12) * 100) < 1e-9); // −73.33
    // Group figures stay on the full-year time progress, as published reports give them.
    assert.ok(Math.abs(report.totals.variancePoints! - (0.1 - 10 / 12) * 100) < 1e-9);

    const sheet = buildListSheet(report, "behind", { lang: "zh-CN" })!;
    const header = layoutSheet(sheet).values.find((row) => row.includes("项目时序进度"))!;
    const column = header.indexOf("项目时序进度");
    assert.deepEqual(
      sheet.rows.map((row) => [row.values[1], row.values[column]]),
      [
        ["续建", 10 / 12],
        ["十月开工", 1 / 3],
      ]
    );
    assert.ok(
      sheet.footnotes.some((n) =>
        n.includes(
          "本年开工的项目按开工以来的时序进度比较：（报告月份−开工月份+1）/（12−开工月份+1），如十月开工10月开工，时序进度为1/3=33.33%"
        )
      ),
      sheet.footnotes.join("\n")
    );
  });

  it("a list without such projects has neither the column nor the note", () => {
    const report = runCheck(
      makeLedger([{ name: "续建", total: 9000, plan: 3000, done: 300 }], { reportingMonth: 10 }),
      { rules: DEFAULT_RULES, groupBy: [] }
    );
    const sheet = buildListSheet(report, "behind", { lang: "zh-CN" })!;
    assert.ok(!layoutSheet(sheet).values.some((row) => row.includes("项目时序进度")));
    assert.ok(!sheet.footnotes.some((n) => n.includes("本年开工")));
  });
});
