/**
 * Public face of the pure core, for the hosts (task pane, Excel commands, CLI):
 * Grid → readLedger → runCheck → buildOutputSheets → layoutSheet → a writer.
 */
export * from "./types";
export * from "./report-types";
export * from "./sheet-spec";
export { formattedText } from "./number-formats";
export * from "./format";
export { FINDING_CODES, type FindingCode } from "./finding-codes";
export {
  TaizhangError,
  InputError,
  HostError,
  isTaizhangError,
  isInputError,
  errorReport,
  type ErrorKind,
  type ErrorReport,
} from "./errors";
export { columnLetter } from "./parse/column-letter";
export * from "./parse/a1-address";
export {
  MARKER_PREFIX,
  MAX_MARKER_VALUE,
  markedSheetName,
  markerName,
  markerValue,
  sameSheetName,
} from "./sheet-marker";

// Reading a ledger.
export { readLedger, findLedgerSheet } from "./reader/index";
export { FIELD_LABELS } from "./reader/fields";

// Rule sets (listing criteria and schedule settings).
export { PRESETS, DEFAULT_RULES, findPreset, cloneRuleSet, bandLabel } from "./rules/presets";
export { parseRuleSet, ruleSetToJson, MAX_RULES_CHARS } from "./rules/validate";
export { editDistance } from "./text/edit-distance";
export { severeLagPoints } from "./rules/bands";

// Checking.
export { runCheck, TOTAL_KEY } from "./check";
export { statedTotalsCheck } from "./checks/subtotals";
export { resolvePeriod, type PeriodOptions } from "./schedule/period";
export {
  projectSchedule,
  hasCompletionColumn,
  isStarted,
  isBehind,
  isSeverelyBehind,
  bandIndex,
} from "./schedule/schedule";
export * from "./groups/index";
export { projectsIn, isOnList, type ProjectListKind } from "./lists";

// Report text.
export {
  buildNarrative,
  buildNarrativeText,
  narrativeInputOf,
  totalsSentence,
  groupSentence,
  areaOf,
  type NarrativeInput,
  type NarrativeGroup,
} from "./text/narrative";
export { compareText } from "./text/phrases";
export { readingLines, noLedgerText, notLedgerReasons, totalsMismatchText } from "./text/reading";

// Month-to-month reconciliation.
export { reconcileLedgers } from "./reconcile/reconcile";
export { orderWarnings } from "./reconcile/period-order";
export { consolidateLedgers } from "./reconcile/consolidate";
export { checkConsolidated } from "./reconcile/consolidated-check";

// Output sheets as data.
export * from "./summaries/index";
export * from "./summaries/band-formula";
export { SEVERITY_LABELS, STATUS_LABELS, pick, say } from "./summaries/labels";
export * from "./text/wording";
export { byLag, byLead } from "./summaries/project-columns";
