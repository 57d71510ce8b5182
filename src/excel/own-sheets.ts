/**
 * The add-in's own output sheets, recognised by id (not by name): the document setting
 * "taizhang.sheets" = [{ id, key }] (workbook.settings, ExcelApi 1.4). A sheet not listed there
 * is the user's and is never deleted or renamed.
 */
import { storedValue } from "./settings";

export const OWN_SHEETS_SETTING = "taizhang.sheets";

export interface OwnSheet {
  /** Worksheet.id */
  id: string;
  /** SheetSpec key ("summary:sector", "reconcile"). */
  key: string;
}

/** Queues loading the registry; read it with ownSheetsOf() after the sync. */
export function loadOwnSheets(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OWN_SHEETS_SETTING).load("value");
}

export function ownSheetsOf(setting: Excel.Setting): OwnSheet[] {
  const list = storedValue(setting);
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is OwnSheet => typeof e?.id === "string" && typeof e?.key === "string");
}

export function saveOwnSheets(context: Excel.RequestContext, sheets: OwnSheet[]): void {
  context.workbook.settings.add(OWN_SHEETS_SETTING, sheets);
}
