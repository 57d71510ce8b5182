/**
 * The workbook state behind the fake Excel host: plain data, no Office.js, no Node APIs (the
 * same fake runs in the browser preview page).
 */
import { MAX_CELL_CHARS } from "../../core/index";
import type { CellValue, MergedArea } from "../../core/index";
import { FakeRichApiError } from "./client";
import { emptyPageLayout, type FakePageLayout } from "./page-layout";

export type StoredValue = number | string | boolean;

/** A range-level format write ("font.bold" = true on B3:H3), recorded as Excel received it. */
export interface FormatWrite {
  area: MergedArea;
  property: string;
  value: unknown;
}

export interface FakeConditionalFormat {
  id: string;
  area: MergedArea;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface FakeChartSeries {
  name: string;
  chartType: string | null;
  values: string | null;
  xValues: string | null;
}

export interface FakeChart {
  id: string;
  type: string;
  source: string;
  title: string | null;
  position: { from: string; to: string | null } | null;
  series: FakeChartSeries[];
}

export class FakeSheet {
  /** Sparse rows; a missing cell is empty. */
  readonly values: (StoredValue | undefined)[][] = [];
  readonly formulas: (string | undefined)[][] = [];
  readonly numberFormats: (string | undefined)[][] = [];
  readonly hiddenRows = new Set<number>();
  readonly hiddenColumns = new Set<number>();
  readonly merges: MergedArea[] = [];
  readonly formatWrites: FormatWrite[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  freeze: { rows: number; columns: number } | null = null;
  /** Print setup set through worksheet.pageLayout (ExcelApi 1.9). */
  readonly pageLayout: FakePageLayout = emptyPageLayout();
  protected = false;
  visibility: "Visible" | "Hidden" = "Visible";

  constructor(
    readonly id: string,
    public name: string
  ) {}

  getValue(row: number, col: number): StoredValue | undefined {
    return this.values[row]?.[col];
  }

  getFormula(row: number, col: number): string | undefined {
    return this.formulas[row]?.[col];
  }

  getNumberFormat(row: number, col: number): string {
    return this.numberFormats[row]?.[col] ?? "General";
  }

  /** Stores a cell as Excel would after typing: see coerceTyped. */
  setTyped(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return; // null leaves the cell unchanged
    const typed = coerceTyped(input, this.getNumberFormat(row, col));
    setSparse(this.values, row, col, typed.value);
    setSparse(this.formulas, row, col, typed.formula);
  }

  setNumberFormat(row: number, col: number, format: unknown): void {
    if (format === null || format === undefined) return;
    setSparse(this.numberFormats, row, col, String(format));
  }

  clearContents(area: MergedArea): void {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        setSparse(this.values, r, c, undefined);
        setSparse(this.formulas, r, c, undefined);
      }
    }
  }

  /** Used range (0-based, inclusive) of cells with values or formulas; null when empty. */
  usedArea(valuesOnly: boolean): MergedArea | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const visit = (rows: unknown[][]) =>
      rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (cell === undefined) return;
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
          left = Math.min(left, c);
          right = Math.max(right, c);
        })
      );
    visit(this.values);
    visit(this.formulas);
    if (!valuesOnly) visit(this.numberFormats);
    return bottom < 0 ? null : { top, left, bottom, right };
  }
}

function setSparse<T>(
  rows: (T | undefined)[][],
  row: number,
  col: number,
  value: T | undefined
): void {
  if (value === undefined && !rows[row]) return;
  const cells = (rows[row] ??= []);
  cells[col] = value;
}

const NUMBER_TEXT = /^\s*[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?\s*%?\s*$/;

/**
 * What Excel stores when a value is written through Range.values, like typing it:
 * "=…" becomes a formula, "12" a number, "TRUE" a boolean, "'x" the text x — unless the cell's
 * number format is Text ("@"), which keeps any string as typed.
 */
export function coerceTyped(
  input: unknown,
  numberFormat: string
): { value: StoredValue | undefined; formula: string | undefined } {
  if (typeof input === "number" || typeof input === "boolean")
    return { value: input, formula: undefined };
  const text = String(input);
  // The leading apostrophe that keeps text as text is not part of the value.
  const stored = text.startsWith("'") && numberFormat !== "@" ? text.length - 1 : text.length;
  if (stored > MAX_CELL_CHARS)
    throw new FakeRichApiError(
      "InvalidArgument",
      `A cell can hold at most ${MAX_CELL_CHARS} characters (got ${stored}).`
    );
  if (text === "") return { value: undefined, formula: undefined };
  if (numberFormat === "@") return { value: text, formula: undefined };
  if (text.startsWith("'")) return { value: text.slice(1), formula: undefined };
  if (text.startsWith("=") && text.length > 1) return { value: "#NAME?", formula: text };
  if (/^(true|false)$/i.test(text))
    return { value: text.toLowerCase() === "true", formula: undefined };
  if (NUMBER_TEXT.test(text) && /\d/.test(text)) {
    const percent = text.includes("%");
    const number = Number(text.replace(/[,%\s]/g, ""));
    if (Number.isFinite(number))
      return { value: percent ? number / 100 : number, formula: undefined };
  }
  return { value: text, formula: undefined };
}

/** A cell as Office.js returns it in Range.values: "" for empty. */
export function apiValue(value: StoredValue | undefined): CellValue | "" {
  return value === undefined ? "" : value;
}
