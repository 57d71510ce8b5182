/**
 * The add-in's operations on the open workbook: plain async functions over the global
 * Excel/Office objects (no React state), each one Excel.run with a bounded number of syncs.
 * Errors arrive as TaizhangError (HostError, InputError) with a message in zh-CN and en.
 */
import { checkOptionsOf, readerOptionsOf, savedRules } from "../app/options";
import { isReconcileKey } from "../app/workflow";
import { runCheck } from "../core/index";
import { reconcileLedgers } from "../core/index";
import type { CheckOptions, CheckReport, ReconcileResult } from "../core/index";
import { readLedger } from "../core/index";
import { type SheetSpec, layoutSheet } from "../core/index";
import { type OutputOptions, buildOutputSheets, buildReconcileSheet } from "../core/index";
import type { Grid, Ledger, ReaderOptions } from "../core/index";
import {
  type AnnotateOptions,
  type AnnotateResult,
  annotateIn,
  clearAnnotationsIn,
} from "./annotate";
import { readSheetGrid } from "./read-grid";
import { type ExcelSession, withExcel } from "./session";
import { type WorkbookOptions, readWorkbookOptions } from "./settings";
import { type ExcelWriteOptions, type WrittenSheet, writeLayouts } from "./write-sheets";

export { configureExcelAdapter, isExcelApiSupported, lastSyncCount } from "./session";
export { loadSettings, saveSettings, type WorkbookOptions } from "./settings";
export { listWorksheets, type WorksheetInfo } from "./workbook-sheets";
export { excelHost, selectProject } from "./host";
export type { AnnotateOptions, AnnotateResult, WrittenSheet };

export interface ReadOptions {
  /** Worksheet to read; default the saved ledger sheet, else the active sheet. */
  sheetName?: string;
  /** Reader choices; default the column mapping saved in the workbook. */
  reader?: ReaderOptions;
}

export interface LedgerInWorkbook {
  grid: Grid;
  ledger: Ledger;
}

export function readLedgerFromWorkbook(options: ReadOptions = {}): Promise<LedgerInWorkbook> {
  return withExcel(async (session) =>
    readLedgerIn(session, options, await readWorkbookOptions(session))
  );
}

async function readLedgerIn(
  session: ExcelSession,
  options: ReadOptions,
  saved: WorkbookOptions
): Promise<LedgerInWorkbook> {
  const grid = await readSheetGrid(session, { sheetName: options.sheetName ?? saved.ledgerSheet });
  const reader = options.reader ?? readerOptionsOf(saved, grid.sheetName);
  return { grid, ledger: readLedger(grid, reader) };
}

export interface CheckInWorkbookOptions extends ReadOptions {
  /** Overrides of the saved rule set and options. */
  check?: Partial<CheckOptions>;
}

export interface CheckInWorkbook extends LedgerInWorkbook {
  report: CheckReport;
}

/** Reads the ledger and runs the check with the workbook's saved rules and options. */
export function runCheckInWorkbook(options: CheckInWorkbookOptions = {}): Promise<CheckInWorkbook> {
  return withExcel(async (session) => {
    const saved = await readWorkbookOptions(session);
    const read = await readLedgerIn(session, options, saved);
    return { ...read, report: runCheck(read.ledger, checkOptionsOf(saved, options.check)) };
  });
}

export { checkOptionsOf, isReconcileKey };

/** Writes the output sheets of a report, replacing the add-in's earlier ones. */
export function insertSummarySheets(
  report: CheckReport,
  options: OutputOptions,
  write: ExcelWriteOptions = {}
): Promise<WrittenSheet[]> {
  return insertSheets(buildOutputSheets(report, options), {
    replaces: (key) => !isReconcileKey(key),
    ...write,
  });
}

/** Writes any SheetSpecs through layoutSheet(), in a bounded number of syncs. */
export function insertSheets(
  specs: SheetSpec[],
  write: ExcelWriteOptions = {}
): Promise<WrittenSheet[]> {
  return withExcel((session) => writeLayouts(session, specs.map(layoutSheet), write));
}

export function annotateLedger(
  report: CheckReport,
  options: AnnotateOptions = {}
): Promise<AnnotateResult> {
  return withExcel((session) => annotateIn(session, report, options));
}

/** Removes every annotation the add-in made; false when there were none. */
export function clearAnnotations(): Promise<boolean> {
  return withExcel(clearAnnotationsIn);
}

export interface ReconcileInWorkbook {
  result: ReconcileResult;
  sheets: WrittenSheet[];
}

/** Reconciles last month's sheet against this month's and writes the reconciliation sheet. */
export function reconcileSheets(
  previousSheet: string,
  currentSheet: string,
  options: OutputOptions,
  write: ExcelWriteOptions = {}
): Promise<ReconcileInWorkbook> {
  return withExcel(async (session) => {
    const saved = await readWorkbookOptions(session);
    // The saved column mapping belongs to this month's sheet; last month's is read as found.
    const previous = await readLedgerIn(session, { sheetName: previousSheet, reader: {} }, saved);
    const current = await readLedgerIn(session, { sheetName: currentSheet }, saved);
    const result = reconcileLedgers(previous.ledger, current.ledger, savedRules(saved));
    const layout = layoutSheet(buildReconcileSheet(result, options));
    const sheets = await writeLayouts(session, [layout], { replaces: isReconcileKey, ...write });
    return { result, sheets };
  });
}
