/** Fills a fake WPS sheet from a Grid (as the .xlsx reader or a generator gives it). No Node APIs. */
import type { Grid } from "../../src/core/types";
import { fillFromGrid } from "../../src/preview/fake-excel/grid-fill";
import type { FakeWps } from "./fake-wps";
import type { WpsSheetData } from "./sheet";

export function addGridSheet(wps: FakeWps, grid: Grid): WpsSheetData {
  return fillFromGrid(wps.addSheet(grid.sheetName), grid);
}
