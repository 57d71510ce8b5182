/**
 * One worksheet as a reader found it, before it becomes a Grid: the cells that hold something
 * (sparse, 1-based sheet coordinates), the merges and hidden rows as declared, and the extent of
 * every cell the file mentions (empty styled cells too), which bounds what a merge can cover.
 * Both readers (.xlsx scanner, SheetJS for .xls) fill one; grid-build.ts turns it into a Grid.
 */
import type { CellValue, MergedArea } from "../../core/index";

export type SheetState = "visible" | "hidden" | "veryHidden";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export class SheetCells {
  readonly rows: number[] = [];
  readonly cols: number[] = [];
  readonly values: CellValue[] = [];
  readonly formats: string[] = [];
  readonly formulas: (string | null)[] = [];
  readonly merges: MergedArea[] = [];
  readonly hiddenRows: number[] = [];
  /** Smallest box holding every cell element (0 = none yet). */
  top = Infinity;
  left = Infinity;
  bottom = 0;
  right = 0;

  constructor(
    readonly name: string,
    readonly state: SheetState
  ) {}

  /** A cell the file mentions, whether or not it holds anything. */
  touch(row: number, col: number): void {
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** A cell that holds a value or a formula (call touch too). */
  add(row: number, col: number, value: CellValue, format: string, formula: string | null): void {
    this.rows.push(row);
    this.cols.push(col);
    this.values.push(value);
    this.formats.push(format);
    this.formulas.push(formula);
  }

  get cellCount(): number {
    return this.rows.length;
  }
}

/** "B12" → row 12, column 2 (1-based) into `out`; false when it is not a cell reference. */
export function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
  return parseCellRefIn(ref, 0, ref.length, out);
}

/** parseCellRef on text[start, end), without cutting it out. */
export function parseCellRefIn(
  text: string,
  start: number,
  end: number,
  out: { row: number; col: number }
): boolean {
  let at = start;
  let col = 0;
  while (at < end && text.charCodeAt(at) === 36) at++; // "$"
  for (; at < end; at++) {
    const code = text.charCodeAt(at) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
    if (col > MAX_COLUMNS) return false;
  }
  if (col === 0) return false;
  if (at < end && text.charCodeAt(at) === 36) at++;
  let row = 0;
  const digitsStart = at;
  for (; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
    row = row * 10 + (code - 48);
    if (row > MAX_ROWS) return false;
  }
  if (at === digitsStart || row === 0) return false;
  out.row = row;
  out.col = col;
  return true;
}

/** "A1:C3" (or "A1") → a 1-based area, corners in any order; null when it is not one. */
export function parseRangeRef(ref: string): MergedArea | null {
  const colon = ref.indexOf(":");
  const a = { row: 0, col: 0 };
  const b = { row: 0, col: 0 };
  if (!parseCellRef(colon < 0 ? ref.trim() : ref.slice(0, colon).trim(), a)) return null;
  if (colon < 0) Object.assign(b, a);
  else if (!parseCellRef(ref.slice(colon + 1).trim(), b)) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
