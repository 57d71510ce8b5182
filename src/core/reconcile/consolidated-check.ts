/**
 * The check of a consolidation. Figures (totals, groups, schedule, report text) come from the
 * merged ledger; findings come from checking each source as `check` of that file would, so they
 * cite its file, sheet, rows and columns (the merged ledger's rows exist nowhere), keep checks
 * that need the source's own layout (合计 and 小计 rows), and say "same as row 12" of that sheet.
 */
import { runCheck } from "../check";
import type { CheckOptions, CheckReport, ConsolidatedLedger } from "../report-types";
import type { Finding } from "../types";
import { inputFile, type ConsolidateInput } from "./consolidate";
import { withFile } from "./sources";

export function checkConsolidated(
  inputs: ConsolidateInput[],
  consolidated: ConsolidatedLedger,
  options: CheckOptions
): CheckReport {
  const merged = runCheck(consolidated.ledger, options);
  // Every source is judged against the one period the consolidation reports.
  const month = options.month ?? merged.period.month ?? undefined;
  const sheetFindings: Finding[] = [...consolidated.findings];
  const projectFindings: Finding[][] = [];
  for (const input of inputs) {
    const own = runCheck(input.ledger, {
      rules: options.rules,
      asOf: options.asOf,
      month,
      timeMode: options.timeMode,
    });
    const file = inputFile(input);
    for (const finding of own.findings) sheetFindings.push(withFile(finding, file));
    for (const project of own.projects)
      projectFindings.push(project.findings.map((finding) => withFile(finding, file)));
  }
  return {
    ...merged,
    findings: sheetFindings,
    projects: merged.projects.map((project, i) => ({ ...project, findings: projectFindings[i] })),
  };
}
