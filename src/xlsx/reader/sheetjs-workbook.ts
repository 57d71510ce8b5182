/**
 * Excel 97-2003 workbooks (.xls, BIFF8; also BIFF5) through SheetJS Community Edition, into the
 * same SheetGrids as the .xlsx reader gives: cached formula results, text as text, serial
 * numbers for dates (with their number formats), error values as "#N/A", merges, hidden rows,
 * sheet visibility. Loaded lazily (its own chunk in the task pane): SheetJS is large.
 */
import { type CellObject, type WorkBook, type WorkSheet, read } from "@e965/xlsx";
import type { CellValue } from "../../core/index";
import { corruptPackage } from "../package-problems";
import { encryptedWorkbook, xlsUnreadable } from "../sniff";
import { type SheetGrid, buildGrid } from "./grid-build";
import { GENERAL } from "./number-formats";
import { SheetCells, type SheetState } from "./sheet-cells";

/** Excel's own default password: "encrypted" files that open without asking (read-only ones). */
const EXCEL_DEFAULT_PASSWORD = "VelvetSweatshop";

/** BIFF error codes, for cells SheetJS gives without their text. */
const ERRORS: Record<number, string> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export function readXlsSheets(file: string, bytes: Uint8Array): SheetGrid[] {
  let workbook: WorkBook;
  try {
    workbook = read(bytes, {
      type: "array",
      dense: true,
      cellNF: true,
      cellStyles: true,
      sheetStubs: true,
      cellFormula: true,
      password: EXCEL_DEFAULT_PASSWORD,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/password-protected|Password is incorrect|Encryption scheme unsupported/.test(message))
      throw encryptedWorkbook(file);
    throw xlsUnreadable(file);
  }
  return sheetJsGrids(workbook, file);
}

/**
 * A workbook as SheetJS read it (from any format) → SheetGrids in workbook order. Also the
 * independent reading the .xlsx reader is tested against.
 */
export function sheetJsGrids(workbook: WorkBook, file: string): SheetGrid[] {
  const states = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, i) => {
    const sheet = workbook.Sheets[name];
    if (!sheet) throw corruptPackage(file);
    return buildGrid(sheetCells(sheet, name, sheetState(states[i]?.Hidden)), file);
  });
}

function sheetState(hidden: number | undefined): SheetState {
  return hidden === 1 ? "hidden" : hidden === 2 ? "veryHidden" : "visible";
}

function sheetCells(sheet: WorkSheet, name: string, state: SheetState): SheetCells {
  const cells = new SheetCells(name, state);
  const rows = (sheet["!data"] ?? []) as (CellObject | undefined)[][];
  rows.forEach((row, r) => {
    if (!row) return;
    row.forEach((cell, c) => {
      if (!cell) return;
      cells.touch(r + 1, c + 1);
      const value = cellValue(cell);
      const formula = cell.f ? `=${cell.f}` : null;
      if (value === null && formula === null) return;
      cells.add(r + 1, c + 1, value, typeof cell.z === "string" ? cell.z : GENERAL, formula);
    });
  });
  for (const m of sheet["!merges"] ?? [])
    cells.merges.push({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 });
  (sheet["!rows"] ?? []).forEach((info, r) => {
    if (info?.hidden) cells.hiddenRows.push(r + 1);
  });
  return cells;
}

function cellValue(cell: CellObject): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case "n":
      return typeof v === "number" ? v : null;
    case "b":
      return typeof v === "boolean" ? v : null;
    case "s":
      return typeof v === "string" && v !== "" ? v : null;
    case "e":
      return cell.w ?? (typeof v === "number" ? (ERRORS[v] ?? "#N/A") : null);
    default:
      return null;
  }
}
