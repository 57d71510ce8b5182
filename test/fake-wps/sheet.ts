/** One worksheet of the fake WPS workbook: plain data, no Node APIs (browser-safe). */
import type { MergedArea } from "../../src/core/types";
import { type StoredValue, coerceTyped } from "../fake-excel/model";

/** A formatting write as WPS received it ("Font.Bold" = true on B3:H3). */
export interface WpsFormatWrite {
  area: MergedArea;
  property: string;
  value: unknown;
}

export interface WpsCondition {
  area: MergedArea;
  formula: string;
  fill: number | null;
  font: number | null;
}

export interface WpsChartData {
  type: number;
  left: number;
  top: number;
  width: number;
  height: number;
  title: string | null;
  series: { name: string; type: number; values: string | null; xValues: string | null }[];
}

export class WpsSheetData {
  readonly values: (StoredValue | undefined)[][] = [];
  readonly formulas: (string | undefined)[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  readonly merges: MergedArea[] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly formatWrites: WpsFormatWrite[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly conditions: WpsCondition[] = [];
  readonly charts: WpsChartData[] = [];
  readonly pageSetup = {
    Orientation: 1,
    PaperSize: 9,
    Zoom: 100 as number | false,
    FitToPagesWide: 1 as number | false,
    FitToPagesTall: 1 as number | false,
    PrintTitleRows: "",
    CenterFooter: "",
    CenterHorizontally: false,
  };
  freeze: { rows: number; columns: number } | null = null;
  scroll = { row: 1, column: 1 };
  visible: -1 | 0 | 2 = -1;
  protectContents = false;

  constructor(public name: string) {}

  value(row: number, col: number): StoredValue | undefined {
    return this.values[row]?.[col];
  }

  formula(row: number, col: number): string | undefined {
    return this.formulas[row]?.[col];
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats[row]?.[col] ?? "General";
  }

  /** Stores a written value as WPS would after typing it (see coerceTyped). */
  setTyped(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined || input === "") {
      setSparse(this.values, row, col, undefined);
      setSparse(this.formulas, row, col, undefined);
      return;
    }
    const typed = coerceTyped(input, this.numberFormat(row, col));
    setSparse(this.values, row, col, typed.value);
    setSparse(this.formulas, row, col, typed.formula);
  }

  setNumberFormat(row: number, col: number, format: string): void {
    setSparse(this.numberFormats, row, col, format === "General" ? undefined : format);
  }

  /** The last write of a formatting property covering the cell, or undefined. */
  formatOf(row: number, col: number, property: string): unknown {
    for (let i = this.formatWrites.length - 1; i >= 0; i--) {
      const { area, property: p, value } = this.formatWrites[i];
      if (p === property && contains(area, row, col)) return value;
    }
    return undefined;
  }

  mergeAt(row: number, col: number): MergedArea | null {
    return this.merges.find((m) => contains(m, row, col)) ?? null;
  }

  /** Like WPS's UsedRange: cells with values, formulas or a number format; null when empty. */
  usedArea(): MergedArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const rows of [this.values, this.formulas, this.numberFormats])
      rows.forEach((cells, r) =>
        cells?.forEach((cell, c) => {
          if (cell === undefined) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        })
      );
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Values and formulas of every cell, for "the user's data never changes" comparisons. */
  snapshot(): string {
    const cells: unknown[] = [];
    this.values.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v !== undefined) cells.push([r, c, v, this.formula(r, c) ?? null]);
      })
    );
    this.formulas.forEach((row, r) =>
      row?.forEach((f, c) => {
        if (f !== undefined && this.value(r, c) === undefined) cells.push([r, c, null, f]);
      })
    );
    return JSON.stringify(cells);
  }
}

export function contains(area: MergedArea, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

export function intersects(a: MergedArea, b: MergedArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function setSparse<T>(rows: (T | undefined)[][], row: number, col: number, value: T | undefined) {
  if (value === undefined && !rows[row]) return;
  (rows[row] ??= [])[col] = value;
}
