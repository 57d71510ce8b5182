/** Fills a fake sheet from a Grid (as the .xlsx reader or a generator gives it). No Node APIs. */
import type { CellValue, Grid, MergedArea } from "../../core/index";
import type { FakeExcelHost } from "./host";
import type { FakeSheet } from "./model";

/** What a fake host's sheet stores, sparse: the fake Excel and the fake WPS sheets both are one. */
export interface SparseSheetData {
  readonly values: (CellValue | undefined)[][];
  readonly formulas: (string | undefined)[][];
  readonly numberFormats: (string | undefined)[][];
  readonly merges: MergedArea[];
  readonly hiddenRows: Set<number>;
}

/** Copies a grid's values, formulas, formats, merges and hidden rows into a sparse sheet. */
export function fillFromGrid<S extends SparseSheetData>(sheet: S, grid: Grid): S {
  const origin = grid.origin ?? { row: 0, col: 0 };
  grid.values.forEach((row, r) => {
    const cells: (CellValue | undefined)[] = (sheet.values[origin.row + r] = []);
    row.forEach((value, c) => {
      if (value !== null && value !== "") cells[origin.col + c] = value;
      const formula = grid.formulas?.[r]?.[c];
      if (formula) (sheet.formulas[origin.row + r] ??= [])[origin.col + c] = formula;
      const format = grid.numberFormats?.[r]?.[c];
      if (format && format !== "General")
        (sheet.numberFormats[origin.row + r] ??= [])[origin.col + c] = format;
    });
  });
  for (const m of grid.merges ?? []) {
    sheet.merges.push({
      top: m.top + origin.row,
      left: m.left + origin.col,
      bottom: m.bottom + origin.row,
      right: m.right + origin.col,
    });
  }
  for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r + origin.row);
  return sheet;
}

export function addGridSheet(host: FakeExcelHost, grid: Grid): FakeSheet {
  return fillFromGrid(host.addSheet(grid.sheetName), grid);
}
