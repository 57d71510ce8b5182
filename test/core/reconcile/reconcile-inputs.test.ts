/** What may make a reconciliation wrong is said first: swapped or equal months, bad codes. */
import assert from "node:assert/strict";
import { orderHeadline, orderWarnings } from "../../../src/core/reconcile/period-order";
import { buildReconcileSheet } from "../../../src/core/summaries/reconcile-sheet";
import { reconcileLedgers } from "../../../src/core/reconcile/reconcile";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type { Finding } from "../../../src/core/types";
import { makeLedger, type ProjectSeed } from "../../helpers/ledger-builder";

const FILES = { previous: "county-m09.xlsx", current: "county-m10.xlsx" };

const ledgerOf = (
  sheetName: string,
  month: number | null,
  projects: ProjectSeed[],
  year: number | null = 2024
) => makeLedger(projects, { sheetName, reportingMonth: month, reportingYear: year });

/** Five projects whose cumulative completed is `done(i)`. */
const five = (done: (i: number) => number): ProjectSeed[] =>
  [1, 2, 3, 4, 5].map((i) => ({ name: `项目${i}`, code: `C${i}`, done: done(i) }));

const summary = (findings: Finding[]) =>
  findings.map((f) => [f.code, f.severity, f.file, f.sheet, f.sheetRow]);

describe("reconcile: the order of the two ledgers", () => {
  it("months the wrong way round: one warning, first, naming both files and months", () => {
    const october = ledgerOf(
      "10月",
      10,
      five((i) => 100 * i + 50)
    );
    const september = ledgerOf(
      "9月",
      9,
      five((i) => 100 * i)
    );
    const result = reconcileLedgers(october, september, DEFAULT_RULES, {
      previous: "county-m10.xlsx",
      current: "county-m09.xlsx",
    });
    assert.equal(result.decreased.length, 5);
    const [first, ...rest] = result.findings;
    assert.deepEqual(summary([first]), [
      ["reconcile.reversed", "warning", "county-m09.xlsx", "9月", null],
    ]);
    assert.equal(
      first.message["zh-CN"],
      "两期台账很可能放反了：上期台账（county-m10.xlsx 工作表“10月”）为2024年10月，晚于本期台账（county-m09.xlsx 工作表“9月”）的2024年9月。上期台账应为较早月份的台账；下面的“累计完成投资减少”多半由此而来"
    );
    assert.match(first.message.en, /probably swapped.*county-m10\.xlsx, sheet "10月".*2024-10/);
    assert.deepEqual(first.data, {
      by: "months",
      previous: { year: 2024, month: 10 },
      current: { year: 2024, month: 9 },
    });
    assert.deepEqual(
      rest.map((f) => f.code),
      Array(5).fill("reconcile.decreased")
    );
    assert.deepEqual(orderWarnings(result.findings), [first]);
  });

  it("years the wrong way round are swapped too (not a year boundary)", () => {
    const result = reconcileLedgers(
      ledgerOf(
        "2024",
        3,
        five((i) => i)
      ),
      ledgerOf(
        "2023",
        3,
        five((i) => i),
        2023
      ),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.severity]),
      [["reconcile.reversed", "warning"]]
    );
    assert.match(result.findings[0].message["zh-CN"], /为2024年3月，晚于本期台账.*的2023年3月/);
  });

  it("no months: most cumulative figures going down reads as swapped ledgers", () => {
    const result = reconcileLedgers(
      ledgerOf(
        "台账",
        null,
        five((i) => (i === 5 ? 10 : 200 * i))
      ),
      ledgerOf(
        "台账",
        null,
        five((i) => (i === 5 ? 20 : 100 * i))
      ),
      DEFAULT_RULES,
      FILES
    );
    assert.equal(result.decreased.length, 4);
    const [first] = result.findings;
    assert.deepEqual(summary([first]), [
      ["reconcile.reversed", "warning", "county-m10.xlsx", "台账", null],
    ]);
    assert.deepEqual(first.data, { by: "figures", compared: 5, decreased: 4, increased: 1 });
    assert.equal(
      first.message["zh-CN"],
      "两期台账是否放反了？两期都有本年累计完成投资的5个项目中，有4个本期比上期少（台账未注明月份，无法按月份判断先后）。上期台账应为较早月份的台账"
    );
    assert.deepEqual(orderWarnings(result.findings), [first]);
  });

  it("months in order but most figures down: the same warning, asking to check the months", () => {
    const result = reconcileLedgers(
      ledgerOf(
        "9月",
        9,
        five((i) => 200 * i)
      ),
      ledgerOf(
        "10月",
        10,
        five((i) => 100 * i)
      ),
      DEFAULT_RULES
    );
    assert.equal(result.findings[0].code, "reconcile.reversed");
    assert.match(result.findings[0].message["zh-CN"], /台账注明上期为2024年9月、本期为2024年10月/);
  });

  it("a few decreases among many increases are errors, not a swap", () => {
    const result = reconcileLedgers(
      ledgerOf(
        "台账",
        null,
        five((i) => (i === 1 ? 500 : 100 * i))
      ),
      ledgerOf(
        "台账",
        null,
        five((i) => (i === 1 ? 400 : 100 * i + 10))
      ),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.findings.map((f) => f.code),
      ["reconcile.decreased"]
    );
    // One project alone going down is not enough to say the ledgers are swapped either.
    const single = reconcileLedgers(
      ledgerOf("台账", null, [{ name: "甲", done: 5 }]),
      ledgerOf("台账", null, [{ name: "甲", done: 4 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(orderWarnings(single.findings), []);
  });

  it("two ledgers of one month: a note first, and 当月完成 is not checked", () => {
    const result = reconcileLedgers(
      ledgerOf("9月", 9, [{ name: "甲", code: "A", done: 100 }]),
      ledgerOf("9月修订", 9, [{ name: "甲", code: "A", done: 130, thisMonth: 5 }]),
      DEFAULT_RULES,
      FILES
    );
    assert.deepEqual(summary(result.findings), [
      ["reconcile.same-month", "info", "county-m10.xlsx", "9月修订", null],
    ]);
    assert.equal(
      result.findings[0].message["zh-CN"],
      "上期台账（county-m09.xlsx 工作表“9月”）与本期台账（county-m10.xlsx 工作表“9月修订”）都是2024年9月的台账：是同一月份的两个版本吗？上期台账应为上个月的台账；以下的变化是两个版本之间的差异，不核对“上期累计＋当月完成＝本期累计”"
    );
    assert.deepEqual(result.monthMismatches, []);
    assert.deepEqual(orderWarnings(result.findings), result.findings);
  });

  it("December to January with a year missing is not called swapped: a note says why", () => {
    const december = ledgerOf(
      "12月",
      12,
      five((i) => 1000 * i),
      2023
    );
    const january = ledgerOf(
      "1月",
      1,
      five((i) => 10 * i),
      null
    );
    const result = reconcileLedgers(december, january, DEFAULT_RULES);
    assert.deepEqual(orderWarnings(result.findings), []);
    assert.deepEqual(
      result.findings.slice(0, 2).map((f) => [f.code, f.severity]),
      [
        ["reconcile.year-not-stated", "info"],
        ["reconcile.decreased", "error"],
      ]
    );
  });
});

describe("reconcile: the order warning on the reconciliation sheet", () => {
  /** The lines under the usual two, for ledgers of these months whose figures all went down. */
  const infoOf = (
    previous: number | null,
    current: number | null,
    lang: "zh-CN" | "en" = "zh-CN"
  ) => {
    const result = reconcileLedgers(
      ledgerOf(
        "上",
        previous,
        five((i) => 200 * i)
      ),
      ledgerOf(
        "本",
        current,
        five((i) => 100 * i)
      ),
      DEFAULT_RULES,
      FILES
    );
    return buildReconcileSheet(result, { lang }).infoLines.slice(2);
  };

  it("says it in one short line under the heading", () => {
    assert.deepEqual(infoOf(10, 9), [
      "注意：两期台账可能放反了：上期为2024年10月，晚于本期的2024年9月",
    ]);
    assert.deepEqual(infoOf(10, 9, "en"), [
      "Attention: The two ledgers may be swapped: the previous is of 2024-10, later than the current 2024-9",
    ]);
    assert.deepEqual(infoOf(null, null), [
      "注意：两期台账可能放反了：5个项目中有5个累计完成投资比上期少",
    ]);
    assert.deepEqual(infoOf(9, 9), ["注意：两期台账都是2024年9月的台账"]);
    assert.deepEqual(infoOf(9, 10).length, 1); // months in order, figures down
    const fine = reconcileLedgers(
      ledgerOf(
        "9月",
        9,
        five((i) => i)
      ),
      ledgerOf(
        "10月",
        10,
        five((i) => i + 1)
      ),
      DEFAULT_RULES
    );
    assert.deepEqual(buildReconcileSheet(fine, { lang: "zh-CN" }).infoLines.length, 2);
  });

  it("a headline for every order warning", () => {
    const result = reconcileLedgers(
      ledgerOf(
        "10月",
        10,
        five((i) => i + 1)
      ),
      ledgerOf(
        "9月",
        9,
        five((i) => i)
      ),
      DEFAULT_RULES
    );
    const [warning] = orderWarnings(result.findings);
    assert.match(orderHeadline(warning)["zh-CN"], /^两期台账可能放反了/);
  });
});

describe("reconcile: duplicate and missing project codes", () => {
  const rowsAt = (rows: number[], seeds: ProjectSeed[]) =>
    seeds.map((seed, i) => ({ ...seed, sheetRow: rows[i] }));

  it("a code on two rows of the current ledger names the file, sheet and both rows", () => {
    const september = ledgerOf("9月", 9, [
      { name: "甲", code: "3501001", done: 10 },
      { name: "乙", code: "3501002", done: 10 },
    ]);
    const october = ledgerOf(
      "10月",
      10,
      rowsAt(
        [12, 30, 57],
        [
          { name: "甲", code: "3501001", done: 20 },
          { name: "乙", code: "3501002", done: 20 },
          { name: "丙", code: "３５０１００１", done: 5 }, // full-width digits: the same code
        ]
      )
    );
    const result = reconcileLedgers(september, october, DEFAULT_RULES, FILES);
    const duplicates = result.findings.filter((f) => f.code === "reconcile.duplicate-code");
    assert.deepEqual(summary(duplicates), [
      ["reconcile.duplicate-code", "warning", "county-m10.xlsx", "10月", 12],
    ]);
    assert.equal(
      duplicates[0].message["zh-CN"],
      "本期台账 county-m10.xlsx 工作表“10月”第12行与第57行项目编码相同（3501001）：核对时按行序逐一配对，这几行的比较可能配错，请先更正编码"
    );
    assert.match(
      duplicates[0].message.en,
      /^The current ledger, county-m10\.xlsx, sheet "10月": rows 12 and 57 have the same project code \(3501001\)/
    );
    assert.deepEqual(duplicates[0].data, { projectCode: "3501001", rows: [12, 57] });
    assert.equal(duplicates[0].column, "B");
  });

  it("duplicates in the previous ledger are located there, three rows listed", () => {
    const september = ledgerOf(
      "9月",
      9,
      rowsAt(
        [5, 6, 7],
        [
          { name: "甲", code: "X1", done: 1 },
          { name: "乙", code: "X1", done: 1 },
          { name: "丙", code: "x1", done: 1 },
        ]
      )
    );
    const october = ledgerOf("10月", 10, [{ name: "甲", code: "X1", done: 2 }]);
    const result = reconcileLedgers(september, october, DEFAULT_RULES, FILES);
    const duplicates = result.findings.filter((f) => f.code === "reconcile.duplicate-code");
    assert.deepEqual(summary(duplicates), [
      ["reconcile.duplicate-code", "warning", "county-m09.xlsx", "9月", 5],
    ]);
    assert.match(
      duplicates[0].message["zh-CN"],
      /^上期台账 county-m09\.xlsx 工作表“9月”第5、6、7行项目编码相同（X1）/
    );
  });

  it("rows without a code, in a ledger with a code column, are listed in one finding per ledger", () => {
    const september = ledgerOf("9月", 9, [
      { name: "甲", code: "A", done: 1 },
      { name: "乙", code: "B", done: 1 },
    ]);
    const october = ledgerOf(
      "10月",
      10,
      rowsAt(
        [4, 5, 9],
        [
          { name: "甲", code: "A", done: 2 },
          { name: "乙", code: " ", done: 2 },
          { name: "丁", code: null, done: 2 },
        ]
      )
    );
    const result = reconcileLedgers(september, october, DEFAULT_RULES, FILES);
    const missing = result.findings.filter((f) => f.code === "reconcile.missing-code");
    assert.deepEqual(summary(missing), [
      ["reconcile.missing-code", "warning", "county-m10.xlsx", "10月", 5],
    ]);
    assert.equal(
      missing[0].message["zh-CN"],
      "本期台账 county-m10.xlsx 工作表“10月”有2个项目没有填项目编码（第5行与第9行）：这些项目只能按名称匹配，名称改动后会被当作减少和新增"
    );
    assert.deepEqual(missing[0].data, { rows: [5, 9] });
  });

  it("a long list of rows is cut short but counted", () => {
    const seeds = Array.from({ length: 14 }, (_, i) => ({ name: `项目${i}`, done: 1 }));
    const ledger = ledgerOf("9月", 9, [{ name: "有码", code: "A", done: 1 }, ...seeds]);
    const result = reconcileLedgers(
      ledger,
      ledgerOf("10月", 10, [{ name: "有码", code: "A" }]),
      DEFAULT_RULES
    );
    const [missing] = result.findings.filter((f) => f.code === "reconcile.missing-code");
    assert.match(
      missing.message["zh-CN"],
      /有14个项目没有填项目编码（第5、6、7、8、9、10、11、12、13、14…行等14行）/
    );
    assert.match(
      missing.message.en,
      /14 projects without a project code \(rows 5, 6, .*, 14… \(14 rows\)\)/
    );
    assert.equal((missing.data?.rows as number[]).length, 14);
  });

  it("a ledger without a code column has no code findings", () => {
    const result = reconcileLedgers(
      ledgerOf("9月", 9, [
        { name: "甲", done: 1 },
        { name: "甲", done: 1 },
      ]),
      ledgerOf("10月", 10, [{ name: "甲", done: 2 }]),
      DEFAULT_RULES
    );
    assert.deepEqual(
      result.findings.filter((f) => f.code.endsWith("-code")),
      []
    );
  });

  it("every finding carries the file of the ledger it is on", () => {
    const result = reconcileLedgers(
      ledgerOf("9月", 9, [
        { name: "甲", code: "A", done: 100, plan: 5 },
        { name: "乙", code: "A", done: 1 },
      ]),
      ledgerOf("10月", 10, [{ name: "甲", code: "A", done: 50, plan: 6 }, { name: "丙" }]),
      DEFAULT_RULES,
      FILES
    );
    assert.deepEqual(
      result.findings.map((f) => [f.code, f.file]),
      [
        ["reconcile.duplicate-code", "county-m09.xlsx"],
        ["reconcile.missing-code", "county-m10.xlsx"],
        ["reconcile.decreased", "county-m10.xlsx"],
        ["reconcile.plan-changed", "county-m10.xlsx"],
      ]
    );
    // Without file names (the task pane), findings have no file.
    const bare = reconcileLedgers(
      ledgerOf("9月", 9, [{ name: "甲", done: 2 }]),
      ledgerOf("10月", 10, [{ name: "甲", done: 1 }]),
      DEFAULT_RULES
    );
    assert.ok(bare.findings.every((f) => !("file" in f)));
  });
});
