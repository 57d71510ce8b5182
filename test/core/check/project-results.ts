/** ProjectResults without the data checks, for unit tests of the schedule, groups and text. */
import type { ProjectResult, RuleSet } from "../../../src/core/report-types";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { toCnyAmounts } from "../../../src/core/rules/currency";
import { evaluateListing } from "../../../src/core/rules/listing";
import { hasCompletionColumn, projectSchedule } from "../../../src/core/schedule/schedule";
import type { Ledger } from "../../../src/core/types";

export function projectResults(
  ledger: Ledger,
  timeProgress: number | null,
  rules: RuleSet = DEFAULT_RULES
): ProjectResult[] {
  const hasCompletion = hasCompletionColumn(ledger);
  return ledger.projects.map((row) => {
    const cny = toCnyAmounts(row, rules);
    return {
      row,
      cny,
      listing: evaluateListing(row, rules),
      schedule: projectSchedule({ row, cny, timeProgress, hasCompletion, rules }),
      findings: [],
    };
  });
}
