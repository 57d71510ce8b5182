/**
 * The .xlsx host: reads every worksheet of a workbook into Grids, the way Excel would hand
 * them to the add-in (cached formula results, plain text, date serials, error strings).
 */
import ExcelJS from "exceljs";
import type { Grid } from "../core/types";
import { gridsOfWorkbook, loadCheckedWorkbook } from "./grid-from-workbook";
import { openXlsxPackage, readInputBytes } from "./package";

// The conversion is shared with the task pane's reader (exceljs's browser build).
export { worksheetMerges, worksheetToGrid } from "./grid-from-workbook";

export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  return readWorkbookGridsFromBuffer(await readInputBytes(file), file);
}

/** Same as readWorkbookGrids for bytes already in memory; `file` names the source in messages. */
export async function readWorkbookGridsFromBuffer(bytes: Buffer, file: string): Promise<Grid[]> {
  return gridsOfWorkbook(await loadWorkbook(file, bytes), file);
}

/** Loads an .xlsx with exceljs after the package checks; any exceljs failure reads as corruption. */
export async function loadWorkbook(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const zip = await openXlsxPackage(file, bytes);
  return loadCheckedWorkbook(new ExcelJS.Workbook(), zip, bytes, file);
}
