/**
 * Renders a SheetLayout (decided in core/sheet-spec) as worksheet XML: values, merges, styles,
 * widths, heights, frozen panes, the live band colours as conditional formatting, print setup
 * and, when the layout has a chart, the <drawing> that holds it (see chart-parts.ts).
 */
import type { CellStyle, PrintSetup, SheetLayout, SpecValue } from "../core/index";
import { bandFormula, type ColourBand } from "../core/index";
import type { MergedArea } from "../core/index";
import { columnLetter } from "../core/index";
import type { CellStrings } from "./writer/strings";
import type { StyleTable, XfSpec } from "./writer/style-table";
import { escapeXml, XML_DECLARATION } from "./writer/xml";

export interface RenderOptions {
  /** Body font; "等线" is Excel's default for Chinese, Calibri for English. */
  fontName: string;
  styles: StyleTable;
  strings: CellStrings;
  /** Relationship id of the sheet's drawing (its chart), when it has one. */
  drawingRelId: string | null;
}

const BASE_FONT_SIZE = 11;
/** Excel's default column: a column of this width is left to the sheet default, as before. */
const DEFAULT_COLUMN_WIDTH = 9;
/**
 * Rows per chunk of sheet XML: a 1,000,000-row sheet never becomes one giant string, and each
 * chunk is turned into bytes while still young (cheap to collect).
 */
const ROWS_PER_CHUNK = 256;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The worksheet part of a layout, as chunks of XML text made while they are consumed. */
export function* sheetXml(layout: SheetLayout, options: RenderOptions): Generator<string> {
  const width = layoutWidth(layout);
  const height = layout.values.length;
  const helper = lineHelperRange(layout);
  const lastColumn = helper ? helper.right : width - 1;
  const styleIds = cellStyleIds(layout, width, options);
  const helperStyle = options.styles.cellXf({
    numberFormat: helper ? layout.chart!.helper.numberFormat : "General",
  });
  const heights = new Map(layout.rowHeights.map(({ row, height: h }) => [row, h]));
  const letters = Array.from({ length: lastColumn + 1 }, (_, c) => columnLetter(c));
  const covered = mergedAway(layout, width);

  yield sheetHead(layout, height, lastColumn, letters, helper);
  // Pieces every cell repeats, made once: `<c r="B` per column, ` s="12"` per cell format.
  const opens = letters.map((letter) => `<c r="${letter}`);
  const styleAttrs: string[] = [];
  const styleAttr = (xf: number) => (styleAttrs[xf] ??= `" s="${xf}"`);
  let chunk = "";
  for (let r = 0; r < height; r++) {
    const values = layout.values[r];
    const rowHeight = heights.get(r);
    const rowNumber = String(r + 1);
    chunk +=
      rowHeight === undefined
        ? `<row r="${rowNumber}">`
        : `<row r="${rowNumber}" ht="${rowHeight}" customHeight="1">`;
    for (let c = 0; c < width; c++) {
      const i = r * width + c;
      const value = covered[i] === 1 ? null : values[c];
      chunk += cellXml(opens[c] + rowNumber + styleAttr(styleIds[i]), value, options.strings);
    }
    if (helper && r >= helper.top && r <= helper.bottom && layout.chart)
      chunk += cellXml(
        opens[helper.left] + rowNumber + styleAttr(helperStyle),
        layout.chart.lineValue,
        options.strings
      );
    chunk += "</row>";
    if ((r + 1) % ROWS_PER_CHUNK === 0) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk + "</sheetData>" + sheetTail(layout, options);
}

/** 1 for the cells a merge covers other than its top-left one: they show, and hold, nothing. */
function mergedAway(layout: SheetLayout, width: number): Uint8Array {
  const height = layout.values.length;
  const covered = new Uint8Array(height * width);
  for (const m of layout.merges)
    for (let r = m.top; r <= Math.min(m.bottom, height - 1); r++)
      for (let c = m.left; c <= Math.min(m.right, width - 1); c++)
        if (r !== m.top || c !== m.left) covered[r * width + c] = 1;
  return covered;
}

/** Columns of the value rectangle (at least the declared column widths). */
function layoutWidth(layout: SheetLayout): number {
  return layout.values.reduce((w, row) => Math.max(w, row.length), layout.columnWidths.length);
}

/** The chart's helper column (layout.chart.helper): T beside each category, for its line to plot. */
export function lineHelperRange(layout: SheetLayout): MergedArea | null {
  return layout.chart ? layout.chart.helper.range : null;
}

/** A cell from its opening (`<c r="B7" s="12"`) and value. */
function cellXml(head: string, value: SpecValue | undefined, strings: CellStrings): string {
  switch (typeof value) {
    case "string":
      // Always a string cell, never a formula: "=HYPERLINK(…)" stays the text it is.
      return head + strings.cell(value) + "</c>";
    case "number":
      // NaN and infinities have no cell representation: the cell stays empty.
      return Number.isFinite(value) ? `${head}><v>${value}</v></c>` : `${head}/>`;
    case "boolean":
      return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      return `${head}/>`;
  }
}

function sheetHead(
  layout: SheetLayout,
  height: number,
  lastColumn: number,
  letters: string[],
  helper: MergedArea | null
): string {
  const dimension = height > 0 ? `A1:${letters[lastColumn]}${height}` : "A1";
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews>${sheetView(layout)}</sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    columnsXml(layout, helper) +
    "<sheetData>"
  );
}

function sheetView(layout: SheetLayout): string {
  const { rows, columns } = layout.freeze;
  const open = '<sheetView showGridLines="0" workbookViewId="0"';
  if (rows <= 0 && columns <= 0) return `${open}/>`;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : columns > 0 ? "topRight" : "bottomLeft";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return (
    `${open}><pane${split} topLeftCell="${cellAddress(rows, columns, false)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView>`
  );
}

/** <cols>: runs of equal widths as one element; the chart's helper column hidden. */
function columnsXml(layout: SheetLayout, helper: MergedArea | null): string {
  const cols: string[] = [];
  const widths = layout.columnWidths;
  for (let c = 0; c < widths.length;) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] !== DEFAULT_COLUMN_WIDTH)
      cols.push(`<col min="${c + 1}" max="${end + 1}" width="${widths[c]}" customWidth="1"/>`);
    c = end + 1;
  }
  if (helper && layout.chart?.helper.hidden) {
    const n = helper.left + 1;
    cols.push(
      `<col min="${n}" max="${n}" width="${DEFAULT_COLUMN_WIDTH}" hidden="1" customWidth="1"/>`
    );
  }
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function sheetTail(layout: SheetLayout, options: RenderOptions): string {
  const merges = layout.merges.map((m) => `<mergeCell ref="${rangeAddress(m)}"/>`);
  return (
    (merges.length > 0
      ? `<mergeCells count="${merges.length}">${merges.join("")}</mergeCells>`
      : "") +
    (layout.varianceBands
      ? bandRules(layout.varianceBands.range, layout.varianceBands.bands, options.styles)
      : "") +
    printXml(layout.print) +
    (options.drawingRelId ? `<drawing r:id="${options.drawingRelId}"/>` : "") +
    "</worksheet>"
  );
}

/** SpreadsheetML paper size codes. */
const PAPER_SIZES: Record<PrintSetup["paperSize"], number> = { A4: 9 };

/**
 * The layout's print setup: centred, A4 landscape scaled to its pages (fitToPage in <sheetPr>),
 * Excel's default margins, the page-number footer. The repeated header rows are the workbook's
 * _xlnm.Print_Titles name (printTitlesName), not part of the sheet.
 */
function printXml(print: PrintSetup): string {
  return (
    (print.centerHorizontally ? `<printOptions horizontalCentered="1"/>` : "") +
    `<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="${PAPER_SIZES[print.paperSize]}" orientation="${print.orientation}"` +
    ` fitToWidth="${print.fitToPagesWide}" fitToHeight="${print.fitToPagesTall}"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&C${print.footer}`)}</oddFooter></headerFooter>`
  );
}

/** The print titles of a layout as a defined name's formula ('汇总-行业'!$4:$5), or null. */
export function printTitlesFormula(layout: SheetLayout): string | null {
  const rows = layout.print.titleRows;
  if (!rows) return null;
  return `'${layout.name.replace(/'/g, "''")}'!$${rows.top + 1}:$${rows.bottom + 1}`;
}

/**
 * Each cell's style: the fold of the styled ranges covering it, in order. Cells covered by the
 * same ranges share one cell format, so 100,000 list rows cost a handful of style look-ups.
 */
function cellStyleIds(layout: SheetLayout, width: number, options: RenderOptions): Int32Array {
  const height = layout.values.length;
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
  for (let i = 0; i < ids.length; i++) ids[i] = combos.style(ids[i]);
  return ids;
}

/** Combinations of style ranges (in the order they cover a cell), numbered, each folded once. */
class StyleCombinations {
  private readonly next = new Map<number, number>();
  private readonly ranges: number[][] = [[]];
  private readonly xfs: number[] = [];

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

  /** The cellXfs index of combination `id`. */
  style(id: number): number {
    let xf = this.xfs[id];
    if (xf === undefined) {
      const folded: CellStyle = {};
      for (const i of this.ranges[id])
        Object.assign(folded, definedOnly(this.layout.styles[i].style));
      xf = this.options.styles.cellXf(xfSpec(folded, this.options.fontName));
      this.xfs[id] = xf;
    }
    return xf;
  }
}

function xfSpec(style: CellStyle, fontName: string): XfSpec {
  return {
    font: {
      name: fontName,
      size: style.fontSize ?? BASE_FONT_SIZE,
      bold: style.bold ?? false,
      ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
    },
    ...(style.fill ? { fill: argb(style.fill) } : {}),
    alignment: {
      horizontal: style.hAlign,
      vertical: style.vAlign ?? "middle",
      wrapText: style.wrap ?? false,
    },
    ...(style.border ? { border: true } : {}),
    ...(style.numberFormat ? { numberFormat: style.numberFormat } : {}),
  };
}

/**
 * Live colours for the variance column: a band covers lags in [min, max), i.e. variance points
 * V ≤ −min and V > −max. The static fills from the layout stay as the fallback.
 */
function bandRules(range: MergedArea, bands: ColourBand[], styles: StyleTable): string {
  const topLeft = cellAddress(range.top, range.left, false);
  const rules = bands.map((band, i) => {
    // The same condition the Office.js and WPS writers give, without the leading "=" (SpreadsheetML).
    const formula = bandFormula(topLeft, band).slice(1);
    const dxfId = styles.dxf({ fontColor: argb(band.font), fill: argb(band.fill) });
    return `<cfRule type="expression" dxfId="${dxfId}" priority="${i + 1}"><formula>${escapeXml(formula)}</formula></cfRule>`;
  });
  return `<conditionalFormatting sqref="${rangeAddress(range)}">${rules.join("")}</conditionalFormatting>`;
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
