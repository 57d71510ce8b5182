/**
 * The Office.js implementation of the workflow's Host (src/app/host.ts): each method is one
 * Excel.run through withExcel() with the adapter's bounded syncs (reading in chunks, writing within
 * the request budget, own sheets swapped in one final sync). Nothing here decides what to check or
 * write; that is src/app/ and src/core/.
 */
import type { Host } from "../app/host";
import { annotateIn, clearAnnotationsIn } from "./annotate";
import { readSheetGrid } from "./read-grid";
import { isExcelApiSupported, withExcel } from "./session";
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

/** ExcelApi set of worksheets.onActivated. */
const SHEET_EVENTS_API = "1.7";

/**
 * Calls listener with the name of each sheet the user activates (worksheets.onActivated); resolves
 * to a function that removes the handler. An activated sheet that is gone by the time its name is
 * read (deleted at once) is skipped.
 */
export function onSheetActivated(listener: (sheetName: string) => void): Promise<() => void> {
  return withExcel(async (session) => {
    const registration = session.context.workbook.worksheets.onActivated.add(async (event) => {
      try {
        const name = await withExcel(async (s) => {
          const sheet = s.context.workbook.worksheets.getItem(event.worksheetId).load("name");
          await s.sync();
          return sheet.name;
        });
        listener(name);
      } catch {
        // The sheet went away before it could be named: nothing to follow.
      }
    });
    await session.sync();
    return () =>
      void Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }).catch(() => undefined);
  });
}

/** The host over the global Excel/Office objects (call once Office.onReady has run). */
export function excelHost(): Host {
  // Feature-detected: hosts without the event set still re-read the active sheet on 重新识别.
  const sheetActivation = isExcelApiSupported(SHEET_EVENTS_API);
  return {
    capabilities: {
      // The writer sets the print setup where worksheet.pageLayout exists (ExcelApi 1.9).
      pageLayout: canSetPageLayout(),
      charts: true,
      sheetActivation,
    },
    ...(sheetActivation ? { onSheetActivated } : {}),
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
