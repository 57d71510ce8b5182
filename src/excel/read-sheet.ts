/**
 * Reads the active worksheet into a Grid for the pure reader (src/core/reader).
 *
 * Uses ExcelApi ≤ 1.7 only (Excel 2019/2021 volume-licensed desktops are common among users):
 * Workbook.worksheets.getActiveWorksheet (1.1), Worksheet.getUsedRangeOrNullObject (1.4),
 * Range.values / numberFormat / address (1.1). One context.sync(). Merged areas, hidden rows and
 * chunked reading of very large sheets belong to the full adapter (a later issue).
 */
import type { CellValue, Grid } from "../core/types";
import { parseAreaAddress } from "./address";

/** Excel gives "" for an empty cell; the reader wants null. */
function toCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
    return value;
  }
  return String(value);
}

/** 0-based sheet row and column of the range's top-left cell. */
function originOf(address: string): { row: number; col: number } {
  const area = parseAreaAddress(address);
  return { row: area.top, col: area.left };
}

/** Reads the used range (cells with values) of the active worksheet. An empty sheet gives values []. */
export async function readActiveSheetGrid(context: Excel.RequestContext): Promise<Grid> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(["values", "numberFormat", "address"]);
  await context.sync();

  if (used.isNullObject) {
    return { sheetName: sheet.name, values: [], numberFormats: [], origin: { row: 0, col: 0 } };
  }
  return {
    sheetName: sheet.name,
    values: used.values.map((row) => row.map(toCellValue)),
    numberFormats: used.numberFormat.map((row) =>
      row.map((format) => (typeof format === "string" ? format : null))
    ),
    origin: originOf(used.address),
  };
}
