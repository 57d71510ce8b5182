/** Every output sheet in order, with unique valid tab names and stable keys. */
import type { CheckReport, ReconcileResult } from "../report-types";
import type { SheetSpec } from "../sheet-spec";
import type { LocalText } from "../types";
import { LIST_TEXT, buildListSheets, type ListKind } from "./list-sheets";
import type { SummaryOptions } from "./options";
import { buildReconcileSheet } from "./reconcile-sheet";
import { buildLetterListSheet } from "./reminder-letters";
import { uniqueSheetNames } from "./sheet-names";
import { buildSummarySheet } from "./summary-sheet";

export type OutputSheetKind = "summary" | ListKind | "reconcile" | "letters";

/** The kinds in output order, with the labels the task pane shows as checkboxes. */
export const OUTPUT_SHEET_KINDS: readonly { kind: OutputSheetKind; label: LocalText }[] = [
  { kind: "summary", label: { "zh-CN": "汇总表", en: "Summary tables" } },
  { kind: "behind", label: LIST_TEXT.behind.title },
  { kind: "ahead", label: LIST_TEXT.ahead.title },
  { kind: "not-started", label: LIST_TEXT["not-started"].title },
  { kind: "preliminary", label: LIST_TEXT.preliminary.title },
  { kind: "not-listed", label: LIST_TEXT["not-listed"].title },
  { kind: "problems", label: LIST_TEXT.problems.title },
  { kind: "reconcile", label: { "zh-CN": "月度核对表", en: "Monthly reconciliation" } },
  { kind: "letters", label: { "zh-CN": "督导函", en: "Reminder letters" } },
];

export interface OutputOptions extends SummaryOptions {
  /** Last month's reconciliation; without it there is no reconciliation sheet. */
  reconcile?: ReconcileResult;
  /** Kinds to build; default all. */
  include?: readonly OutputSheetKind[];
  /** Group tables to summarise (keys of report.groups); default all, in the report's order. */
  groupBy?: readonly string[];
  /** Tab names already used in the workbook (the ledger's own sheets), never reused. */
  reservedNames?: readonly string[];
}

export function buildOutputSheets(report: CheckReport, options: OutputOptions): SheetSpec[] {
  return outputSheets(report, options);
}

function outputSheets(report: CheckReport, options: OutputOptions): SheetSpec[] {
  const wanted = (kind: OutputSheetKind) =>
    options.include === undefined || options.include.includes(kind);
  const sheets: SheetSpec[] = [];
  if (wanted("summary")) {
    for (const groupBy of options.groupBy ?? Object.keys(report.groups))
      sheets.push(buildSummarySheet(report, groupBy, options));
  }
  const listKinds = OUTPUT_SHEET_KINDS.map((k) => k.kind).filter(
    (k): k is ListKind => k in LIST_TEXT && wanted(k)
  );
  sheets.push(...buildListSheets(report, options, listKinds));
  if (wanted("reconcile") && options.reconcile)
    sheets.push(buildReconcileSheet(options.reconcile, options));
  const letters = wanted("letters") ? buildLetterListSheet(report, options) : null;
  if (letters) sheets.push(letters);

  const names = uniqueSheetNames(
    sheets.map((s) => s.name),
    [...(options.reservedNames ?? [])]
  );
  return sheets.map((sheet, i) => ({ ...sheet, name: names[i] }));
}
