/**
 * The task pane's .xlsx reader: a workbook the user picked (bytes read in the browser, nothing
 * uploaded) → its sheets as Grids, through the same conversion as the CLI (grid-from-workbook.ts).
 * The pane imports this module lazily: exceljs's browser build is a chunk of its own, fetched from
 * the add-in's site only when a file is picked.
 */
import ExcelJS from "exceljs/dist/exceljs.bare.min.js";
import type { Grid } from "../core/types";
import { openXlsxInBrowser } from "./browser-package";
import { gridsOfWorkbook, loadCheckedWorkbook } from "./grid-from-workbook";

/** `file` names the source in messages (the picked file's name). */
export async function readWorkbookGridsInBrowser(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const zip = await openXlsxInBrowser(file, bytes);
  return gridsOfWorkbook(await loadCheckedWorkbook(new ExcelJS.Workbook(), zip, bytes, file), file);
}
