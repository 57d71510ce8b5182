/**
 * SheetCells → Grid, the way Excel hands a sheet to the add-in: the grid starts at the top-left
 * of the cells that hold something and spans the merges anchored on them; cells covered by a
 * merge hold nothing. Nothing here is sized by what the file declares: a merge is clamped to the
 * cells the file mentions, and a grid too big to hold is refused with a message, never allocated.
 */
import { columnLetter } from "../../core/index";
import type { CellValue, Grid, MergedArea } from "../../core/index";
import { type FileProblem, fileProblem } from "../errors";
import type { SheetCells } from "./sheet-cells";

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
  const count = sheet.cellCount;
  if (count === 0) return emptyGrid(sheet);
  const merges = clampedMerges(sheet);
  const { covered, filled } = sweepMerges(sheet, merges);
  const bounds = boundsOf(sheet, covered, merges, filled);
  const height = bounds.bottom - bounds.top + 1;
  const width = bounds.right - bounds.left + 1;
  if (height * width > MAX_GRID_CELLS) throw gridTooBig(file, sheet.name, bounds);

  const values: CellValue[][] = new Array<CellValue[]>(height);
  const numberFormats: (string | null)[][] = new Array<(string | null)[]>(height);
  // Copies of one blank row (a copy is cheaper than a new array filled cell by cell).
  const blank = new Array<null>(width).fill(null);
  for (let r = 0; r < height; r++) {
    values[r] = blank.slice();
    numberFormats[r] = blank.slice();
  }
  let formulas: (string | null)[][] | undefined;
  const { rows, cols } = sheet;
  for (let i = 0; i < count; i++) {
    if (covered[i]) continue;
    const r = rows[i] - bounds.top;
    const k = cols[i] - bounds.left;
    values[r][k] = sheet.values[i];
    numberFormats[r][k] = sheet.formats[i];
    const formula = sheet.formulas[i];
    if (formula !== null && !formulas)
      formulas = Array.from({ length: height }, () => blank.slice());
    if (formulas) formulas[r][k] = formula;
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
 * One sweep down the rows: which cells a merge covers (not its anchor), which merges have a
 * filled anchor. A merge overlapping an earlier one (Excel refuses to open such a file unrepaired)
 * is dropped, so the merges met on one row never overlap and one binary search per cell finds
 * the only merge that can cover it.
 */
function sweepMerges(
  sheet: SheetCells,
  merges: (MergedArea | null)[]
): { covered: Uint8Array; filled: Uint8Array } {
  const count = sheet.cellCount;
  const covered = new Uint8Array(count);
  const filled = new Uint8Array(merges.length);
  const starts = merges
    .map((_, i) => i)
    .filter((i) => merges[i] !== null)
    .sort((a, b) => merges[a]!.top - merges[b]!.top || a - b);
  if (starts.length === 0) return { covered, filled };
  const { rows, cols } = sheet;
  const order = rowOrder(rows);
  const active: MergedArea[] = [];
  const activeIndex: number[] = [];
  let nextStart = 0;
  let earliestEnd = Infinity;
  let currentRow = 0;
  for (let n = 0; n < count; n++) {
    const i = order ? order[n] : n;
    const row = rows[i];
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
    const col = cols[i];
    const at = firstLeftAbove(active, col) - 1;
    if (at < 0) continue;
    const merge = active[at];
    if (merge.right < col) continue;
    if (merge.top === row && merge.left === col) filled[activeIndex[at]] = 1;
    else covered[i] = 1;
  }
  return { covered, filled };
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

/** null when the rows already come in order (the usual case), else the cell indices sorted by row. */
function rowOrder(rows: number[]): number[] | null {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) if (rows[i] < rows[i - 1]) sorted = false;
  if (sorted) return null;
  return rows.map((_, i) => i).sort((a, b) => rows[a] - rows[b] || a - b);
}

function boundsOf(
  sheet: SheetCells,
  covered: Uint8Array,
  merges: (MergedArea | null)[],
  filled: Uint8Array
): Bounds {
  const b: Bounds = { top: Infinity, left: Infinity, bottom: 0, right: 0 };
  const { rows, cols } = sheet;
  for (let i = 0; i < sheet.cellCount; i++) {
    if (covered[i]) continue;
    const row = rows[i];
    const col = cols[i];
    if (row < b.top) b.top = row;
    if (row > b.bottom) b.bottom = row;
    if (col < b.left) b.left = col;
    if (col > b.right) b.right = col;
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
