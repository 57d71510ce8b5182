/**
 * Every finding code the product reports (Finding.code is one of these), with what it means.
 * A new check adds its code here first; the JSON contract (README) relies on codes being stable.
 */
export const FINDING_CODES = {
  // Reading the sheet.
  "read.empty-sheet": "the sheet has no content",
  "read.not-a-ledger":
    "the sheet is not a ledger (no header, a form, a summary table, no project rows)",
  "read.second-table": "a second table beside the ledger was left out",
  "read.missing-column": "a key column (annual plan, completed) was not found",
  "read.duplicate-column": "two columns claim the same field",
  "read.override-invalid": "a column mapping given by the user does not fit the sheet",
  "read.period-missing": "the headers and title state no reporting period",
  "read.totals-mismatch": "the sheet's own 合计 disagrees with the projects read",
  "read.missing-name": "a project row without a name",
  "read.unparseable-number": "a number cell that is not a number",
  "read.unparseable-date": "a date cell that is not a date",
  "read.unparseable-flag": "a yes/no cell that is neither",
  "read.ambiguous-comma": "a comma that may be a decimal point (3000,5)",
  "read.date-in-amount": "a date typed in an amount column",
  "read.error-value": "a cell holding an Excel error (#REF!, #DIV/0!)",
  "read.formula-no-result": "a formula cell saved without its result",
  "read.unknown-currency": "an amount typed in a currency the rules cannot convert",
  "read.mixed-currency": "one amount column typed in two currencies",
  "read.internal-error": "reading failed unexpectedly (a bug)",
  // Checking projects and totals.
  "check.missing-name": "a project without a name",
  "check.missing-total": "a project without total investment",
  "check.missing-plan": "a project without an annual plan",
  "check.no-total-column": "the ledger has no total-investment column",
  "check.no-plan-column": "the ledger has no annual-plan column",
  "check.negative-amount": "a negative amount",
  "check.plan-exceeds-total": "the annual plan exceeds the total investment",
  "check.completed-exceeds-total": "completed investment exceeds the total investment",
  "check.over-plan": "completed investment far above the annual plan",
  "check.since-start-below-year": "completed since start is below this year's completed",
  "check.rate-mismatch": "the stated completion rate disagrees with completed ÷ plan",
  "check.not-started-but-completed": "marked not started but has completed investment",
  "check.start-after-period": "the start date lies after the reporting period",
  "check.duplicate-code": "two projects share a project code",
  "check.duplicate-name": "two projects share a name",
  "check.subtotal-mismatch": "a 小计/合计 row disagrees with its projects",
  "check.subtotal-count-mismatch": "a 小计/合计 row's project count disagrees",
  "check.section-count-mismatch": "a section's stated count (交通(48项)) disagrees",
  "check.unit-suspect-column": "a column's figures look typed in another unit (元 for 万元)",
  "check.unit-suspect-cell": "one figure looks typed in another unit",
  // Reconciling two months.
  "reconcile.month-mismatch": "the months are not the ones given",
  "reconcile.months-not-adjacent": "the two ledgers are not consecutive months",
  "reconcile.same-month": "both ledgers are the same month",
  "reconcile.reversed": "the previous and current ledgers look swapped",
  "reconcile.year-boundary": "December to January: cumulative figures restart",
  "reconcile.year-not-stated": "a ledger states no year",
  "reconcile.decreased": "cumulative completed went down",
  "reconcile.plan-changed": "the annual plan changed",
  "reconcile.total-changed": "the total investment changed",
  "reconcile.duplicate-code": "a project code appears twice in one ledger",
  "reconcile.missing-code": "projects without codes are matched by name",
  // Consolidating several ledgers.
  "consolidate.periods-differ": "the sources report different periods",
  "consolidate.duplicate-project": "one project appears in two sources",
} as const satisfies Record<string, string>;

export type FindingCode = keyof typeof FINDING_CODES;
