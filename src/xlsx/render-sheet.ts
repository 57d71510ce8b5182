/**
 * Renders a SheetLayout (decided in core/sheet-spec) into an exceljs worksheet: values, merges,
 * styles, widths, heights, frozen panes and the live band colours. The chart is added later,
 * on the zip package (see chart-parts.ts), because exceljs cannot write charts.
 */
import type ExcelJS from "exceljs";
import type { CellStyle, SheetLayout } from "../core/sheet-spec";
import type { ColourBand } from "../core/report-types";
import type { MergedArea } from "../core/types";
import { columnLetter } from "../core/parse/column-letter";

export interface RenderOptions {
  /** Body font; "等线" is Excel's default for Chinese, Calibri for English. */
  fontName: string;
}

const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BASE_FONT_SIZE = 11;
/** Rows that still print legibly on one A4 landscape page when scaled to fit. */
const ONE_PAGE_ROWS = 60;

export function renderLayout(
  ws: ExcelJS.Worksheet,
  layout: SheetLayout,
  options: RenderOptions
): void {
  writeValues(ws, layout);
  for (const m of layout.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  applyStyles(ws, layout, options);
  layout.columnWidths.forEach((width, c) => (ws.getColumn(c + 1).width = width));
  for (const { row, height } of layout.rowHeights) ws.getRow(row + 1).height = height;
  if (layout.freeze.rows > 0 || layout.freeze.columns > 0) {
    ws.views = [
      {
        state: "frozen",
        xSplit: layout.freeze.columns,
        ySplit: layout.freeze.rows,
        showGridLines: false,
      },
    ];
  } else {
    ws.views = [{ showGridLines: false }];
  }
  if (layout.varianceBands)
    addBandRules(ws, layout.varianceBands.range, layout.varianceBands.bands);
  if (layout.chart) writeLineHelper(ws, layout.chart, lineHelperRange(layout));
  // A4 landscape, one page wide; short sheets (a summary with its chart) on one page.
  const printedRows = layout.values.length + (layout.chart ? layout.chart.anchor.rows + 1 : 0);
  ws.pageSetup = {
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: printedRows <= ONE_PAGE_ROWS ? 1 : 0,
  };
}

/**
 * The chart's time-progress line needs cells to plot (hosts ignore literal series): a hidden
 * column right of the table repeats T beside each category. The chart then plots hidden cells.
 */
export function lineHelperRange(layout: SheetLayout): MergedArea | null {
  if (!layout.chart) return null;
  const col = layout.values.reduce((w, row) => Math.max(w, row.length), layout.columnWidths.length);
  return {
    top: layout.chart.values.top,
    left: col,
    bottom: layout.chart.values.bottom,
    right: col,
  };
}

function writeLineHelper(
  ws: ExcelJS.Worksheet,
  chart: NonNullable<SheetLayout["chart"]>,
  range: MergedArea | null
): void {
  if (!range) return;
  for (let r = range.top; r <= range.bottom; r++) {
    const cell = ws.getCell(r + 1, range.left + 1);
    cell.value = chart.lineValue;
    cell.numFmt = "0.00%";
  }
  ws.getColumn(range.left + 1).hidden = true;
}

function writeValues(ws: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.values.forEach((values, r) => {
    const row = ws.getRow(r + 1);
    values.forEach((value, c) => {
      if (value === null) return;
      // A plain string value is written as a (shared) string, so "=HYPERLINK(…)" stays text.
      row.getCell(c + 1).value = value;
    });
  });
}

/**
 * Sets each cell's style once (after the merges, which copy the anchor's style). A cell's style
 * is decided by the styled ranges covering it, in order; cells covered by the same ranges share
 * one exceljs style object: exceljs caches a style's id by object, so 100,000 list rows cost a
 * handful of style look-ups instead of one per cell.
 */
function applyStyles(ws: ExcelJS.Worksheet, layout: SheetLayout, options: RenderOptions): void {
  const height = layout.values.length;
  const width = layout.values.reduce(
    (w, row) => Math.max(w, row.length),
    layout.columnWidths.length
  );
  const combos = new StyleCombinations(layout, options);
  // Each cell's combination of covering ranges, as a number (0: no range).
  const ids = new Int32Array(height * width);
  layout.styles.forEach(({ range }, i) => {
    const bottom = Math.min(range.bottom, height - 1);
    const right = Math.min(range.right, width - 1);
    for (let r = range.top; r <= bottom; r++)
      for (let c = range.left; c <= right; c++)
        ids[r * width + c] = combos.with(ids[r * width + c], i);
  });
  for (let r = 0; r < height; r++) {
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) row.getCell(c + 1).style = combos.style(ids[r * width + c]);
  }
}

/** Combinations of style ranges (in the order they cover a cell), numbered, each folded once. */
class StyleCombinations {
  private readonly next = new Map<number, number>();
  private readonly ranges: number[][] = [[]];
  private readonly styles: (Partial<ExcelJS.Style> | undefined)[] = [];

  constructor(
    private readonly layout: SheetLayout,
    private readonly options: RenderOptions
  ) {}

  /** The combination `id` followed by range `i`. */
  with(id: number, i: number): number {
    const key = id * this.layout.styles.length + i;
    let combined = this.next.get(key);
    if (combined === undefined) {
      combined = this.ranges.length;
      this.ranges.push([...this.ranges[id], i]);
      this.next.set(key, combined);
    }
    return combined;
  }

  style(id: number): Partial<ExcelJS.Style> {
    let style = this.styles[id];
    if (!style) {
      const folded: CellStyle = {};
      for (const i of this.ranges[id])
        Object.assign(folded, definedOnly(this.layout.styles[i].style));
      style = cellStyle(folded, this.options);
      this.styles[id] = style;
    }
    return style;
  }
}

function cellStyle(style: CellStyle, options: RenderOptions): Partial<ExcelJS.Style> {
  return {
    font: {
      name: options.fontName,
      size: style.fontSize ?? BASE_FONT_SIZE,
      bold: style.bold ?? false,
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    },
    ...(style.fill
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } } }
      : {}),
    alignment: {
      horizontal: style.hAlign,
      vertical: style.vAlign ?? "middle",
      wrapText: style.wrap ?? false,
    },
    ...(style.border ? { border: { top: THIN, left: THIN, bottom: THIN, right: THIN } } : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
  };
}

/**
 * Live colours for the variance column: a band covers lags in [min, max), i.e. variance points
 * V ≤ −min and V > −max. The static fills from the layout stay as the fallback.
 */
function addBandRules(ws: ExcelJS.Worksheet, range: MergedArea, bands: ColourBand[]): void {
  const topLeft = cellAddress(range.top, range.left, false);
  ws.addConditionalFormatting({
    ref: rangeAddress(range),
    rules: bands.map((band, i) => {
      const upper = band.maxLagPoints === null ? "" : `,${topLeft}>${-band.maxLagPoints}`;
      return {
        type: "expression" as const,
        priority: i + 1,
        formulae: [`AND(ISNUMBER(${topLeft}),${topLeft}<=${-band.minLagPoints}${upper})`],
        style: {
          fill: {
            type: "pattern" as const,
            pattern: "solid" as const,
            bgColor: { argb: argb(band.fill) },
          },
          font: { color: { argb: argb(band.font) } },
        },
      };
    }),
  });
}

function definedOnly(style: CellStyle): CellStyle {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as CellStyle;
}

/** "#DDEBF7" → "FFDDEBF7". */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** A1 address of a 0-based cell, optionally absolute ($A$1). */
export function cellAddress(row: number, col: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function rangeAddress(range: MergedArea, absolute = false): string {
  return `${cellAddress(range.top, range.left, absolute)}:${cellAddress(range.bottom, range.right, absolute)}`;
}
