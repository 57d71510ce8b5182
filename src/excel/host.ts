/**
 * The Office.js implementation of the workflow's Host (src/app/host.ts): each method is one
 * Excel.run through withExcel() with the adapter's bounded syncs (reading in chunks, writing within
 * the request budget, own sheets swapped in one final sync). Nothing here decides what to check or
 * write; that is src/app/ and src/core/.
 */
import type { Host } from "../app/host";
import { annotateIn, clearAnnotationsIn } from "./annotate";
import { readSheetGrid } from "./read-grid";
import { withExcel } from "./session";
import { loadStoredSettings, saveSettings } from "./settings";
import { listWorksheetsIn } from "./workbook-sheets";
import { canSetPageLayout, writeLayouts } from "./write-sheets";

/** Activates the sheet and selects a row (1-based sheet row). One sync. */
export function selectProject(sheetName: string, sheetRow: number): Promise<void> {
  return withExcel(async (session) => {
    const sheet = session.context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(`${sheetRow}:${sheetRow}`).select();
    await session.sync();
  });
}

/** The host over the global Excel/Office objects (call once Office.onReady has run). */
export function excelHost(): Host {
  return {
    capabilities: {
      // The writer sets the print setup where worksheet.pageLayout exists (ExcelApi 1.9).
      pageLayout: canSetPageLayout(),
      charts: true,
      sheetActivation: false,
    },
    listSheets: () => withExcel(listWorksheetsIn),
    readGrid: (sheetName) =>
      withExcel((session) => readSheetGrid(session, sheetName ? { sheetName } : {})),
    writeSheets: (layouts, options = {}) =>
      withExcel((session) => writeLayouts(session, layouts, options)),
    annotate: (report, options = {}) =>
      withExcel((session) => annotateIn(session, report, options)),
    clearAnnotations: () => withExcel(clearAnnotationsIn),
    selectRow: selectProject,
    readSettings: loadStoredSettings,
    writeSettings: saveSettings,
  };
}
