/**
 * Reads a worksheet's used range into the Grid the reader takes, in whole-range reads:
 *   values: Value2 of blocks of about CHUNK_CELLS cells;
 *   number formats: NumberFormat of each column of a block (one code when the column is uniform;
 *     a mixed column is halved a few times, what stays mixed is left unknown);
 *   hidden rows: the visible cells of one column, a few calls per 16,000 rows (./hidden-rows.ts);
 *   merges: MergeCells of an area (false / true / mixed → halved), within a call budget; past it
 *     the grid carries no merges and the reader infers them.
 * COM has no call for "all formats" or "all merges": these searches keep the calls near the
 * number of blocks for ordinary ledgers.
 */
import type { CellValue, Grid, MergedArea } from "../core/index";
import { areaAddress } from "../core/index";
import { hiddenRowsOf } from "./hidden-rows";
import type { WpsCellValue, WpsWorksheet } from "./wps-api";

export const CHUNK_CELLS = 60_000;
/** Calls the merge search may take before it gives up (the reader then infers merges). */
export const MERGE_CALL_BUDGET = 400;
const FORMAT_SPLITS = 3;

export function readWorksheetGrid(sheet: WpsWorksheet, chunkCells = CHUNK_CELLS): Grid {
  const sheetName = sheet.Name;
  const used = sheet.UsedRange;
  const area: MergedArea = {
    top: used.Row - 1,
    left: used.Column - 1,
    bottom: used.Row - 2 + used.Rows.Count,
    right: used.Column - 2 + used.Columns.Count,
  };
  const origin = { row: area.top, col: area.left };
  const width = area.right - area.left + 1;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const rowsPerChunk = Math.max(1, Math.floor(chunkCells / width));
  for (let top = area.top; top <= area.bottom; top += rowsPerChunk) {
    const block = { ...area, top, bottom: Math.min(area.bottom, top + rowsPerChunk - 1) };
    values.push(...readValues(sheet, block));
    numberFormats.push(...readFormats(sheet, block));
  }
  if (values.length === 1 && values[0].length === 1 && values[0][0] === null)
    return { sheetName, values: [], numberFormats: [], origin };
  const hiddenRows = hiddenRowsOf(sheet, area).map((r) => r - area.top);
  const grid: Grid = { sheetName, values, numberFormats, hiddenRows, origin };
  const merges = mergesIn(sheet, area);
  if (merges) grid.merges = merges.map((m) => shift(m, -area.top, -area.left));
  return grid;
}

function readValues(sheet: WpsWorksheet, block: MergedArea): CellValue[][] {
  const raw = sheet.Range(areaAddress(block)).Value2;
  // One cell gives the value itself, several a 2-D array.
  const rows = Array.isArray(raw) ? raw : [[raw as WpsCellValue]];
  return rows.map((row) => row.map(toCellValue));
}

function toCellValue(value: WpsCellValue): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  return value;
}

function readFormats(sheet: WpsWorksheet, block: MergedArea): (string | null)[][] {
  const height = block.bottom - block.top + 1;
  const formats = Array.from({ length: height }, () =>
    new Array<string | null>(block.right - block.left + 1).fill(null)
  );
  const fill = (area: MergedArea, splits: number): void => {
    const format = sheet.Range(areaAddress(area)).NumberFormat;
    if (typeof format === "string") {
      for (let r = area.top; r <= area.bottom; r++)
        formats[r - block.top][area.left - block.left] = format;
      return;
    }
    if (splits === 0 || area.top === area.bottom) return; // stays unknown
    const middle = Math.floor((area.top + area.bottom) / 2);
    fill({ ...area, bottom: middle }, splits - 1);
    fill({ ...area, top: middle + 1 }, splits - 1);
  };
  for (let c = block.left; c <= block.right; c++)
    fill({ ...block, left: c, right: c }, FORMAT_SPLITS);
  return formats;
}

/** Merged areas inside `area` (sheet coordinates), or null when the search ran over its budget. */
function mergesIn(sheet: WpsWorksheet, area: MergedArea): MergedArea[] | null {
  const found = new Map<string, MergedArea>();
  let calls = 0;
  const visit = (part: MergedArea): boolean => {
    if (++calls > MERGE_CALL_BUDGET) return false;
    const range = sheet.Range(areaAddress(part));
    const state = range.MergeCells;
    if (state === false) return true;
    if (state === true) {
      // The first cell's merge; the rest of the part is searched again.
      const merge = range.MergeArea;
      calls += 4;
      const m: MergedArea = {
        top: merge.Row - 1,
        left: merge.Column - 1,
        bottom: merge.Row - 2 + merge.Rows.Count,
        right: merge.Column - 2 + merge.Columns.Count,
      };
      found.set(areaAddress(m), m);
      const rest: MergedArea[] = [];
      if (m.right < part.right)
        rest.push({
          top: part.top,
          left: m.right + 1,
          bottom: Math.min(part.bottom, m.bottom),
          right: part.right,
        });
      if (m.bottom < part.bottom) rest.push({ ...part, top: m.bottom + 1 });
      return rest.every(visit);
    }
    // Mixed: halve along the longer side.
    if (part.bottom - part.top >= part.right - part.left) {
      const middle = Math.floor((part.top + part.bottom) / 2);
      return visit({ ...part, bottom: middle }) && visit({ ...part, top: middle + 1 });
    }
    const middle = Math.floor((part.left + part.right) / 2);
    return visit({ ...part, right: middle }) && visit({ ...part, left: middle + 1 });
  };
  if (!visit(area)) return null;
  return [...found.values()].map((m) => ({
    top: Math.max(m.top, area.top),
    left: Math.max(m.left, area.left),
    bottom: Math.min(m.bottom, area.bottom),
    right: Math.min(m.right, area.right),
  }));
}

function shift(m: MergedArea, rows: number, cols: number): MergedArea {
  return { top: m.top + rows, left: m.left + cols, bottom: m.bottom + rows, right: m.right + cols };
}
