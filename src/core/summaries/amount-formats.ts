/**
 * One amount policy per sheet kind, so a figure reads alike wherever it shows:
 * - summaries: 亿元 (the option may say 万元) with two decimals, as bulletins print them;
 * - project lists and letters: 万元 with thousands separators, as the reasons word them
 *   ("1,440万元"), and decimals only in a column that has some. Excel has no format code that
 *   drops the decimal point for whole numbers only (`#,##0.##` shows "1,440."), so the layout
 *   picks per column: "#,##0" when every amount of the column is whole, else "#,##0.00";
 * - the reconciliation: the summaries' unit; in 亿元 with four decimals, so a single project's
 *   change of a few 万元 does not show as 0.00.
 */
import { FORMATS, type SpecColumn } from "../sheet-spec";
import type { AmountScale } from "./options";

export type AmountFormat = Pick<SpecColumn, "format" | "wholeFormat">;

export const SUMMARY_AMOUNTS: AmountFormat = { format: FORMATS.amount2 };

export const LIST_AMOUNTS: AmountFormat = {
  format: FORMATS.amountGrouped2,
  wholeFormat: FORMATS.amountGroupedWhole,
};

/** Amounts of the reconciliation sheet, in the summaries' scale. */
export function reconcileAmounts(scale: AmountScale): AmountFormat {
  return scale === "亿元" ? { format: FORMATS.amount4 } : LIST_AMOUNTS;
}
