/**
 * The workflow once, for every host and both panes: what happens on 识别 (detect), 检查 (check),
 * 插入汇总表 (output), 标注 (annotate), 月度核对 (reconcile) and 保存设置 (settings). Plain async
 * functions over a Host (src/app/host.ts); the policy they apply is in src/app/options.ts, the
 * pane state they feed in src/app/state.ts.
 *
 *   detect:    host.readGrid(sheet) → readLedger(grid, saved mapping)
 *   check:     detect, then runCheck(ledger, saved rules and period, every grouping)
 *   output:    planOutputSheets → layoutSheet → host.writeSheets (replacing the earlier own sheets)
 *   reconcile: last month's ledger (a sheet read as found, or a file) against this month's sheet
 *              read afresh → reconcileLedgers(saved rules) → the reconciliation sheet
 */
import {
  type CheckReport,
  type Lang,
  type Ledger,
  type OutputOptions,
  type ReconcileResult,
  planOutputSheets,
  type SkippedSheet,
  buildReconcileSheet,
  layoutSheet,
  readLedger,
  reconcileLedgers,
  runCheck,
} from "../core/index";
import type { Host, SheetInfo, WrittenSheet } from "./host";
import { paneCheckOptions, readerOptionsOf, savedRules } from "./options";
import { type WorkbookOptions, parseWorkbookOptions } from "./settings";

/** Own sheets of the check (summaries, lists, letters) are replaced together; reconciliation separately. */
export const isReconcileKey = (key: string) => key.startsWith("reconcile");

/** The workbook's saved settings, checked key by key (a bad key is left out). */
export async function loadWorkbookSettings(host: Host): Promise<WorkbookOptions> {
  return parseWorkbookOptions(await host.readSettings()).options;
}

/**
 * A ledger the check can run on: the reader found a header and at least one project. Anything
 * else (an empty sheet, a text sheet, a header without rows) gets no results and no output: a
 * check of nothing would read as an all-clear ("0 projects, none behind").
 */
export function isLedger(ledger: Ledger): boolean {
  return ledger.found && ledger.projects.length > 0;
}

/**
 * The sheet 识别 reads when the user names none: the one they are on, unless it is one of the
 * add-in's own output sheets or hidden, then the saved ledger sheet (still there), else the
 * active one anyway (the reader says what it found).
 */
export function sheetToRead(
  sheets: readonly SheetInfo[],
  settings: WorkbookOptions
): string | undefined {
  const active = sheets.find((s) => s.active);
  if (active && !active.own && !active.hidden) return active.name;
  const saved = sheets.find((s) => s.name === settings.ledgerSheet);
  return saved ? saved.name : active?.name;
}

/**
 * Whether a sheet the user switched to should be read in place of the current ledger: not the
 * sheet already read, not an output sheet the add-in wrote (writing activates it), not hidden.
 */
export function followsActivation(
  sheet: SheetInfo | undefined,
  currentSheet: string | undefined
): boolean {
  return sheet !== undefined && !sheet.own && !sheet.hidden && sheet.name !== currentSheet;
}

/** Reads a sheet (default: the saved ledger sheet, else the active one) with the saved mapping. */
export async function detectLedger(
  host: Host,
  settings: WorkbookOptions,
  sheetName: string | undefined = settings.ledgerSheet
): Promise<Ledger> {
  const grid = await host.readGrid(sheetName);
  return readLedger(grid, readerOptionsOf(settings, grid.sheetName));
}

/** Last month's sheet, read as found: the saved mapping belongs to this month's sheet. */
export async function readPreviousSheet(host: Host, sheetName: string): Promise<Ledger> {
  return readLedger(await host.readGrid(sheetName), {});
}

/** The check of a ledger with the saved rules and period, every grouping computed. */
export function checkLedger(ledger: Ledger, settings: WorkbookOptions): CheckReport {
  return runCheck(ledger, paneCheckOptions(ledger, settings));
}

/** The check where there is a ledger to check; null (no results at all) where there is none. */
export function checkIfLedger(ledger: Ledger, settings: WorkbookOptions): CheckReport | null {
  return isLedger(ledger) ? checkLedger(ledger, settings) : null;
}

/**
 * Writes the output sheets of a report, replacing the add-in's earlier ones (not the
 * reconciliation); says which asked-for sheets were left out as empty (no 数据问题 without problems).
 */
export async function insertOutputs(
  host: Host,
  report: CheckReport,
  options: OutputOptions
): Promise<{ written: WrittenSheet[]; skipped: SkippedSheet[] }> {
  const { sheets, skipped } = planOutputSheets(report, options);
  const written = await host.writeSheets(sheets.map(layoutSheet), {
    replaces: (key) => !isReconcileKey(key),
  });
  return { written, skipped };
}

/** Last month's ledger against this month's sheet, read afresh, with the saved rules. */
export async function reconcileWith(
  host: Host,
  previous: Ledger,
  currentSheet: string,
  settings: WorkbookOptions
): Promise<ReconcileResult> {
  const current = await detectLedger(host, settings, currentSheet);
  return reconcileLedgers(previous, current, savedRules(settings));
}

/** Writes the reconciliation sheet, replacing only the earlier one. */
export function insertReconcileSheet(
  host: Host,
  result: ReconcileResult,
  lang: Lang
): Promise<WrittenSheet[]> {
  return host.writeSheets([layoutSheet(buildReconcileSheet(result, { lang }))], {
    replaces: isReconcileKey,
  });
}
