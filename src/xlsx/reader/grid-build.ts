/**
 * SheetCells → Grid, the way Excel hands a sheet to the add-in: the grid starts at the top-left
 * of the cells that hold something and spans the merges anchored on them; cells covered by a
 * merge hold nothing. Nothing here is sized by what the file declares: a merge is clamped to the
 * cells the file mentions, and a grid too big to hold is refused with a message, never allocated.
 */
import { columnLetter } from "../../core/index";
import type { CellValue, Grid, MergedArea } from "../../core/index";
import { type FileProblem, fileProblem } from "../errors";
import { type RowRun, type SheetCells, holdsCell } from "./sheet-cells";

/**
 * The grid is dense (rows × columns of values and of formats): 40 million cells are about
 * 650 MB, enough for a full 1,048,576-row ledger 38 columns wide.
 */
export const MAX_GRID_CELLS = 40_000_000;

/** A Grid with the sheet's visibility (absent for visible sheets). */
export interface SheetGrid extends Grid {
  state?: "hidden" | "veryHidden";
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function buildGrid(sheet: SheetCells, file: string): SheetGrid {
  if (sheet.cellCount === 0) return emptyGrid(sheet);
  const merges = clampedMerges(sheet);
  const runs = runsByRow(sheet.runs);
  const filled = coverMerges(runs, merges);
  const bounds = boundsOf(runs, merges, filled);
  if (bounds.top === Infinity) return emptyGrid(sheet); // every cell lay under a merge
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  if (height * width > MAX_GRID_CELLS) throw gridTooBig(file, sheet.name, bounds);

  const values: CellValue[][] = new Array<CellValue[]>(height);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height);
  const formulas = runs.some((run) => run.formulas !== null)
    ? new Array<(string | null)[]>(height)
    : undefined;
  // Copies of one blank row (a copy is cheaper than a new array filled cell by cell).
  const blank = new Array<null>(width).fill(null);
  let next = 0;
  for (let r = 0; r < height; r++) {
    const row = bounds.top + r;
    while (next < runs.length && runs[next].row < row) next++; // only covered cells
    let last = next;
    while (last < runs.length && runs[last].row === row) last++;
    const only = last - next === 1 ? runs[next] : null;
    if (only !== null && only.start === bounds.left) {
      // The usual row: its one run becomes the grid's row as it is.
      values[r] = padded(only.values, width);
      numberFormats[r] = padded(only.formats, width);
      if (formulas) formulas[r] = only.formulas ? padded(only.formulas, width) : blank.slice();
    } else {
      values[r] = blank.slice();
      numberFormats[r] = blank.slice();
      if (formulas) formulas[r] = blank.slice();
      for (let n = next; n < last; n++)
        copyRun(runs[n], bounds.left, values[r], numberFormats[r], formulas?.[r]);
    }
    next = last;
  }
  const grid: SheetGrid = {
    sheetName: sheet.name,
    values,
    numberFormats,
    ...(formulas ? { formulas } : {}),
    merges: merges
      .filter((m): m is MergedArea => m !== null && within(m, bounds))
      .map((m) => ({
        top: m.top - bounds.top,
        left: m.left - bounds.left,
        bottom: m.bottom - bounds.top,
        right: m.right - bounds.left,
      })),
    hiddenRows: hiddenRowsWithin(sheet.hiddenRows, bounds),
    origin: { row: bounds.top - 1, col: bounds.left - 1 },
  };
  return withState(grid, sheet);
}

/**
 * `slots` filled with null up to `width` (a run past its last cell holds only covered ones), in
 * place: a formats array shared by rows is padded once, for all of them (see RowRun.formats).
 */
function padded<T>(slots: (T | null)[], width: number): (T | null)[] {
  while (slots.length < width) slots.push(null);
  slots.length = width;
  return slots;
}

/** The cells of a run into a grid row starting at column `left` (a later cell wins, as in Excel). */
function copyRun(
  run: RowRun,
  left: number,
  values: CellValue[],
  formats: (string | null)[],
  formulas: (string | null)[] | undefined
): void {
  const offset = run.start - left;
  for (let k = 0; k < run.values.length; k++) {
    if (!holdsCell(run, k)) continue;
    values[offset + k] = run.values[k];
    formats[offset + k] = run.formats[k];
    if (formulas) formulas[offset + k] = run.formulas?.[k] ?? null;
  }
}

function emptyGrid(sheet: SheetCells): SheetGrid {
  const grid = { sheetName: sheet.name, values: [], merges: [], hiddenRows: [] };
  return withState({ ...grid, origin: { row: 0, col: 0 } }, sheet);
}

/** The sheet's visibility, kept with its grid (visible sheets have none: as before). */
function withState(grid: SheetGrid, sheet: SheetCells): SheetGrid {
  if (sheet.state !== "visible") grid.state = sheet.state;
  return grid;
}

/**
 * Each declared merge cut to the box of the cells the file mentions (a title merged down to row
 * 1,048,576 covers nothing past the last cell); null for one that then covers no cell at all.
 */
function clampedMerges(sheet: SheetCells): (MergedArea | null)[] {
  return sheet.merges.map((m) => {
    const bottom = Math.min(m.bottom, sheet.bottom);
    const right = Math.min(m.right, sheet.right);
    if (m.top > bottom || m.left > right) return null;
    return { top: m.top, left: m.left, bottom, right };
  });
}

/**
 * One sweep down the rows: the cells a merge covers (not its anchor) are emptied, and the merges
 * whose anchor holds something are marked filled. A merge overlapping an earlier one (Excel
 * refuses to open such a file unrepaired) is dropped, so the merges met on one row never overlap
 * and one binary search per cell finds the only merge that can cover it.
 */
function coverMerges(runs: readonly RowRun[], merges: (MergedArea | null)[]): Uint8Array {
  const filled = new Uint8Array(merges.length);
  const starts = merges
    .map((_, i) => i)
    .filter((i) => merges[i] !== null)
    .sort((a, b) => merges[a]!.top - merges[b]!.top || a - b);
  if (starts.length === 0) return filled;
  const active: MergedArea[] = [];
  const activeIndex: number[] = [];
  let nextStart = 0;
  let earliestEnd = Infinity;
  let currentRow = 0;
  for (const run of runs) {
    const row = run.row;
    if (row !== currentRow) {
      currentRow = row;
      if (earliestEnd < row) {
        earliestEnd = Infinity;
        for (let a = active.length - 1; a >= 0; a--) {
          if (active[a].bottom < row) {
            active.splice(a, 1);
            activeIndex.splice(a, 1);
          } else earliestEnd = Math.min(earliestEnd, active[a].bottom);
        }
      }
      while (nextStart < starts.length && merges[starts[nextStart]]!.top <= row) {
        const index = starts[nextStart++];
        const merge = merges[index]!;
        if (merge.bottom < row) continue; // no cell row inside it
        const at = firstLeftAbove(active, merge.left);
        const before = active[at - 1];
        const after = active[at];
        if ((before && before.right >= merge.left) || (after && after.left <= merge.right)) {
          merges[index] = null;
          continue;
        }
        active.splice(at, 0, merge);
        activeIndex.splice(at, 0, index);
        earliestEnd = Math.min(earliestEnd, merge.bottom);
      }
    }
    if (active.length === 0) continue;
    let ownFormats = false;
    for (let k = 0; k < run.values.length; k++) {
      if (!holdsCell(run, k)) continue;
      const col = run.start + k;
      const at = firstLeftAbove(active, col) - 1;
      if (at < 0) continue;
      const merge = active[at];
      if (merge.right < col) continue;
      if (merge.top === row && merge.left === col) filled[activeIndex[at]] = 1;
      else {
        if (!ownFormats) run.formats = run.formats.slice(); // it may be shared (sheet-cells.ts)
        ownFormats = true;
        emptySlot(run, k);
      }
    }
  }
  return filled;
}

function emptySlot(run: RowRun, k: number): void {
  run.values[k] = null;
  run.formats[k] = null;
  if (run.formulas) run.formulas[k] = null;
}

/** Index of the first active merge whose left column is greater than `col`. */
function firstLeftAbove(active: MergedArea[], col: number): number {
  let low = 0;
  let high = active.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (active[mid].left <= col) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The runs in row order (as they come, nearly always; else sorted, a row's runs kept in order). */
function runsByRow(runs: RowRun[]): RowRun[] {
  for (let i = 1; i < runs.length; i++)
    if (runs[i].row < runs[i - 1].row) return [...runs].sort((a, b) => a.row - b.row);
  return runs;
}

function boundsOf(
  runs: readonly RowRun[],
  merges: (MergedArea | null)[],
  filled: Uint8Array
): Bounds {
  const b: Bounds = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  for (const run of runs) {
    let first = 0;
    let last = run.values.length - 1;
    while (first <= last && !holdsCell(run, first)) first++;
    if (first > last) continue; // every cell covered
    while (!holdsCell(run, last)) last--;
    if (run.row < b.top) b.top = run.row;
    if (run.row > b.bottom) b.bottom = run.row;
    if (run.start + first < b.left) b.left = run.start + first;
    if (run.start + last > b.right) b.right = run.start + last;
  }
  // A merge counts when its anchor holds something (the title row spans the whole table).
  merges.forEach((m, i) => {
    if (!m || !filled[i]) return;
    b.top = Math.min(b.top, m.top);
    b.left = Math.min(b.left, m.left);
    b.bottom = Math.max(b.bottom, m.bottom);
    b.right = Math.max(b.right, m.right);
  });
  return b;
}

function within(m: MergedArea, b: Bounds): boolean {
  return m.top >= b.top && m.left >= b.left && m.bottom <= b.bottom && m.right <= b.right;
}

function hiddenRowsWithin(hidden: number[], b: Bounds): number[] {
  const rows = [...new Set(hidden)].filter((r) => r >= b.top && r <= b.bottom);
  return rows.sort((x, y) => x - y).map((r) => r - b.top);
}

function gridTooBig(file: string, sheetName: string, b: Bounds): FileProblem {
  const range = `${columnLetter(b.left - 1)}${b.top}:${columnLetter(b.right - 1)}${b.bottom}`;
  const cells = (b.bottom - b.top + 1) * (b.right - b.left + 1);
  return fileProblem(
    file,
    `工作表“${sheetName}”的内容分布在 ${range}（${cells.toLocaleString("en")} 个单元格），超过可读取的上限（${MAX_GRID_CELLS.toLocaleString("en")} 个单元格），已拒绝读取。请删除远处多余的单元格后再试。`,
    `sheet "${sheetName}" spans ${range} (${cells.toLocaleString("en")} cells), more than can be read (${MAX_GRID_CELLS.toLocaleString("en")} cells); it was refused. Delete the stray cells far from the table and try again.`
  );
}
