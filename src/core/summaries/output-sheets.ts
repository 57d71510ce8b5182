/** Every output sheet in order, with unique valid tab names and stable keys. */
import type { CheckReport, ReconcileResult } from "../report-types";
import type { SheetSpec } from "../sheet-spec";
import type { Lang, LocalText } from "../types";
import { pick } from "./labels";
import { LIST_TEXT, buildListSheet, type ListKind } from "./list-sheets";
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
  return planOutputSheets(report, options).sheets;
}

/** A sheet asked for but not written, and why (the pane and the CLI say so). */
export interface SkippedSheet {
  kind: OutputSheetKind;
  /** The tab it would have had ("数据问题"). */
  name: string;
  reason: LocalText;
}

/** "未写出工作表“数据问题”：未发现数据问题。" / 'Sheet "Data problems" not written: no data problems.' */
export function skippedSheetText(sheet: SkippedSheet, lang: Lang): string {
  const reason = sheet.reason[lang].replace(/[。.]$/, "");
  return lang === "zh-CN"
    ? `未写出工作表“${sheet.name}”：${reason}。`
    : `Sheet "${sheet.name}" not written: ${reason}.`;
}

const NO_PROGRESS: LocalText = {
  "zh-CN": "台账无累计完成投资或报告期，无法计算进度",
  en: "the ledger has no completed investment or reporting month to measure progress by",
};
const NO_LETTERS: LocalText = {
  "zh-CN": "没有需要发函的责任单位",
  en: "no responsible unit needs a letter",
};

/** The sheets to write, and those left out because they would be empty (no 数据问题 sheet without problems). */
export function planOutputSheets(
  report: CheckReport,
  options: OutputOptions
): { sheets: SheetSpec[]; skipped: SkippedSheet[] } {
  const { lang } = options;
  const wanted = (kind: OutputSheetKind) =>
    options.include === undefined || options.include.includes(kind);
  const sheets: SheetSpec[] = [];
  const skipped: SkippedSheet[] = [];
  const label = (kind: OutputSheetKind) =>
    pick(OUTPUT_SHEET_KINDS.find((k) => k.kind === kind)!.label, lang);
  if (wanted("summary")) {
    for (const groupBy of options.groupBy ?? Object.keys(report.groups))
      sheets.push(buildSummarySheet(report, groupBy, options));
  }
  for (const { kind } of OUTPUT_SHEET_KINDS) {
    if (!(kind in LIST_TEXT) || !wanted(kind)) continue;
    const list = kind as ListKind;
    const sheet = buildListSheet(report, list, options);
    const name = pick(LIST_TEXT[list].tab, lang);
    // An empty list is said in the pane and the CLI, not written as a sheet of its own.
    if (sheet === null) skipped.push({ kind, name, reason: NO_PROGRESS });
    else if (sheet.rows.length === 0) skipped.push({ kind, name, reason: LIST_TEXT[list].empty });
    else sheets.push(sheet);
  }
  if (wanted("reconcile") && options.reconcile)
    sheets.push(buildReconcileSheet(options.reconcile, options));
  const letters = wanted("letters") ? buildLetterListSheet(report, options) : null;
  if (letters) sheets.push(letters);
  else if (wanted("letters"))
    skipped.push({ kind: "letters", name: label("letters"), reason: NO_LETTERS });

  const names = uniqueSheetNames(
    sheets.map((s) => s.name),
    [...(options.reservedNames ?? [])]
  );
  // Every sheet says its language (its page footer: 第 &P 页 共 &N 页 / Page &P of &N).
  return { sheets: sheets.map((sheet, i) => ({ ...sheet, lang, name: names[i] })), skipped };
}
