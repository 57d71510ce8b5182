/** Amounts in 万元 CNY: USD rows (万美元) are converted with the rule set's rate, for sums. */
import type { CnyAmounts, RuleSet } from "../report-types";
import type { ProjectRow } from "../types";
import { AMOUNT_FIELDS } from "../types";

export function toCnyAmounts(row: ProjectRow, rules: RuleSet): CnyAmounts {
  const rate = row.currency === "USD" ? rules.usdToCny : 1;
  const cny = {} as CnyAmounts;
  for (const field of AMOUNT_FIELDS) {
    const amount = row.amounts[field];
    cny[field] = amount === null ? null : amount * rate;
  }
  return cny;
}
