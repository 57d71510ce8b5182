/**
 * The workbook's sheets as the task pane lists them (sheet picker, last month's sheet, protected
 * state): names in tab order, which is active, which are protected, which are the add-in's own.
 * Two syncs: the sheets and the own-sheets registry, then each sheet's protection.
 */
import type { SheetInfo } from "../app/host";
import { loadMarkers, loadOwnSheets, ownSheetsIn } from "./own-sheets";
import { type ExcelSession, withExcel } from "./session";

/** The workflow's SheetInfo (src/app/host.ts). */
export type WorksheetInfo = SheetInfo;

export function listWorksheets(): Promise<WorksheetInfo[]> {
  return withExcel(listWorksheetsIn);
}

export async function listWorksheetsIn(session: ExcelSession): Promise<WorksheetInfo[]> {
  const { context } = session;
  const worksheets = context.workbook.worksheets.load("items/name,items/id,items/visibility");
  const active = context.workbook.worksheets.getActiveWorksheet().load("id");
  const registry = loadOwnSheets(context);
  const markers = loadMarkers(context);
  await session.sync();
  const protections = worksheets.items.map((sheet) => sheet.protection.load("protected"));
  await session.sync();
  const own = new Set(ownSheetsIn(registry, markers, worksheets.items).map((o) => o.id));
  return worksheets.items.map((sheet, i) => ({
    name: sheet.name,
    active: sheet.id === active.id,
    protected: protections[i].protected,
    own: own.has(sheet.id),
    hidden: sheet.visibility !== "Visible",
  }));
}
