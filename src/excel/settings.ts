/**
 * Per-workbook choices, remembered in the document (workbook.settings, ExcelApi 1.4) so next
 * month's run needs no setup: ledger sheet, column mapping, rule set and options.
 */
import type { OutputSheetKind } from "../core/summaries";
import type { AmountScale } from "../core/summaries/options";
import type { TimeMode } from "../core/report-types";
import type { AmountUnit, FieldKey, Lang, ReaderOptions } from "../core/types";
import { type ExcelSession, withExcel } from "./session";

export const OPTIONS_SETTING = "taizhang.options";

export interface WorkbookOptions {
  /** The ledger sheet; default the active sheet. */
  ledgerSheet?: string;
  /** field → 0-based grid column chosen by the user (null = the field is absent). */
  columns?: Partial<Record<FieldKey, number | null>>;
  amountUnit?: AmountUnit;
  header?: { first: number; last: number };
  /** Row roles the user gave, by 1-based sheet row, for the sheet named (they mean nothing elsewhere). */
  rowRoles?: { sheet: string; roles: NonNullable<ReaderOptions["rowRoles"]> };
  /** A rule set as JSON the user edited (parseRuleSet input: a preset id and/or rule keys). */
  rules?: unknown;
  asOf?: string;
  month?: number;
  timeMode?: TimeMode;
  groupBy?: string[];
  lang?: Lang;
  amountScale?: AmountScale;
  area?: string;
  issuer?: string;
  include?: OutputSheetKind[];
  /** Sheet of last month's ledger, for reconciliation. */
  previousSheet?: string;
}

/** Queues loading the options; read them with optionsOf() after the sync. */
export function loadOptionsSetting(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING).load("value");
}

export function optionsOf(setting: Excel.Setting): WorkbookOptions {
  const parsed = storedValue(setting);
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
    ? (parsed as WorkbookOptions)
    : {};
}

export async function readWorkbookOptions(session: ExcelSession): Promise<WorkbookOptions> {
  const setting = loadOptionsSetting(session.context);
  await session.sync();
  return optionsOf(setting);
}

/** The options saved in this workbook ({} when none). One sync. */
export function loadSettings(): Promise<WorkbookOptions> {
  return withExcel(readWorkbookOptions);
}

/** Saves (replaces) the options of this workbook. One sync. */
export function saveSettings(options: WorkbookOptions): Promise<void> {
  return withExcel(async (session) => {
    session.context.workbook.settings.add(
      OPTIONS_SETTING,
      JSON.parse(JSON.stringify(options)) as WorkbookOptions
    );
    await session.sync();
  });
}

/** A loaded setting's value (older hosts may hand back JSON text), or null. */
export function storedValue(setting: Excel.Setting): unknown {
  if (setting.isNullObject) return null;
  const value: unknown = setting.value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}
