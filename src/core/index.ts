/**
 * Public face of the pure core, for the hosts (task pane, Excel commands, CLI):
 * Grid → readLedger → runCheck → buildOutputSheets → layoutSheet → a writer.
 */
export * from "./types";
export * from "./report-types";
export * from "./sheet-spec";
export * from "./format";
export { InputError, isInputError } from "./errors";

// Reading a ledger.
export { readLedger, findLedgerSheet } from "./reader/index";
export { FIELD_LABELS } from "./reader/fields";

// Rule sets (listing criteria and schedule settings).
export { PRESETS, DEFAULT_RULES, findPreset, cloneRuleSet } from "./rules/presets";
export { parseRuleSet, ruleSetToJson } from "./rules/validate";

// Checking.
export { runCheck, TOTAL_KEY } from "./check";
export { resolvePeriod, type PeriodOptions } from "./schedule/period";
export {
  projectSchedule,
  hasCompletionColumn,
  isStarted,
  isBehind,
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

// Month-to-month reconciliation.
export { reconcileLedgers } from "./reconcile/reconcile";

// Output sheets as data.
export * from "./summaries/index";
