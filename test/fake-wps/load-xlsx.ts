/** Node side of the fake WPS: a workbook filled from a real .xlsx (through the project's reader). */
import { readInputBytes } from "../../src/xlsx/package";
import { readWorkbookGridsFromBuffer } from "../../src/xlsx/read-grid";
import { readCustomProperties } from "../../src/xlsx/sheet-marker";
import { packageOf } from "../../src/xlsx/writer/package";
import { FakeWps, type FakeWpsOptions } from "./fake-wps";
import { addGridSheet } from "./grid-fill";

export async function wpsFromXlsx(path: string, options: FakeWpsOptions = {}): Promise<FakeWps> {
  return wpsFromBytes(await readInputBytes(path), path, options);
}

export async function wpsFromBytes(
  bytes: Uint8Array,
  file: string,
  options: FakeWpsOptions = {}
): Promise<FakeWps> {
  const wps = new FakeWps(options);
  for (const grid of await readWorkbookGridsFromBuffer(bytes, file)) addGridSheet(wps, grid);
  for (const p of readCustomProperties(packageOf(Buffer.from(bytes))))
    if (typeof p.value === "string")
      wps.properties.set(p.name.toLowerCase(), { name: p.name, value: p.value });
  return wps;
}
