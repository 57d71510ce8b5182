/** Fills a fake sheet from a Grid (as the .xlsx reader or a generator gives it). No Node APIs. */
import type { Grid } from "../../core/types";
import type { FakeExcelHost } from "./host";
import type { FakeSheet } from "./model";

export function addGridSheet(host: FakeExcelHost, grid: Grid): FakeSheet {
  const sheet = host.addSheet(grid.sheetName);
  const origin = grid.origin ?? { row: 0, col: 0 };
  grid.values.forEach((row, r) => {
    const cells = (sheet.values[origin.row + r] = [] as FakeSheet["values"][number]);
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
