/**
 * Row-precise data checks of a ledger. Reader findings (unparseable cells, unknown units…)
 * are already in ledger.findings and are not repeated here.
 */
import type { Period, RuleSet } from "../report-types";
import type { Finding, Ledger, ProjectRow } from "../types";
import { duplicateFindings } from "./duplicates";
import { locatedFinding, rowFinding } from "./finding";
import { AMOUNT_LABELS, MISSING_AMOUNT_CONSEQUENCES } from "./labels";
import { reportedKey, ROW_CHECKS, type RowCheckContext } from "./row-checks";
import { subtotalFindings } from "./subtotals";
import { unitFindings } from "./units";

export { subtotalTolerance } from "./subtotals";

/** byRow is keyed by ProjectRow.gridRow and holds only rows with findings (use `byRow.get(g) ?? []`). */
export function runDataChecks(
  ledger: Ledger,
  rules: RuleSet,
  period: Period
): { byRow: Map<number, Finding[]>; sheet: Finding[] } {
  const byRow = new Map<number, Finding[]>();
  const add = (row: ProjectRow, finding: Finding) => {
    const list = byRow.get(row.gridRow) ?? [];
    list.push(finding);
    byRow.set(row.gridRow, list);
  };

  const context: RowCheckContext = {
    ledger,
    rules,
    period,
    readerReported: new Set(ledger.findings.map((f) => reportedKey(f.sheetRow, f.field))),
  };
  // Index loops: this runs every check on every project (no iterator per call).
  for (const row of ledger.projects) {
    for (let c = 0; c < ROW_CHECKS.length; c++) {
      const specs = ROW_CHECKS[c](row, context);
      for (let k = 0; k < specs.length; k++) add(row, rowFinding(ledger, row, specs[k]));
    }
  }
  for (const { row, finding } of duplicateFindings(ledger)) add(row, finding);
  const units = unitFindings(ledger);
  for (const { row, finding } of units.rows) add(row, finding);

  const sheet = [
    ...missingColumnFindings(ledger),
    ...subtotalFindings(ledger, rules),
    ...units.sheet,
  ];
  return { byRow, sheet };
}

/** One note per absent total/plan column, unless the reader already said so. */
function missingColumnFindings(ledger: Ledger): Finding[] {
  const findings: Finding[] = [];
  for (const field of ["totalInvestment", "annualPlan"] as const) {
    if (ledger.columns[field]) continue;
    if (ledger.findings.some((f) => f.sheetRow === null && f.field === field)) continue;
    const label = AMOUNT_LABELS[field];
    const consequence = MISSING_AMOUNT_CONSEQUENCES[field];
    findings.push(
      locatedFinding(ledger, null, {
        code: field === "totalInvestment" ? "check.no-total-column" : "check.no-plan-column",
        severity: "info",
        field,
        message: {
          "zh-CN": `未找到“${label["zh-CN"]}”列，${consequence["zh-CN"]}`,
          en: `No ${label.en} column was found, so ${consequence.en}`,
        },
      })
    );
  }
  return findings;
}
