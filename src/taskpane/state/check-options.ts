/**
 * The options of a check run from the pane: the saved workbook options (rules, month, as-of,
 * time mode) through the adapter's checkOptionsOf, with every grouping the ledger allows computed
 * (the saved or default ones first, so the report text groups as before).
 */
import { defaultGroupBy } from "../../core/groups/resolve";
import type { CheckOptions } from "../../core/report-types";
import type { Ledger } from "../../core/types";
import { checkOptionsOf, type WorkbookOptions } from "../../excel/index";
import { groupingsOf } from "./results";

export function summaryGroupings(ledger: Ledger, settings: WorkbookOptions): string[] {
  return settings.groupBy ?? defaultGroupBy(ledger);
}

export function paneCheckOptions(ledger: Ledger, settings: WorkbookOptions): CheckOptions {
  return checkOptionsOf(settings, {
    groupBy: groupingsOf(ledger, summaryGroupings(ledger, settings)),
  });
}
