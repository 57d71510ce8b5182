/**
 * The merged ledger of `taizhang consolidate` as a sheet: one row per project, the merged
 * columns of every source, amounts normalised to 万 (万元, or 万美元 on USD rows) and 来源.
 */
import { AMOUNT_FIELDS, type AmountField, type Lang } from "../core/index";
import type { ConsolidatedLedger } from "../core/index";
import { FORMATS, LIST_AMOUNTS, displayWidth, type SheetSpec, type SpecValue } from "../core/index";
import { say } from "../core/index";

export const CONSOLIDATED_KEY = "consolidated";

export function consolidatedLedgerSheet(consolidated: ConsolidatedLedger, lang: Lang): SheetSpec {
  const { ledger } = consolidated;
  const amountCol = new Map<number, AmountField>();
  for (const field of AMOUNT_FIELDS) {
    const match = ledger.columns[field];
    if (match) amountCol.set(match.col, field);
  }
  // No ledgerRow: the merged ledger is no sheet of the user's; 来源 says where each row is from.
  const rows = ledger.projects.map((p) => ({
    kind: "data" as const,
    values: ledger.headers.map((_, col): SpecValue => {
      const field = amountCol.get(col);
      if (field) return p.amounts[field];
      return p.cells[col] ?? null;
    }),
  }));
  return {
    lang,
    key: CONSOLIDATED_KEY,
    name: say(lang, "汇总台账", "Consolidated ledger"),
    title: say(lang, "重点项目汇总台账", "Consolidated key project ledger"),
    infoLines: [
      say(lang, "单位：万元（美元项目为万美元）", "Amounts: CNY 10,000 (USD rows: USD 10,000)"),
    ],
    columns: ledger.headers.map((header, col) => {
      const isAmount = amountCol.has(col);
      const longest = Math.max(
        displayWidth(header),
        ...rows.slice(0, 200).map((r) => displayWidth(String(r.values[col] ?? "")))
      );
      // Amounts as in the lists (万元, thousands separators); the layout widens them to their longest figure.
      return {
        width: Math.min(40, Math.max(8, longest + 2)),
        ...(isAmount ? LIST_AMOUNTS : { format: FORMATS.general }),
        align: isAmount ? "right" : "left",
      };
    }),
    headerRows: [ledger.headers.map((text) => ({ text }))],
    rows,
    footnotes: [],
    freezeColumns: ledger.columns.name ? ledger.columns.name.col + 1 : 0,
  };
}
