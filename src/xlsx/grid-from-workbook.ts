/**
 * An exceljs workbook → Grids, the way Excel would hand its sheets to the add-in (cached formula
 * results, plain text, date serials, error strings, merges, hidden rows). Shared by the CLI's
 * reader (exceljs for Node) and the task pane's file reader (exceljs's browser build), so this
 * module loads neither: it uses exceljs's types only.
 */
import type ExcelJS from "exceljs";
import type JSZip from "jszip";
import type { CellValue, Grid, MergedArea } from "../core/types";
import { plainCellValue } from "./cell-value";
import { fileProblem } from "./errors";
import { corruptPackage } from "./package-problems";
import { sheetNamesById } from "./zip-parts";

/** exceljs's ValueType codes (lib/doc/enums.js) that the conversion tells apart. */
const MERGE_CELL: ExcelJS.ValueType = 1;
const FORMULA_CELL: ExcelJS.ValueType = 6;

/**
 * Every worksheet but the very hidden ones, visible sheets first (so "the first sheet that reads
 * as a ledger" is one the user can see). `file` names the source in messages.
 */
export function gridsOfWorkbook(workbook: ExcelJS.Workbook, file: string): Grid[] {
  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets = workbook.worksheets.filter((ws) => ws.state !== "veryHidden");
  const ordered = [
    ...sheets.filter((ws) => ws.state !== "hidden"),
    ...sheets.filter((ws) => ws.state === "hidden"),
  ];
  const grids = ordered.map((ws) => worksheetToGrid(ws, date1904));
  if (grids.every((g) => g.values.length === 0)) {
    throw fileProblem(
      file,
      grids.length === 0 ? "工作簿中没有工作表。" : "工作簿是空的（所有工作表都没有内容）。",
      grids.length === 0
        ? "the workbook has no worksheets."
        : "the workbook is empty (no sheet has any cells)."
    );
  }
  return grids;
}

/**
 * Loads a checked package (`zip`, opened by the environment's guard) into a workbook of the
 * environment's exceljs build (Node's or the browser's); any exceljs failure reads as corruption.
 */
export async function loadCheckedWorkbook(
  workbook: ExcelJS.Workbook,
  zip: JSZip,
  bytes: Uint8Array,
  file: string
): Promise<ExcelJS.Workbook> {
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw corruptPackage(file);
  }
  await restoreSheetNames(workbook, zip);
  return workbook;
}

/**
 * exceljs decodes XML entities in sheet names twice ("A&amp;B" typed by the user comes back as
 * "A&B"): take the names from workbook.xml, so messages, --sheet and --append keep the real ones.
 */
export async function restoreSheetNames(workbook: ExcelJS.Workbook, zip: JSZip): Promise<void> {
  const names = await sheetNamesById(zip);
  for (const ws of workbook.worksheets) {
    const name = names.get(String(ws.id));
    if (name !== undefined && name !== ws.name) ws.name = name;
  }
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Converts one worksheet; the grid starts at the top-left of the cells that hold something. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const merges = worksheetMerges(ws);
  const cells: {
    row: number;
    col: number;
    value: CellValue;
    format: string;
    formula: string | null;
  }[] = [];
  const hiddenSheetRows: number[] = [];
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenSheetRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Cells covered by a merge hold nothing in Excel; exceljs repeats the anchor's value there.
      if (cell.type === MERGE_CELL) return;
      const value = plainCellValue(cell.value, date1904);
      const formula = cell.type === FORMULA_CELL ? formulaText(cell) : null;
      if (value === null && formula === null) return;
      cells.push({
        row: rowNumber,
        col: colNumber,
        value,
        format: cell.numFmt || "General",
        formula,
      });
    });
  });

  const bounds = boundsOf(cells, merges);
  if (!bounds)
    return {
      sheetName: ws.name,
      values: [],
      merges: [],
      hiddenRows: [],
      origin: { row: 0, col: 0 },
    };
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () =>
    new Array<CellValue>(width).fill(null)
  );
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () =>
    new Array<string | null>(width).fill(null)
  );
  let formulas: (string | null)[][] | undefined;
  for (const c of cells) {
    const r = c.row - bounds.top;
    const k = c.col - bounds.left;
    values[r][k] = c.value;
    numberFormats[r][k] = c.format;
    if (c.formula !== null) {
      formulas ??= Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
      formulas[r][k] = c.formula;
    }
  }
  return {
    sheetName: ws.name,
    values,
    numberFormats,
    ...(formulas ? { formulas } : {}),
    merges: merges
      .filter((m) => within(m, bounds))
      .map((m) => ({
        top: m.top - bounds.top,
        left: m.left - bounds.left,
        bottom: m.bottom - bounds.top,
        right: m.right - bounds.left,
      })),
    hiddenRows: hiddenSheetRows
      .filter((r) => r >= bounds.top && r <= bounds.bottom)
      .map((r) => r - bounds.top),
    origin: { row: bounds.top - 1, col: bounds.left - 1 },
  };
}

function formulaText(cell: ExcelJS.Cell): string | null {
  const formula = cell.formula;
  return formula ? `=${formula}` : null;
}

/** Merged areas in 1-based sheet coordinates. */
export function worksheetMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  // exceljs keeps merges as Range objects keyed by the anchor; there is no cheaper public accessor.
  const ranges = Object.values(
    (ws as unknown as { _merges: Record<string, Bounds> })._merges ?? {}
  );
  return ranges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function within(m: MergedArea, b: Bounds): boolean {
  return m.top >= b.top && m.left >= b.left && m.bottom <= b.bottom && m.right <= b.right;
}

function boundsOf(cells: { row: number; col: number }[], merges: MergedArea[]): Bounds | null {
  if (cells.length === 0) return null;
  const b: Bounds = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const include = (top: number, left: number, bottom: number, right: number) => {
    b.top = Math.min(b.top, top);
    b.left = Math.min(b.left, left);
    b.bottom = Math.max(b.bottom, bottom);
    b.right = Math.max(b.right, right);
  };
  for (const c of cells) include(c.row, c.col, c.row, c.col);
  // A merge counts when its anchor holds something (the title row spans the whole table). The
  // few anchors are looked up among the cells, not the other way round (600,000 cells on 50k rows).
  const anchorRows = new Map<number, MergedArea[]>();
  for (const m of merges) anchorRows.set(m.top, [...(anchorRows.get(m.top) ?? []), m]);
  const filled = new Set<MergedArea>();
  for (const c of cells) {
    const inRow = anchorRows.get(c.row);
    if (inRow) for (const m of inRow) if (m.left === c.col) filled.add(m);
  }
  for (const m of merges) if (filled.has(m)) include(m.top, m.left, m.bottom, m.right);
  return b;
}
