/** Amounts in 万元 CNY: USD amounts (万美元) are converted with the rule set's rate, for sums. */
import type { CnyAmounts, RuleSet } from "../report-types";
import type { AmountField, Currency, ProjectRow } from "../types";

/** The currency one amount of a row is in: its own typed one ("500万美元"), else the row's. */
export function amountCurrency(row: ProjectRow, field: AmountField): Currency {
  return row.currencyOverrides?.[field] ?? row.currency;
}

export function toCnyAmounts(row: ProjectRow, rules: RuleSet): CnyAmounts {
  const a = row.amounts;
  if (row.currencyOverrides !== null) return mixedToCny(row, rules);
  // Almost every row is in one currency: one rate for all its amounts.
  const rate = row.currency === "USD" ? rules.usdToCny : 1;
  // One literal in AMOUNT_FIELDS order (one object shape for every project).
  return {
    totalInvestment: times(a.totalInvestment, rate),
    annualPlan: times(a.annualPlan, rate),
    completed: times(a.completed, rate),
    completedSinceStart: times(a.completedSinceStart, rate),
    completedThisMonth: times(a.completedThisMonth, rate),
    completedBeforeThisYear: times(a.completedBeforeThisYear, rate),
  };
}

/** A row with cells in two currencies: each amount at its own rate. */
function mixedToCny(row: ProjectRow, rules: RuleSet): CnyAmounts {
  const a = row.amounts;
  const rate = (field: AmountField) => (amountCurrency(row, field) === "USD" ? rules.usdToCny : 1);
  return {
    totalInvestment: times(a.totalInvestment, rate("totalInvestment")),
    annualPlan: times(a.annualPlan, rate("annualPlan")),
    completed: times(a.completed, rate("completed")),
    completedSinceStart: times(a.completedSinceStart, rate("completedSinceStart")),
    completedThisMonth: times(a.completedThisMonth, rate("completedThisMonth")),
    completedBeforeThisYear: times(a.completedBeforeThisYear, rate("completedBeforeThisYear")),
  };
}

function times(amount: number | null, rate: number): number | null {
  return amount === null ? null : amount * rate;
}
