/** Output sheets described as data (SheetSpec), for both writers. */
export { buildSummarySheet, groupByLabel } from "./summary-sheet";
export {
  buildListSheets,
  buildListSheet,
  LIST_KINDS,
  LIST_TEXT,
  allFindings,
  thresholdText,
  type ListKind,
} from "./list-sheets";
export { buildReconcileSheet } from "./reconcile-sheet";
export {
  buildReminderLetters,
  buildLetterListSheet,
  letterNumber,
  localIsoDate,
  uniqueFileNames,
  unitContact,
  type LetterOptions,
  type ReminderLetter,
} from "./reminder-letters";
export { DEFAULT_LETTER_NUMBER, letterNumberProblem, parseLetterDate } from "./letter-fields";
export {
  buildOutputSheets,
  planOutputSheets,
  skippedSheetText,
  type SkippedSheet,
  OUTPUT_SHEET_KINDS,
  type OutputOptions,
  type OutputSheetKind,
} from "./output-sheets";
export { sanitizeSheetName, uniqueSheetNames, MAX_SHEET_NAME } from "./sheet-names";
export { type AmountScale, type SummaryOptions } from "./options";
export {
  LIST_AMOUNTS,
  SUMMARY_AMOUNTS,
  reconcileAmounts,
  type AmountFormat,
} from "./amount-formats";
