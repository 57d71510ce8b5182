/**
 * Checks on what the writers produced from hostile input: user text stays literal text (never a
 * formula), no cell exceeds Excel's limit, and the user's own sheets are untouched.
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import { MAX_CELL_CHARS } from "../../src/core/sheet-spec";
import { readSheetMarkers } from "../../src/xlsx/sheet-marker";
import { workbookPath } from "../../src/xlsx/writer/add-sheets";
import { packageOf } from "../../src/xlsx/writer/package";
import { WorkbookPart } from "../../src/xlsx/writer/workbook-part";
import {
  readWorkbookGridsFromBuffer,
  readWorkbookSheetsFromBuffer,
} from "../../src/xlsx/read-grid";
import type { FakeExcelHost } from "../fake-excel/host";

/** A stack trace line as Node prints them ("    at fn (file.ts:12:3)"). */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/**
 * The report sheets of a written workbook (all sheets, or only the marked ones after --append):
 * no formula anywhere, every string cell a (shared or inline) string; returns their strings.
 */
export async function reportStrings(bytes: Buffer, onlyMarked: boolean): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const pkg = packageOf(bytes);
  const sheets = new WorkbookPart(pkg, workbookPath(pkg)).sheetParts();
  const parts = new Map(sheets.map((p) => [p.sheet.name, p.path ?? ""]));
  const marked = readSheetMarkers(pkg);
  const ours = [...parts.keys()].filter((name) => !onlyMarked || marked.has(name));
  assert.ok(ours.length > 0, "the workbook holds report sheets");
  for (const name of ours) {
    const xml = (await zip.file(parts.get(name)!)!.async("string")) ?? "";
    assert.doesNotMatch(xml, /<f[\s>/]/, `sheet "${name}" holds no formula`);
    assert.doesNotMatch(xml, /\st="str"/, `sheet "${name}" holds no formula-string cell`);
  }
  // Read back as the add-in would (the user's sheets may declare ranges exceljs would expand).
  const grids = await readWorkbookSheetsFromBuffer(bytes, "report.xlsx");
  const strings: string[] = [];
  for (const name of ours) {
    const grid = grids.find((g) => g.sheetName === name);
    assert.ok(grid, `the reader finds sheet "${name}"`);
    grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        assert.equal(
          grid.formulas?.[r]?.[c] ?? null,
          null,
          `${name} R${r + 1}C${c + 1} is not a formula`
        );
        if (typeof value === "string") {
          assert.ok(value.length <= MAX_CELL_CHARS, `${name} R${r + 1}C${c + 1} fits a cell`);
          strings.push(value);
        }
      })
    );
  }
  return strings;
}

/** Every text appears (inside) some string cell. */
export function assertTextsShown(strings: string[], texts: string[], where: string): void {
  for (const text of texts)
    assert.ok(
      strings.some((s) => s.includes(text)),
      `${where}: "${text}" is written as text (found in no string cell)`
    );
}

/** After --append: the input's sheets read back with the same values and formulas. */
export async function assertOriginalSheetsKept(input: Buffer, output: Buffer): Promise<void> {
  const before = await readWorkbookGridsFromBuffer(input, "input.xlsx");
  const after = await readWorkbookGridsFromBuffer(output, "output.xlsx");
  for (const grid of before) {
    const copy = after.find((g) => g.sheetName === grid.sheetName);
    assert.ok(copy, `sheet "${grid.sheetName}" is kept`);
    assert.deepEqual(copy.values, grid.values, `values of "${grid.sheetName}" kept`);
    assert.deepEqual(copy.formulas, grid.formulas, `formulas of "${grid.sheetName}" kept`);
  }
}

/** Sheets the add-in added on the fake host: no formulas; returns their strings. */
export function fakeReportStrings(host: FakeExcelHost, original: string[]): string[] {
  const strings: string[] = [];
  for (const name of host.sheetNames.filter((n) => !original.includes(n))) {
    const snapshot = host.snapshot(name);
    snapshot.formulas.forEach((row, r) =>
      row.forEach((formula, c) =>
        assert.equal(formula, undefined, `${name} row ${r + 1} column ${c + 1} holds no formula`)
      )
    );
    for (const row of snapshot.values)
      for (const value of row) if (typeof value === "string") strings.push(value);
  }
  return strings;
}
