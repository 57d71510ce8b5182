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

/**
 * Cells of one row that follow each other, from column `start`: slot k is column start + k.
 * Slots between two cells hold null (a cell always holds a value or a formula, a gap neither).
 * A ledger row is nearly always one run, which then becomes the grid's row as it is.
 */
export interface RowRun {
  readonly row: number;
  readonly start: number;
  readonly values: CellValue[];
  /**
   * Shared with the run before when the same (a ledger's rows repeat one sequence of formats:
   * one array for them all, not one per row kept alive to the end). Copy it before changing a
   * slot; padding it with nulls to the grid's width in place is safe, since every run sharing it
   * has its length and none with uncovered cells reaches past the grid.
   */
  formats: (string | null)[];
  /** null until a cell of the run has a formula. */
  formulas: (string | null)[] | null;
}

/** Empty columns a run bridges; a cell further right starts a new run (a far cell costs one). */
const MAX_GAP = 8;

export class SheetCells {
  /** In file order; a row's runs are increasing within, and a cell met again starts a new one. */
  readonly runs: RowRun[] = [];
  readonly merges: MergedArea[] = [];
  readonly hiddenRows: number[] = [];
  /** Smallest box holding every cell element (0 = none yet). */
  top = Infinity;
  left = Infinity;
  bottom = 0;
  right = 0;
  private count = 0;
  private last: RowRun | null = null;
  private lastFormats: (string | null)[] | null = null;

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
    this.count++;
    let run = this.last;
    const end = run === null ? 0 : run.start + run.values.length;
    if (run === null || run.row !== row || col < end || col - end > MAX_GAP) {
      if (run !== null) this.shareFormats(run);
      run = { row, start: col, values: [], formats: [], formulas: null };
      this.runs.push(run);
      this.last = run;
    }
    const { values, formats } = run;
    for (let gap = run.start + values.length; gap < col; gap++) {
      values.push(null);
      formats.push(null);
      run.formulas?.push(null);
    }
    values.push(value);
    formats.push(format);
    if (run.formulas !== null) run.formulas.push(formula);
    else if (formula !== null) {
      run.formulas = new Array<string | null>(values.length - 1).fill(null);
      run.formulas.push(formula);
    }
  }

  get cellCount(): number {
    return this.count;
  }

  /** A finished run takes the formats array of the one before when they hold the same. */
  private shareFormats(run: RowRun): void {
    const before = this.lastFormats;
    const formats = run.formats;
    if (before !== null && sameItems(before, formats)) run.formats = before;
    else this.lastFormats = formats;
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether slot k of a run holds a cell (rather than a gap, or a cell a merge covered). */
export function holdsCell(run: RowRun, k: number): boolean {
  return run.values[k] !== null || (run.formulas !== null && run.formulas[k] !== null);
}

const ASCII = new TextEncoder();

/** "B12" → row 12, column 2 (1-based) into `out`; false when it is not a cell reference. */
export function parseCellRef(ref: string, out: { row: number; col: number }): boolean {
  const bytes = ASCII.encode(ref);
  return parseCellRefIn(bytes, 0, bytes.length, out);
}

/** parseCellRef on the UTF-8 bytes [start, end), without cutting them out. */
export function parseCellRefIn(
  bytes: Uint8Array,
  start: number,
  end: number,
  out: { row: number; col: number }
): boolean {
  let at = start;
  let col = 0;
  while (at < end && bytes[at] === 36) at++; // "$"
  for (; at < end; at++) {
    const code = bytes[at] | 0x20; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
    if (col > MAX_COLUMNS) return false;
  }
  if (col === 0) return false;
  if (at < end && bytes[at] === 36) at++;
  let row = 0;
  const digitsStart = at;
  for (; at < end; at++) {
    const code = bytes[at];
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
