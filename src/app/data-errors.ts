/**
 * Error-level data problems and what they touch, for every view: the banner over the totals
 * (how many, which total figures include them) and the marks on the ledger (a project whose
 * variance comes from a figure the checks called an error is marked, never shown as a plain
 * figure: −1034.73 points from a negative plan is not a lag).
 */
import { allFindings } from "../core/index";
import type { AmountField, CheckReport, Finding } from "../core/index";

/** The amounts summed into the totals, in the order the totals show them. */
export const TOTAL_FIGURES = ["totalInvestment", "annualPlan", "completed"] as const;
export type TotalFigure = (typeof TOTAL_FIGURES)[number];

/** The amounts a project's completion rate and variance are computed from. */
const VARIANCE_FIELDS: readonly AmountField[] = ["annualPlan", "completed"];

export interface DataErrors {
  /** Every error-level finding (sheet-level and row-level), each once. */
  findings: Finding[];
  /**
   * The total figures that sum at least one project figure an error is about (a wrong 合计 row of
   * the sheet is an error too, but the totals are summed from the projects, not taken from it).
   */
  figures: TotalFigure[];
}

export function dataErrorsOf(report: CheckReport): DataErrors {
  const findings = allFindings(report).filter((f) => f.severity === "error");
  const projectErrors = report.projects.flatMap((p) => p.findings.filter(isError));
  const figures = TOTAL_FIGURES.filter((figure) => projectErrors.some((f) => f.field === figure));
  return { findings, figures };
}

const isError = (finding: Finding) => finding.severity === "error";

/** Sheet rows (1-based) of projects whose completion rate and variance rest on an error. */
export function rowsWithFigureErrors(report: CheckReport): Set<number> {
  const rows = new Set<number>();
  for (const project of report.projects)
    if (
      project.findings.some(
        (f) =>
          f.severity === "error" &&
          f.field !== null &&
          VARIANCE_FIELDS.includes(f.field as AmountField)
      )
    )
      rows.add(project.row.sheetRow);
  return rows;
}
