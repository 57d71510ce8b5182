import assert from "node:assert/strict";
import { runDataChecks } from "../../../src/core/checks/index";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type { Period } from "../../../src/core/report-types";
import type { Finding, Ledger, SubtotalRow } from "../../../src/core/types";
import { makeLedger, type LedgerSeed, type ProjectSeed } from "../../helpers/ledger-builder";

const PERIOD: Period = {
  asOf: null,
  month: 6,
  year: 2024,
  timeProgress: 0.5,
  mode: "month",
  source: "ledger",
};

/** Four consistent projects on sheet rows 4–7; columns A name, B code, C sector, D total, E plan, F done, G since start, H rate. */
function cleanSeeds(): ProjectSeed[] {
  return [
    {
      name: "工业园道路",
      code: "A1",
      sector: "工业",
      total: 5000,
      plan: 2000,
      done: 1000,
      sinceStart: 3000,
      statedRate: 0.5,
      startDate: { year: 2023, month: 3 },
    },
    {
      name: "污水处理厂",
      code: "A2",
      sector: "生态",
      total: 8000,
      plan: 3000,
      done: 1200,
      sinceStart: 1200,
      statedRate: 0.4,
    },
    {
      name: "中学扩建",
      code: "A3",
      sector: "教育",
      total: 1200,
      plan: 600,
      done: 300,
      sinceStart: 500,
      statedRate: 0.5,
    },
    {
      name: "物流园",
      code: "A4",
      sector: "服务业",
      total: 20000,
      plan: 5000,
      done: 2600,
      sinceStart: 9000,
      statedRate: 0.52,
    },
  ];
}

function totalRow(overrides: Partial<SubtotalRow> = {}): SubtotalRow {
  return {
    gridRow: 7,
    sheetRow: 8,
    label: "合计",
    scope: "total",
    section: null,
    amounts: {
      totalInvestment: 34200,
      annualPlan: 10600,
      completed: 5100,
      completedSinceStart: 13700,
      completedThisMonth: null,
      completedBeforeThisYear: null,
    },
    statedCount: 4,
    covers: [3, 4, 5, 6],
    ...overrides,
  };
}

function ledgerWith(
  patch: Partial<ProjectSeed> | null,
  index = 1,
  options: LedgerSeed = {}
): Ledger {
  const seeds = cleanSeeds();
  if (patch) seeds[index] = { ...seeds[index], ...patch };
  return withSubtotal(makeLedger(seeds, options));
}

function withSubtotal(ledger: Ledger): Ledger {
  ledger.subtotals = [totalRow()];
  return ledger;
}

function allFindings(ledger: Ledger): Finding[] {
  const { byRow, sheet } = runDataChecks(ledger, DEFAULT_RULES, PERIOD);
  return [...[...byRow.values()].flat(), ...sheet];
}

/** [code, severity, sheetRow, column] of every finding, minus subtotal findings the patch causes. */
function located(
  ledger: Ledger,
  ignore: string[] = ["check.subtotal-mismatch"]
): [string, string, number | null, string | null][] {
  return allFindings(ledger)
    .filter((f) => !ignore.includes(f.code))
    .map((f) => [f.code, f.severity, f.sheetRow, f.column]);
}

function only(ledger: Ledger, code: string): Finding {
  const found = allFindings(ledger).filter((f) => f.code === code);
  assert.equal(
    found.length,
    1,
    `${code}: ${JSON.stringify(allFindings(ledger).map((f) => f.code))}`
  );
  return found[0];
}

describe("runDataChecks", () => {
  it("finds nothing in a clean ledger", () => {
    const { byRow, sheet } = runDataChecks(ledgerWith(null), DEFAULT_RULES, PERIOD);
    assert.deepEqual([...byRow.entries()], []);
    assert.deepEqual(sheet, []);
  });

  it("missing name", () => {
    const ledger = ledgerWith({ name: "" });
    assert.deepEqual(located(ledger), [["check.missing-name", "warning", 5, "A"]]);
    assert.equal(only(ledger, "check.missing-name").message["zh-CN"], "第5行有数据但缺少项目名称");
  });

  it("blank total and plan, keyed by gridRow", () => {
    const ledger = ledgerWith({ total: null, plan: null });
    const { byRow } = runDataChecks(ledger, DEFAULT_RULES, PERIOD);
    assert.deepEqual([...byRow.keys()], [4]);
    assert.deepEqual(
      (byRow.get(4) ?? []).map((f) => [f.code, f.column, f.field, f.message["zh-CN"]]),
      [
        [
          "check.missing-total",
          "D",
          "totalInvestment",
          "“污水处理厂”缺少总投资，无法判断是否达到入库标准",
        ],
        [
          "check.missing-plan",
          "E",
          "annualPlan",
          "“污水处理厂”缺少年度计划投资，无法计算完成率和时序进度",
        ],
      ]
    );
  });

  it("a dash or 无 in the cell means none on purpose, not missing", () => {
    const seeds = cleanSeeds();
    seeds[1] = {
      ...seeds[1],
      plan: null,
      statedRate: null,
      cells: ["污水处理厂", "A2", "生态", 8000, "—"],
    };
    assert.deepEqual(located(withSubtotal(makeLedger(seeds))), []);
  });

  it("does not repeat a cell the reader already reported", () => {
    const ledger = ledgerWith({ total: null });
    ledger.findings.push({
      code: "read.unparseable-number",
      severity: "error",
      sheet: "台账",
      sheetRow: 5,
      column: "D",
      field: "totalInvestment",
      message: { "zh-CN": "无法识别", en: "unreadable" },
    });
    assert.deepEqual(located(ledger), []);
  });

  it("an absent total or plan column is one sheet-level note", () => {
    const ledger = makeLedger([{ name: "甲", total: 5000, done: 100 }]);
    const { byRow, sheet } = runDataChecks(ledger, DEFAULT_RULES, PERIOD);
    assert.equal(byRow.size, 0);
    assert.deepEqual(
      sheet.map((f) => [f.code, f.severity, f.sheetRow, f.message["zh-CN"]]),
      [["check.no-plan-column", "info", null, "未找到“年度计划投资”列，无法计算完成率和时序进度"]]
    );
  });

  it("annual plan more than total investment", () => {
    const ledger = ledgerWith({ total: 2500, plan: 3000, done: 1200 });
    assert.deepEqual(located(ledger), [["check.plan-exceeds-total", "warning", 5, "E"]]);
    assert.equal(
      only(ledger, "check.plan-exceeds-total").message["zh-CN"],
      "“污水处理厂”的年度计划投资3,000万元大于总投资2,500万元"
    );
  });

  it("completed this year more than total investment", () => {
    const ledger = ledgerWith({
      total: 3500,
      plan: 3000,
      done: 4000,
      sinceStart: 4000,
      statedRate: 4000 / 3000,
    });
    assert.deepEqual(located(ledger), [["check.completed-exceeds-total", "error", 5, "F"]]);
    assert.equal(
      only(ledger, "check.completed-exceeds-total").message.en,
      '"污水处理厂": completed this year CNY 40 million is more than total investment CNY 35 million'
    );
  });

  it("completed since start less than completed this year", () => {
    const ledger = ledgerWith({ sinceStart: 1000 });
    assert.deepEqual(located(ledger), [["check.since-start-below-year", "error", 5, "G"]]);
    assert.equal(
      only(ledger, "check.since-start-below-year").message["zh-CN"],
      "“污水处理厂”的本年累计完成投资1,200万元大于开工累计完成投资1,000万元"
    );
  });

  it("completed more than 150% of plan (configurable)", () => {
    const ledger = ledgerWith({ plan: 1000, done: 1600, sinceStart: 1600, statedRate: 1.6 });
    assert.deepEqual(located(ledger), [["check.over-plan", "warning", 5, "F"]]);
    assert.equal(
      only(ledger, "check.over-plan").message["zh-CN"],
      "“污水处理厂”本年完成投资1,600万元，为年度计划1,000万元的160.00%，超过150%，请核实计划或完成数"
    );
    const { byRow } = runDataChecks(ledger, { ...DEFAULT_RULES, overPlanRatio: 2 }, PERIOD);
    assert.equal(byRow.size, 0);
    assert.deepEqual(
      located(ledgerWith({ plan: 1000, done: 1500, sinceStart: 1600, statedRate: 1.5 })),
      []
    );
  });

  it("negative amounts", () => {
    const ledger = ledgerWith({ total: -8000, plan: 3000 });
    // A negative total is also smaller than the plan and the completed figure.
    assert.deepEqual(located(ledger), [
      ["check.negative-amount", "error", 5, "D"],
      ["check.plan-exceeds-total", "warning", 5, "E"],
      ["check.completed-exceeds-total", "error", 5, "F"],
    ]);
    const negative = allFindings(ledger).find((f) => f.code === "check.negative-amount");
    assert.equal(negative?.message["zh-CN"], "“污水处理厂”的总投资为负数（-8,000万元）");
  });

  it("duplicate codes name both rows", () => {
    const ledger = ledgerWith({ code: "A4" });
    assert.deepEqual(located(ledger), [
      ["check.duplicate-code", "error", 5, "B"],
      ["check.duplicate-code", "error", 7, "B"],
    ]);
    const messages = allFindings(ledger).map((f) => f.message["zh-CN"]);
    assert.deepEqual(messages, ["项目编码“A4”与第7行重复", "项目编码“A4”与第5行重复"]);
  });

  it("duplicate names (normalised) name both rows", () => {
    const ledger = ledgerWith({ name: "工业园道路工程", code: null });
    assert.deepEqual(located(ledger), [
      ["check.duplicate-name", "warning", 4, "A"],
      ["check.duplicate-name", "warning", 5, "A"],
    ]);
    assert.equal(
      allFindings(ledger)[1].message["zh-CN"],
      "项目“工业园道路工程”与第4行（“工业园道路”）名称相同，是否重复填报？"
    );
    // Same name but different codes: two projects.
    assert.deepEqual(located(ledgerWith({ name: "工业园道路" })), []);
  });

  it("stated completion rate differs from completed ÷ plan", () => {
    const ledger = ledgerWith({ statedRate: 0.45 });
    assert.deepEqual(located(ledger), [["check.rate-mismatch", "warning", 5, "H"]]);
    assert.equal(
      only(ledger, "check.rate-mismatch").message["zh-CN"],
      "“污水处理厂”填报的完成率为45.00%，按完成投资÷年度计划计算为40.00%（相差5.00个百分点）"
    );
    assert.deepEqual(located(ledgerWith({ statedRate: 0.404 })), []); // 0.4 points: within tolerance
  });

  it("a 合计 row that differs from the sum of its rows, with both figures", () => {
    const ledger = ledgerWith(null);
    ledger.subtotals = [totalRow({ amounts: { ...totalRow().amounts, annualPlan: 11000 } })];
    const finding = only(ledger, "check.subtotal-mismatch");
    assert.deepEqual([finding.severity, finding.sheetRow, finding.column], ["error", 8, "E"]);
    assert.equal(
      finding.message["zh-CN"],
      "“合计”行的年度计划投资填报为11,000万元，所含4个项目相加为10,600万元（相差400万元）"
    );
    assert.deepEqual(finding.data, { stated: 11000, computed: 10600, rows: 4 });
  });

  it("subtotal tolerance: 0.5% or 1万元, whichever is larger", () => {
    const within = ledgerWith(null);
    within.subtotals = [
      totalRow({
        amounts: { ...totalRow().amounts, totalInvestment: 34200 + 170, annualPlan: 10600 + 1 },
      }),
    ];
    assert.deepEqual(located(within, []), []);
    const beyond = ledgerWith(null);
    beyond.subtotals = [
      totalRow({ amounts: { ...totalRow().amounts, totalInvestment: 34200 + 175 } }),
    ];
    assert.deepEqual(located(beyond, []), [["check.subtotal-mismatch", "error", 8, "D"]]);
  });

  it("a stated count that differs from the rows covered", () => {
    const ledger = ledgerWith(null);
    ledger.subtotals = [totalRow({ label: "合计（5个）", statedCount: 5 })];
    assert.deepEqual(located(ledger), [["check.subtotal-count-mismatch", "warning", 8, null]]);
    assert.equal(
      only(ledger, "check.subtotal-count-mismatch").message["zh-CN"],
      "“合计（5个）”注明5个项目，实际列出4个"
    );
  });

  it("a section label's count against the projects under it", () => {
    const ledger = ledgerWith(null);
    ledger.sections = [
      {
        gridRow: 2,
        sheetRow: 3,
        label: "一、工业项目（3个）",
        name: "工业",
        depth: 1,
        role: "sector",
        statedCount: 3,
      },
      {
        gridRow: 4.5,
        sheetRow: 5.5,
        label: "二、社会事业（2个）",
        name: "社会事业",
        depth: 1,
        role: "sector",
        statedCount: 2,
      },
    ];
    // Projects at grid rows 3, 4 (first section) and 5, 6 (second).
    assert.deepEqual(located(ledger), [["check.section-count-mismatch", "warning", 3, null]]);
    assert.equal(
      only(ledger, "check.section-count-mismatch").message["zh-CN"],
      "“一、工业项目（3个）”注明3个项目，其下实际列出2个"
    );
  });

  it("USD rows in a 合计 may be added converted or as typed", () => {
    const seeds = cleanSeeds();
    seeds[1] = {
      ...seeds[1],
      currency: "USD",
      total: 1000,
      plan: null,
      done: null,
      sinceStart: null,
      statedRate: null,
    }; // 1000万美元 = 7100万元
    const totalOnly = (totalInvestment: number) =>
      totalRow({
        amounts: {
          totalInvestment,
          annualPlan: null,
          completed: null,
          completedSinceStart: null,
          completedThisMonth: null,
          completedBeforeThisYear: null,
        },
      });
    const converted = makeLedger(seeds);
    converted.subtotals = [totalOnly(5000 + 7100 + 1200 + 20000)];
    assert.deepEqual(located(converted, ["check.missing-plan"]), []);
    const raw = makeLedger(seeds);
    raw.subtotals = [totalOnly(5000 + 1000 + 1200 + 20000)];
    assert.deepEqual(located(raw, ["check.missing-plan"]), []);
    const wrong = makeLedger(seeds);
    wrong.subtotals = [totalOnly(40000)];
    assert.equal(only(wrong, "check.subtotal-mismatch").data?.computed, 33300);
  });

  it("not started but completed", () => {
    const ledger = ledgerWith({ started: false });
    assert.deepEqual(located(ledger), [["check.not-started-but-completed", "warning", 5, "F"]]);
    assert.equal(
      only(ledger, "check.not-started-but-completed").message["zh-CN"],
      "“污水处理厂”标为未开工，但本年已完成投资1,200万元"
    );
    assert.deepEqual(located(ledgerWith({ started: false, done: 0, statedRate: 0 })), []);
  });

  it("a started project whose start date is after the reporting period", () => {
    const ledger = ledgerWith({ startDate: { year: 2024, month: 9 } });
    assert.deepEqual(located(ledger), [["check.start-after-period", "warning", 5, null]]);
    assert.equal(
      only(ledger, "check.start-after-period").message["zh-CN"],
      "“污水处理厂”标为已开工，但开工时间2024年9月晚于报告期2024年6月"
    );
    assert.deepEqual(located(ledgerWith({ startDate: { year: 2024, month: 6, day: 30 } })), []);
    assert.deepEqual(
      located(ledgerWith({ startDate: { year: 2024, month: 9 }, started: null })),
      []
    );
  });

  it("a column whose median suggests 元 in a 万元 column", () => {
    const seeds = cleanSeeds().map((s) => ({ ...s, total: (s.total as number) * 10000 }));
    const ledger = makeLedger(seeds);
    const { sheet, byRow } = runDataChecks(ledger, DEFAULT_RULES, PERIOD);
    assert.equal(byRow.size, 0);
    assert.deepEqual(
      sheet.map((f) => [f.code, f.severity, f.sheetRow, f.column]),
      [["check.unit-suspect-column", "warning", null, "D"]]
    );
    assert.equal(
      sheet[0].message["zh-CN"],
      "总投资列的数值中位数为65,000,000万元（约6,500亿元），单个项目如此之大不合常理：是否按“元”填写，而表的单位是“万元”？"
    );
  });

  it("a single cell 1000× its column's median", () => {
    const ledger = ledgerWith({ total: 80_000_000, sinceStart: 1200 });
    assert.deepEqual(located(ledger), [["check.unit-suspect-cell", "warning", 5, "D"]]);
    assert.match(
      only(ledger, "check.unit-suspect-cell").message["zh-CN"],
      /^“污水处理厂”的总投资为80,000,000万元，是该列中位数12,500万元的1000倍以上/
    );
  });
});
