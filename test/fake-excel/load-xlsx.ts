/** Node side of the fake host: fills it from a real .xlsx file (through the CLI's exceljs reader). */
import { readWorkbookGrids } from "../../src/xlsx/read-grid";
import { addGridSheet } from "./grid-fill";
import { FakeExcelHost, type FakeHostOptions } from "./host";

export async function hostFromXlsx(
  path: string,
  options: FakeHostOptions = {}
): Promise<FakeExcelHost> {
  const host = new FakeExcelHost(options);
  for (const grid of await readWorkbookGrids(path)) addGridSheet(host, grid);
  return host;
}
