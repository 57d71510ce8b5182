/**
 * The whole check of one ledger: period and time progress, CNY amounts, listing criteria,
 * schedule variance, data checks, group and total figures, and the report text.
 */
import { runDataChecks } from "./checks/index";
import { statedTotalsCheck } from "./checks/subtotals";
import { totalsMismatchFinding } from "./text/reading";
import { figuresOf, groupFigures, type FiguresContext } from "./groups/figures";
import { groupKeyOrder } from "./groups/order";
import { defaultGroupBy, resolveGroupBy } from "./groups/resolve";
import type { CheckOptions, CheckReport, GroupFigures, ProjectResult } from "./report-types";
import { toCnyAmounts } from "./rules/currency";
import { listingEvaluator } from "./rules/listing";
import { resolvePeriod } from "./schedule/period";
import { hasCompletionColumn, projectSchedule } from "./schedule/schedule";
import { projectTimeProgress } from "./schedule/start-progress";
import { buildNarrativeText, narrativeInputOf } from "./text/narrative";
import type { Finding, Ledger } from "./types";

/** Key of the totals row (合计). */
export const TOTAL_KEY = "合计";

/** Throws InputError for a bad as-of date, month or group-by. */
export function runCheck(ledger: Ledger, options: CheckOptions): CheckReport {
  const { rules } = options;
  const period = resolvePeriod(ledger, {
    asOf: options.asOf,
    month: options.month,
    timeMode: options.timeMode,
    rules,
  });
  // Resolve group-bys before the work, so a typo fails fast.
  const groupBys = (options.groupBy ?? defaultGroupBy(ledger)).map((spec) =>
    resolveGroupBy(ledger, spec)
  );
  const context: FiguresContext = {
    hasCompletion: hasCompletionColumn(ledger),
    timeProgress: period.timeProgress,
  };
  const checks = runDataChecks(ledger, rules, period);
  const readerFindings = splitByProjectRow(ledger);
  const evaluateListing = listingEvaluator(rules);

  const projects: ProjectResult[] = ledger.projects.map((row) => {
    const cny = toCnyAmounts(row, rules);
    return {
      row,
      cny,
      listing: evaluateListing(row),
      schedule: projectSchedule({
        row,
        cny,
        timeProgress: projectTimeProgress(period, row.startDate),
        hasCompletion: context.hasCompletion,
        rules,
      }),
      findings: concatFindings(
        readerFindings.byRow.get(row.sheetRow),
        checks.byRow.get(row.gridRow)
      ),
    };
  });

  const groups: Record<string, GroupFigures[]> = {};
  const order = groupKeyOrder(ledger, rules);
  for (const groupBy of groupBys)
    groups[groupBy.spec] = groupFigures(projects, groupBy, context, order);

  const statedTotals = statedTotalsCheck(ledger, rules);
  // A reading the sheet's own 合计 row contradicts is said first, not as one finding among many.
  const mismatch =
    statedTotals && !statedTotals.agrees ? [totalsMismatchFinding(ledger, statedTotals)] : [];
  const report: CheckReport = {
    ledger,
    statedTotals,
    rules,
    period,
    projects,
    totals: figuresOf(TOTAL_KEY, projects, context),
    groups,
    findings: [...mismatch, ...readerFindings.sheet, ...checks.sheet],
    narrative: { "zh-CN": "", en: "" },
  };
  report.narrative = buildNarrativeText(narrativeInputOf(report, { area: options.area }));
  return report;
}

/** A new array of both lists (most projects have neither: no spreads of empty arrays per row). */
function concatFindings(a: Finding[] | undefined, b: Finding[] | undefined): Finding[] {
  if (a === undefined) return b === undefined ? [] : b.slice();
  return b === undefined ? a.slice() : a.concat(b);
}

/** Reader findings located on a project's row belong to that project; the rest to the sheet. */
function splitByProjectRow(ledger: Ledger): { byRow: Map<number, Finding[]>; sheet: Finding[] } {
  // Only the few rows findings name are looked for among the projects (not a set of every row).
  const named = new Set<number>();
  for (const finding of ledger.findings)
    if (finding.sheetRow !== null && finding.sheet === ledger.sheetName)
      named.add(finding.sheetRow);
  const projectRows = new Set<number>();
  if (named.size > 0)
    for (const p of ledger.projects) if (named.has(p.sheetRow)) projectRows.add(p.sheetRow);
  const byRow = new Map<number, Finding[]>();
  const sheet: Finding[] = [];
  for (const finding of ledger.findings) {
    const row = finding.sheetRow;
    if (row !== null && finding.sheet === ledger.sheetName && projectRows.has(row)) {
      const onRow = byRow.get(row);
      if (onRow) onRow.push(finding);
      else byRow.set(row, [finding]);
    } else {
      sheet.push(finding);
    }
  }
  return { byRow, sheet };
}
