/**
 * Per-workbook choices, remembered in the document (workbook.settings, ExcelApi 1.4) so next
 * month's run needs no setup: ledger sheet, column mapping, rule set and options.
 */
import { type WorkbookOptions, parseWorkbookOptions } from "../app/settings";
import { type ExcelSession, withExcel } from "./session";

export type { WorkbookOptions };

export const OPTIONS_SETTING = "taizhang.options";

/** Queues loading the options; read them with optionsOf() after the sync. */
export function loadOptionsSetting(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OPTIONS_SETTING).load("value");
}

/** The saved options, checked key by key (a key of the wrong shape is left out). */
export function optionsOf(setting: Excel.Setting): WorkbookOptions {
  return parseWorkbookOptions(storedValue(setting)).options;
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

/** The stored value as saved (unvalidated), or null. One sync. */
export function loadStoredSettings(): Promise<unknown> {
  return withExcel(async (session) => {
    const setting = loadOptionsSetting(session.context);
    await session.sync();
    return storedValue(setting);
  });
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
