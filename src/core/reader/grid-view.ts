/** Safe, bounds-checked access to a host grid: ragged rows, holes and odd values never throw. */
import type { CellValue, Grid, MergedArea } from "../types";
import { columnLetter } from "../parse/column-letter";
import { isBlankCell } from "../parse/text";

const EMPTY_ROW: readonly unknown[] = [];
/** Cells filled from vertical merges, at most (a declared merge never costs more than this). */
const MAX_MERGED_CELLS = 2_000_000;

function sanitize(value: unknown): CellValue {
  const type = typeof value;
  if (type === "number" || type === "string" || type === "boolean") return value as CellValue;
  return null;
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function isCellValues(row: readonly unknown[]): row is CellValue[] {
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (value !== null && sanitize(value) === null) return false;
  }
  return true;
}

export class GridView {
  readonly sheetName: string;
  readonly rowCount: number;
  readonly width: number;
  readonly origin: { row: number; col: number };
  readonly merges: MergedArea[] | null;
  private readonly rows: readonly unknown[];
  /** 1 for each hidden grid row (asked of every project row; a flag reads faster than a Set). */
  private readonly hidden: Uint8Array;
  private readonly formats: readonly unknown[] | null;
  private readonly formulas: readonly unknown[] | null;

  constructor(grid: Grid) {
    this.sheetName = typeof grid?.sheetName === "string" ? grid.sheetName : "";
    this.rows = Array.isArray(grid?.values) ? grid.values : [];
    this.rowCount = this.rows.length;
    let width = 0;
    for (const row of this.rows) if (Array.isArray(row) && row.length > width) width = row.length;
    this.width = width;
    const origin = grid?.origin;
    this.origin = {
      row: isIndex(origin?.row) ? origin.row : 0,
      col: isIndex(origin?.col) ? origin.col : 0,
    };
    this.hidden = new Uint8Array(this.rowCount);
    if (Array.isArray(grid?.hiddenRows))
      for (const r of grid.hiddenRows) if (isIndex(r) && r < this.rowCount) this.hidden[r] = 1;
    this.formats = Array.isArray(grid?.numberFormats) ? grid.numberFormats : null;
    this.formulas = Array.isArray(grid?.formulas) ? grid.formulas : null;
    this.merges = Array.isArray(grid?.merges)
      ? grid.merges.filter(
          (m): m is MergedArea =>
            !!m &&
            isIndex(m.top) &&
            isIndex(m.left) &&
            isIndex(m.bottom) &&
            isIndex(m.right) &&
            m.bottom >= m.top &&
            m.right >= m.left
        )
      : null;
  }

  row(r: number): readonly unknown[] {
    const row = this.rows[r];
    return Array.isArray(row) ? row : EMPTY_ROW;
  }

  cell(r: number, c: number): CellValue {
    if (c < 0) return null;
    return sanitize(this.row(r)[c]);
  }

  /**
   * The row's cells as CellValues, padded to the grid width. A row that already is exactly that
   * (full width, every value a CellValue) is returned itself rather than copied: 100,000 project
   * rows need no second copy of their cells. Callers read it only.
   */
  cells(r: number): CellValue[] {
    const row = this.row(r);
    if (row.length === this.width && isCellValues(row)) return row;
    const out = new Array<CellValue>(this.width);
    for (let c = 0; c < this.width; c++) out[c] = sanitize(row[c]);
    return out;
  }

  format(r: number, c: number): string | null {
    if (!this.formats || c < 0) return null;
    const row = this.formats[r];
    const format = Array.isArray(row) ? row[c] : null;
    return typeof format === "string" ? format : null;
  }

  /** The cell's formula where the host knows it ("=SUM(F5:F9)"), else null. */
  formula(r: number, c: number): string | null {
    if (!this.formulas || c < 0) return null;
    const row = this.formulas[r];
    const formula = Array.isArray(row) ? row[c] : null;
    return typeof formula === "string" && formula !== "" ? formula : null;
  }

  /**
   * The value a cell shows when it lies inside a vertical merge below its top cell (one 行业 cell
   * merged over three project rows): the top cell's. Other cells: their own value.
   */
  shownCell(r: number, c: number): CellValue {
    const value = this.cell(r, c);
    if (!isBlankCell(value) || !this.merges || this.merges.length === 0) return value;
    this.mergeTops ??= this.verticalMergeTops();
    const top = this.mergeTops.get(r * this.width + c);
    return top === undefined ? value : this.cell(top, c);
  }

  private mergeTops: Map<number, number> | null = null;

  /** Cell key → top row, for the left column of every merge taller than one row (bounded by the grid). */
  private verticalMergeTops(): Map<number, number> {
    const tops = new Map<number, number>();
    for (const m of this.merges ?? []) {
      if (m.bottom === m.top || m.left >= this.width) continue;
      const last = Math.min(m.bottom, this.rowCount - 1);
      for (let r = m.top + 1; r <= last && tops.size < MAX_MERGED_CELLS; r++)
        tops.set(r * this.width + m.left, m.top);
    }
    return tops;
  }

  isHidden(r: number): boolean {
    return this.hidden[r] === 1;
  }

  isBlankRow(r: number): boolean {
    const row = this.row(r);
    for (let c = 0; c < row.length; c++) if (!isBlankCell(sanitize(row[c]))) return false;
    return true;
  }

  /** 1-based sheet row of grid row r. */
  sheetRow(r: number): number {
    return this.origin.row + r + 1;
  }

  /** Sheet column letter of grid column c. */
  letter(c: number): string {
    return columnLetter(this.origin.col + c);
  }
}
