/** The fake Excel host (browser-safe core). The Node-side .xlsx loader is ./load-xlsx. */
export {
  FakeExcelHost,
  FakeRequestContext,
  type FakeHostOptions,
  type SheetSnapshot,
  type SyncRecord,
} from "./host";
export { FakeRichApiError } from "./client";
export { FakeSheet, coerceTyped } from "./model";
export { addGridSheet } from "./grid-fill";
export { generateLedgerGrid, LEDGER_COLUMNS, LEDGER_PREAMBLE_ROWS } from "./generate-ledger";
