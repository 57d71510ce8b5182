/**
 * A1 addresses ↔ 0-based rectangles, one parser for every spreadsheet host (Office.js, WPS,
 * the fake hosts) and the .xlsx writer.
 */
import type { MergedArea } from "../types";
import { columnIndex, columnLetter as columnLetters } from "./column-letter";

export { columnIndex, columnLetters };

/** A 0-based rectangle as an A1 address without sheet: "B3:H40" (a single cell stays "B3"). */
export function areaAddress(area: MergedArea): string {
  const first = `${columnLetters(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${columnLetters(area.right)}${area.bottom + 1}`;
}

/** Entire rows "5:9" (0-based inclusive rows 4..8). */
export function rowsAddress(top: number, bottom: number): string {
  return `${top + 1}:${bottom + 1}`;
}

/** Last 0-based row (1,048,576) and column (XFD) of a worksheet. */
export const MAX_ROW = 1048575;
export const MAX_COL = 16383;

/**
 * Parses the cell part of an address ("Sheet1!B3:H40", "'a!b'!C5", "A:C", "5:9") into a
 * rectangle. Whole columns/rows extend to the sheet's edge.
 */
export function parseAreaAddress(address: string): MergedArea {
  const cells = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [from, to = from] = cells.split(":");
  const a = parseEndpoint(from, address);
  const b = parseEndpoint(to, address);
  return {
    top: Math.min(a.row ?? 0, b.row ?? MAX_ROW),
    left: Math.min(a.col ?? 0, b.col ?? MAX_COL),
    bottom: Math.max(a.row ?? 0, b.row ?? MAX_ROW),
    right: Math.max(a.col ?? 0, b.col ?? MAX_COL),
  };
}

function parseEndpoint(text: string, whole: string): { row: number | null; col: number | null } {
  const match = /^([A-Za-z]{0,3})(\d*)$/.exec(text.trim());
  if (!match || (match[1] === "" && match[2] === ""))
    throw new Error(`Not an A1 address: ${whole}`);
  return {
    col: match[1] ? columnIndex(match[1]) : null,
    row: match[2] ? Number(match[2]) - 1 : null,
  };
}

/**
 * The areas of a multi-area address as Excel gives it for RangeAreas:
 * "Sheet1!A1:H1, Sheet1!A3:A4" or "'My, sheet'!B2:C3,'My, sheet'!E5".
 */
export function parseMultiAreaAddress(address: string): MergedArea[] {
  if (address.trim() === "") return [];
  const areas: MergedArea[] = [];
  // A cell part is what follows a "!" up to the next "," that is followed by a sheet or cell reference.
  const pattern = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?=\s*,|\s*$)/g;
  for (const match of address.matchAll(pattern)) areas.push(parseAreaAddress(match[1]));
  if (areas.length === 0) {
    for (const part of address.split(",")) areas.push(parseAreaAddress(part.trim()));
  }
  return areas;
}

/** Moves a rectangle by an offset (e.g. sheet coordinates → grid coordinates). */
export function shiftArea(area: MergedArea, rows: number, cols: number): MergedArea {
  return {
    top: area.top + rows,
    left: area.left + cols,
    bottom: area.bottom + rows,
    right: area.right + cols,
  };
}

export function areaCells(area: MergedArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Sheet names with spaces or punctuation are quoted in formulas: 'My sheet'!A1. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff.]*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}
