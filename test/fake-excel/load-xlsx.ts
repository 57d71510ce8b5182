/** Node side of the fake host: fills it from a real .xlsx file (through the CLI's exceljs reader). */
import { readInputBytes } from "../../src/xlsx/package";
import { readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { readCustomProperties } from "../../src/xlsx/sheet-marker";
import { packageOf } from "../../src/xlsx/writer/package";
import { addGridSheet } from "./grid-fill";
import { FakeExcelHost, type FakeHostOptions } from "./host";

export async function hostFromXlsx(
  path: string,
  options: FakeHostOptions = {}
): Promise<FakeExcelHost> {
  const host = new FakeExcelHost(options);
  const bytes = await readInputBytes(path);
  for (const grid of await readWorkbookGridsFromBuffer(bytes, path)) addGridSheet(host, grid);
  // Custom document properties (the sheet markers among them), as Excel would show them.
  for (const p of readCustomProperties(packageOf(bytes)))
    if (p.value !== null) host.setCustomProperty(p.name, p.value);
  return host;
}
