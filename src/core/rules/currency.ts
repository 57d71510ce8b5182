/** Amounts in 万元 CNY: USD rows (万美元) are converted with the rule set's rate, for sums. */
import type { CnyAmounts, RuleSet } from "../report-types";
import type { ProjectRow } from "../types";

export function toCnyAmounts(row: ProjectRow, rules: RuleSet): CnyAmounts {
  const rate = row.currency === "USD" ? rules.usdToCny : 1;
  const a = row.amounts;
  // One literal in AMOUNT_FIELDS order (one object shape for every project).
  return {
    totalInvestment: times(a.totalInvestment, rate),
    annualPlan: times(a.annualPlan, rate),
    completed: times(a.completed, rate),
    completedSinceStart: times(a.completedSinceStart, rate),
    completedThisMonth: times(a.completedThisMonth, rate),
  };
}

function times(amount: number | null, rate: number): number | null {
  return amount === null ? null : amount * rate;
}
