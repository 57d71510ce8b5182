/** The check of a consolidation: merged figures, findings cited where the user can find them. */
import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { consolidateLedgers, type ConsolidateInput } from "../../../src/core/reconcile/consolidate";
import { checkConsolidated } from "../../../src/core/reconcile/consolidated-check";
import { readLedger } from "../../../src/core/reader/index";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type { CellValue, Finding } from "../../../src/core/types";

/** Title, unit line, header on row 3, then the rows as given (first data row is sheet row 4). */
const sheet = (sheetName: string, header: string[], rows: CellValue[][]) =>
  readLedger({
    sheetName,
    values: [[`${sheetName}重点项目台账（1-6月）`], ["单位：万元"], header, ...rows],
  });

const HEADER = ["序号", "项目名称", "总投资", "年度计划投资", "1-6月累计完成投资"];
/** The same fields in another order, so merged columns differ from this sheet's letters. */
const SHUFFLED = ["序号", "项目名称", "1-6月累计完成投资", "备注", "总投资", "年度计划投资"];

function inputs(): ConsolidateInput[] {
  const a = sheet("甲县", HEADER, [
    [null, "合计", 15000, 3000, 999], // the stated 合计 does not add up (3 + 1000 + … ≠ 999)
    [1, "甲县道路", 5000, 1000, 400],
    [2, "甲县学校", 10000, 2000, 700],
  ]);
  const b = sheet("乙县", SHUFFLED, [
    [1, "乙县园区", 100, "", 8000, 9000], // plan 9000 above total 8000
    [2, "乙县水厂", 50, "", 3000, 500],
    [3, "乙县水厂", 60, "", 3000, 500], // listed twice in its own sheet
  ]);
  return [
    { source: "甲县", file: "in/甲县.xlsx", ledger: a },
    { source: "乙县", file: "in/乙县.xlsx", ledger: b },
  ];
}

const where = (f: Finding) => [f.code, f.file, f.sheet, f.sheetRow, f.column];

describe("checkConsolidated", () => {
  const sources = inputs();
  const consolidated = consolidateLedgers(sources);
  const report = checkConsolidated(sources, consolidated, { rules: DEFAULT_RULES });
  const projectFindings = report.projects.flatMap((p) => p.findings);
  const all = [...report.findings, ...projectFindings];

  it("keeps the merged figures", () => {
    const merged = runCheck(consolidated.ledger, { rules: DEFAULT_RULES });
    assert.deepEqual(report.totals, merged.totals);
    assert.equal(report.totals.projects, 5);
    assert.deepEqual(report.groups, merged.groups);
    assert.equal(report.narrative["zh-CN"], merged.narrative["zh-CN"]);
  });

  it("cites the source's file, sheet, row and column, never the merged ledger", () => {
    assert.ok(all.length > 0);
    assert.ok(all.every((f) => f.file === "in/甲县.xlsx" || f.file === "in/乙县.xlsx"));
    assert.ok(
      all.every((f) => f.sheet === "甲县" || f.sheet === "乙县"),
      all.map(where).join("\n")
    );
    const plan = projectFindings.find((f) => f.code === "check.plan-exceeds-total");
    // 年度计划投资 is column F of 乙县 (the merged ledger has it in column D).
    assert.deepEqual(plan && where(plan), [
      "check.plan-exceeds-total",
      "in/乙县.xlsx",
      "乙县",
      4,
      "F",
    ]);
    assert.equal(consolidated.ledger.columns.annualPlan?.letter, "D");
    // The project's findings stay with the project.
    assert.deepEqual(
      report.projects[2].findings.map((f) => f.code),
      ["check.plan-exceeds-total"]
    );
  });

  it("a duplicate within one source names that sheet's rows", () => {
    const duplicates = projectFindings.filter((f) => f.code === "check.duplicate-name");
    assert.deepEqual(
      duplicates.map((f) => [f.sheet, f.sheetRow, f.message["zh-CN"]]),
      [
        ["乙县", 5, "项目“乙县水厂”与第6行（“乙县水厂”）名称相同，是否重复填报？"],
        ["乙县", 6, "项目“乙县水厂”与第5行（“乙县水厂”）名称相同，是否重复填报？"],
      ]
    );
  });

  it("keeps the checks of each source's own layout: its 合计 row", () => {
    const totals = report.findings.filter((f) => f.sheet === "甲县" && f.sheetRow === 4);
    assert.ok(totals.length > 0, report.findings.map(where).join("\n"));
    assert.ok(totals.every((f) => f.file === "in/甲县.xlsx"));
  });

  it("one source: the findings are those of checking it, each with its file", () => {
    const [only] = inputs();
    const own = runCheck(only.ledger, { rules: DEFAULT_RULES });
    const alone = checkConsolidated([only], consolidateLedgers([only]), { rules: DEFAULT_RULES });
    assert.deepEqual(
      alone.findings,
      own.findings.map((f) => ({ ...f, file: "in/甲县.xlsx" }))
    );
    assert.deepEqual(
      alone.projects.map((p) => p.findings),
      own.projects.map((p) => p.findings.map((f) => ({ ...f, file: "in/甲县.xlsx" })))
    );
    assert.deepEqual(alone.totals, own.totals);
  });
});
