/**
 * An output sheet described once, as data. Both writers (Office.js and .xlsx) render a SheetSpec
 * through layoutSheet(), so positions, merges and styles are decided here and nowhere else.
 */
import { formattedText } from "./number-formats";
import type { ColourBand } from "./report-types";
import type { Lang, MergedArea } from "./types";

export type SpecValue = string | number | boolean | null;

/** Excel number format codes used by the summaries. */
export const FORMATS = {
  text: "@",
  general: "General",
  integer: "0",
  amount2: "0.00",
  /** 万元 amounts in lists: thousands separators, two decimals… */
  amountGrouped2: "#,##0.00",
  /** …or none when every amount of the column is whole (Excel has no code that drops the dot only for whole numbers). */
  amountGroupedWhole: "#,##0",
  /** 亿元 amounts of single projects (reconciliation): four decimals keep 万元 precision. */
  amount4: "0.0000",
  /** Fractions shown as percentages: 0.4214 → 42.14%. */
  percent2: "0.00%",
  /** Signed percentage points: +3.20 / -7.86. */
  points2: "+0.00;-0.00;0.00",
} as const;

export interface SpecColumn {
  /** Width in characters (Excel column width units). */
  width: number;
  /** Number format code of the body cells. */
  format: string;
  /** Number format used instead when every number in the column is whole ("#,##0" for "#,##0.00"). */
  wholeFormat?: string;
  align: "left" | "center" | "right";
  wrap?: boolean;
}

export interface HeaderCell {
  text: string;
  colSpan?: number;
  rowSpan?: number;
}

export interface SpecRow {
  values: SpecValue[];
  /** "total" rows (合计) are bold and shaded; "group" rows are section labels. */
  kind: "total" | "group" | "data";
  /** Index into the spec's bands for this row's variance cell (static colour), or null. */
  band?: number | null;
  /** Sheet row of the project in the user's ledger, for "select this project". */
  ledgerRow?: number;
  /** Font colour of the whole row, "#RRGGBB" (errors in red); band colours still win on the variance cell. */
  fontColor?: string;
  /** The first value spans the whole row, merged and left-aligned (section labels such as "一、新增项目（3个）"). */
  span?: boolean;
}

/** Completion rate by group as columns, with the time-progress line. */
export interface ChartSpec {
  title: string;
  /** Body column holding the category labels. */
  categoryColumn: number;
  /** Body column holding the completion rate (fractions). */
  valueColumn: number;
  valueName: string;
  /** Time progress T as a fraction: drawn as a constant line series. */
  lineValue: number;
  lineName: string;
  /** Leave the first body row (合计) out of the chart. */
  skipFirstRow: boolean;
  /** How many body rows (after a skipped first row) the chart shows; default all. */
  rowCount?: number;
}

export interface SheetSpec {
  /** Language of the sheet's own words (the page footer); default zh-CN. */
  lang?: Lang;
  /** Stable key ("summary:sector", "list:behind", "letter:县发改局"); used to recognise our own sheets. */
  key: string;
  /** Worksheet tab name (≤ 31 characters, none of []:*?/\). */
  name: string;
  title: string;
  /** Lines under the title: "单位：亿元、个", "报告期：2024年1-9月  时序进度：75.00%". */
  infoLines: string[];
  columns: SpecColumn[];
  /** One or more header rows; cells span with colSpan/rowSpan (cells covered by a span are omitted). */
  headerRows: HeaderCell[][];
  rows: SpecRow[];
  footnotes: string[];
  /** Columns kept visible when scrolling right (the name column). */
  freezeColumns: number;
  /** Body column holding variance points, coloured by bands. */
  varianceColumn?: number;
  bands?: ColourBand[];
  chart?: ChartSpec;
  /** Free paragraphs (letters, report text) instead of / after the table. */
  paragraphs?: string[];
  /**
   * Paragraphs between the info lines and the table (a letter's addressee and body). When present
   * no rows are frozen: a letter is read top to bottom.
   */
  leadParagraphs?: string[];
  /** Right-aligned lines at the very end (a letter's sender and date). */
  signatureLines?: string[];
}

// ───────────────────────────── Layout ─────────────────────────────

export interface CellStyle {
  bold?: boolean;
  fontSize?: number;
  fill?: string;
  fontColor?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: boolean;
  numberFormat?: string;
}

export interface StyledRange {
  range: MergedArea;
  style: CellStyle;
}

/** Absolute placement of a SheetSpec: 0-based rows/columns from A1. */
export interface SheetLayout {
  name: string;
  key: string;
  /** Full rectangle of values (rows × columns). Strings are always text, never formulas. */
  values: SpecValue[][];
  merges: MergedArea[];
  /** Applied in order; later ranges override earlier ones. Whole ranges, never cell by cell. */
  styles: StyledRange[];
  columnWidths: number[];
  rowHeights: { row: number; height: number }[];
  freeze: { rows: number; columns: number };
  /** Body rows range (for conditional formatting and the chart). */
  body: MergedArea | null;
  /** Variance cells coloured by bands (rules for live conditional formatting). */
  varianceBands: { range: MergedArea; bands: ColourBand[] } | null;
  chart: {
    title: string;
    categories: MergedArea;
    values: MergedArea;
    valueName: string;
    lineValue: number;
    lineName: string;
    /** Where to anchor the chart (top-left cell) and its size in cells. */
    anchor: { row: number; col: number; rows: number; cols: number };
    /**
     * The cells the time-progress line plots (hosts ignore literal series): a column right of
     * the table repeating T beside each category, hidden, so the chart plots hidden cells.
     */
    helper: { range: MergedArea; numberFormat: string; hidden: true };
  } | null;
  print: PrintSetup;
}

/** How the sheet prints, applied by every writer (.xlsx always, Office.js from ExcelApi 1.9, WPS). */
export interface PrintSetup {
  paperSize: "A4";
  orientation: "landscape";
  /** Scaled to this many pages wide… */
  fitToPagesWide: number;
  /** …and this many tall; 0: as many as the sheet needs (lists print at one legible scale). */
  fitToPagesTall: number;
  centerHorizontally: boolean;
  /** Rows repeated at the top of every printed page (the table's header rows), 0-based. */
  titleRows: { top: number; bottom: number } | null;
  /** Centre footer in the page codes every host takes (&P page, &N pages). */
  footer: string;
}

/** The page footer of a sheet in `lang`: "第 &P 页 共 &N 页" / "Page &P of &N". */
export function pageFooter(lang: Lang): string {
  return lang === "en" ? "Page &P of &N" : "第 &P 页 共 &N 页";
}

/**
 * Widths are estimated for 等线/Calibri; WPS and LibreOffice show the sheets in other fonts
 * (Noto Sans CJK, DejaVu, Carlito) whose digits and CJK run up to ~15% wider.
 */
const FONT_MARGIN = 1.15;
/** Share of its columns' summed width a merged text row holds on one line. */
const MERGED_ROW_SHARE = 0.9;
/** Bold text (headers, 合计 rows) runs ~8% wider. */
const BOLD_MARGIN = 1.08;
/** Characters of a column's width the cell padding and the border take. */
const CELL_PADDING = 1;

/** Column width (characters) that shows `text` on one line. */
function widthFor(text: string, bold: boolean): number {
  return Math.ceil(printedWidth(text, bold) + CELL_PADDING);
}

/**
 * Width of a text in any of the hosts' fonts: CJK characters are full-width (2 units) in every
 * CJK font; digits and Latin letters get the margin of the widest fallback font; spaces and
 * punctuation count as they are.
 */
function printedWidth(text: string, bold: boolean): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // counted with its high half
    // CJK, and the quotes, dashes and ellipsis CJK fonts draw full-width (“ ” — …).
    if ((code >= 0x2e80 && code <= 0xffef) || (code >= 0x2010 && code <= 0x206f)) w += 2;
    else if (
      (code >= 48 && code <= 57) ||
      (code >= 65 && code <= 90) ||
      (code >= 97 && code <= 122)
    )
      w += FONT_MARGIN;
    else w += 1;
  }
  return bold ? w * BOLD_MARGIN : w;
}

const TITLE_FILL = "#FFFFFF";
const HEADER_FILL = "#DDEBF7";
const TOTAL_FILL = "#FFF2CC";
const GROUP_FILL = "#F2F2F2";

/** Excel's limit on the characters of one cell; longer text makes a host refuse or "repair" the file. */
export const MAX_CELL_CHARS = 32_767;

/** Text longer than a cell can hold is cut, ending with "…" so the cut shows. */
export function fitCellText(value: SpecValue): SpecValue {
  if (typeof value !== "string" || value.length <= MAX_CELL_CHARS) return value;
  let end = MAX_CELL_CHARS - 1;
  // Never split a surrogate pair (emoji) in two.
  if (/[\uD800-\uDBFF]/.test(value[end - 1])) end--;
  return `${value.slice(0, end)}…`;
}

/** fitCellText over the layout's own (freshly built) rows, in place. */
/** Fits over-long texts in place, in every row but the body's (bodyCells fitted those). */
function fitCellTexts(values: SpecValue[][], body: MergedArea | null): SpecValue[][] {
  for (let r = 0; r < values.length; r++) {
    if (body && r >= body.top && r <= body.bottom) continue;
    fitRow(values[r]);
  }
  return values;
}

function fitRow(row: SpecValue[]): void {
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value === "string" && value.length > MAX_CELL_CHARS) row[c] = fitCellText(value);
  }
}

/**
 * A body row as `width` cells (missing ones null), over-long texts fitted. A row that already is
 * exactly that is used as it is, not copied (list sheets have up to 100,000 rows).
 */
function bodyCells(source: readonly SpecValue[], width: number): SpecValue[] {
  if (source.length === width && !needsCopy(source)) return source as SpecValue[];
  const cells = new Array<SpecValue>(width).fill(null);
  source.slice(0, width).forEach((v, c) => (cells[c] = v));
  fitRow(cells);
  return cells;
}

function needsCopy(source: readonly SpecValue[]): boolean {
  for (let c = 0; c < source.length; c++) {
    const value = source[c];
    if (value === undefined || (typeof value === "string" && value.length > MAX_CELL_CHARS))
      return true;
  }
  return false;
}

export function layoutSheet(spec: SheetSpec): SheetLayout {
  const width = Math.max(1, spec.columns.length);
  // Widths from the longest formatted value, then widened where a header word would not fit.
  const fit = fitBodyColumns(spec);
  const headerCells = fitHeaderCells(placeHeaderCells(spec.headerRows), fit.widths);
  const widths = fit.widths;
  const values: SpecValue[][] = [];
  const merges: MergedArea[] = [];
  const styles: StyledRange[] = [];
  const rowHeights: { row: number; height: number }[] = [];
  const blankRow = (): SpecValue[] => new Array<SpecValue>(width).fill(null);
  const fullRow = (row: number): MergedArea => ({
    top: row,
    left: 0,
    bottom: row,
    right: width - 1,
  });

  // Title, merged across the table.
  const titleRow = values.length;
  values.push(withFirst(blankRow(), spec.title));
  if (width > 1) merges.push(fullRow(titleRow));
  styles.push({
    range: fullRow(titleRow),
    style: { bold: true, fontSize: 16, hAlign: "center", vAlign: "middle", fill: TITLE_FILL },
  });
  rowHeights.push({ row: titleRow, height: 30 });

  // A line of text merged across the table; tall enough for its wrapped length.
  const charsPerLine = Math.max(
    20,
    widths.reduce((s, w) => s + w, 0)
  );
  const pushTextRow = (line: string, style: CellStyle): void => {
    const r = values.length;
    values.push(withFirst(blankRow(), line));
    if (width > 1) merges.push(fullRow(r));
    styles.push({ range: fullRow(r), style });
    // A merged row holds ~10% less than its columns' widths add up to (each column's padding, and
    // CJK glyphs a little over two width units in LibreOffice and WPS): a note that only just fits
    // by the sum gets its second line rather than losing its last characters at the right edge.
    const lines = style.wrap ? linesOf(line, charsPerLine * MERGED_ROW_SHARE, false) : 1;
    if (lines > 1) rowHeights.push({ row: r, height: heightOfLines(lines) });
  };
  const paragraphStyle: CellStyle = { wrap: true, vAlign: "top", hAlign: "left" };

  // Unit / period lines: merged, right-aligned like government tables' "单位：亿元、个".
  for (const line of spec.infoLines) pushTextRow(line, { hAlign: "right", fontSize: 10 });

  // A letter's addressee and body come before its table.
  for (const line of spec.leadParagraphs ?? []) pushTextRow(line, paragraphStyle);

  // Header rows with spans. Track occupied cells so rowSpans push later cells right.
  const headerTop = values.length;
  const headerCount = spec.headerRows.length;
  for (let i = 0; i < headerCount; i++) values.push(blankRow());
  for (const { row, col, colSpan, rowSpan, text } of headerCells) {
    values[headerTop + row][col] = text;
    if (colSpan > 1 || rowSpan > 1) {
      merges.push({
        top: headerTop + row,
        left: col,
        bottom: headerTop + row + rowSpan - 1,
        right: col + colSpan - 1,
      });
    }
  }
  if (headerCount > 0) {
    styles.push({
      range: { top: headerTop, left: 0, bottom: headerTop + headerCount - 1, right: width - 1 },
      style: {
        bold: true,
        hAlign: "center",
        vAlign: "middle",
        wrap: true,
        fill: HEADER_FILL,
        border: true,
      },
    });
    rowHeights.push(...headerRowHeights(headerCells, headerCount, widths, headerTop));
  }

  // Body.
  // One pass over the rows (lists have 100,000): cells, wrapped heights, and each row's kind,
  // font colour and band for the runs below.
  const bodyTop = values.length;
  const wrapped = wrapColumns(spec, widths);
  const kinds: SpecRow["kind"][] = [];
  const fontColors: (string | null)[] = [];
  const rowBands: (number | null)[] = [];
  const spanRows: number[] = [];
  for (let i = 0; i < spec.rows.length; i++) {
    const row = spec.rows[i];
    values.push(bodyCells(row.values, width));
    kinds.push(row.kind);
    fontColors.push(row.fontColor ?? null);
    rowBands.push(row.band === undefined ? null : row.band);
    if (row.span) {
      spanRows.push(i);
      continue;
    }
    // Body rows whose text wraps in a wrap column get the height of their longest cell (hosts do not autofit on open).
    const lines = wrappedLines(row.values, wrapped);
    if (lines > 1) rowHeights.push({ row: bodyTop + i, height: heightOfLines(lines) });
  }
  const bodyBottom = values.length - 1;
  const body: MergedArea | null =
    spec.rows.length > 0 ? { top: bodyTop, left: 0, bottom: bodyBottom, right: width - 1 } : null;
  if (body) {
    styles.push({ range: body, style: { border: true, vAlign: "middle" } });
    // Column formats and alignment over the whole body column.
    spec.columns.forEach((col, c) => {
      styles.push({
        range: { top: bodyTop, left: c, bottom: bodyBottom, right: c },
        style: { numberFormat: fit.formats[c], hAlign: col.align, wrap: col.wrap },
      });
    });
    // Row kinds: consecutive runs of the same kind become one range.
    for (const run of runsOf(kinds)) {
      if (run.value === "data") continue;
      styles.push({
        range: { top: bodyTop + run.start, left: 0, bottom: bodyTop + run.end, right: width - 1 },
        style:
          run.value === "total"
            ? { bold: true, fill: TOTAL_FILL }
            : { bold: true, fill: GROUP_FILL },
      });
    }
    for (const i of spanRows) {
      const spanned = fullRow(bodyTop + i);
      if (width > 1) merges.push(spanned);
      styles.push({ range: spanned, style: { hAlign: "left", wrap: false } });
    }
    for (const run of runsOf(fontColors)) {
      if (run.value === null) continue;
      styles.push({
        range: { top: bodyTop + run.start, left: 0, bottom: bodyTop + run.end, right: width - 1 },
        style: { fontColor: run.value },
      });
    }
  }

  // Static band colours on the variance column (a fallback where conditional formats are not live).
  let varianceBands: SheetLayout["varianceBands"] = null;
  if (body && spec.varianceColumn !== undefined && spec.bands && spec.bands.length > 0) {
    const vc = spec.varianceColumn;
    varianceBands = {
      range: { top: bodyTop, left: vc, bottom: bodyBottom, right: vc },
      bands: spec.bands,
    };
    const bands = spec.bands;
    for (const run of runsOf(rowBands)) {
      if (run.value === null || !bands[run.value]) continue;
      const band = bands[run.value];
      styles.push({
        range: { top: bodyTop + run.start, left: vc, bottom: bodyTop + run.end, right: vc },
        style: { fill: band.fill, fontColor: band.font },
      });
    }
  }

  // Footnotes and paragraphs below the table, merged across it.
  const textLines = [...spec.footnotes, ...(spec.paragraphs ?? [])];
  if (textLines.length > 0 && spec.rows.length > 0) values.push(blankRow());
  for (const line of textLines) pushTextRow(line, paragraphStyle);

  // Sender and date, right-aligned after a blank row.
  const signatureLines = spec.signatureLines ?? [];
  if (signatureLines.length > 0) values.push(blankRow());
  for (const line of signatureLines) pushTextRow(line, { hAlign: "right", vAlign: "top" });

  let chart: SheetLayout["chart"] = null;
  if (spec.chart && body) {
    const first = bodyTop + (spec.chart.skipFirstRow ? 1 : 0);
    const count = spec.chart.rowCount;
    const chartBottom = count === undefined ? bodyBottom : Math.min(bodyBottom, first + count - 1);
    if (first <= chartBottom) {
      chart = {
        title: spec.chart.title,
        categories: {
          top: first,
          left: spec.chart.categoryColumn,
          bottom: chartBottom,
          right: spec.chart.categoryColumn,
        },
        values: {
          top: first,
          left: spec.chart.valueColumn,
          bottom: chartBottom,
          right: spec.chart.valueColumn,
        },
        valueName: spec.chart.valueName,
        lineValue: spec.chart.lineValue,
        lineName: spec.chart.lineName,
        anchor: {
          row: values.length + 1,
          col: 0,
          rows: 18,
          cols: Math.max(6, Math.min(width, 10)),
        },
        helper: {
          range: { top: first, left: width, bottom: chartBottom, right: width },
          numberFormat: FORMATS.percent2,
          hidden: true,
        },
      };
    }
  }

  return {
    name: spec.name,
    key: spec.key,
    values: fitCellTexts(values, body),
    merges,
    styles,
    columnWidths: widths,
    rowHeights,
    freeze: {
      rows: (spec.leadParagraphs ?? []).length > 0 ? 0 : bodyTop,
      columns: spec.freezeColumns,
    },
    body,
    varianceBands,
    chart,
    print: {
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: chart && printedRows(values.length, chart) <= ONE_PAGE_ROWS ? 1 : 0,
      centerHorizontally: true,
      titleRows: headerCount > 0 ? { top: headerTop, bottom: headerTop + headerCount - 1 } : null,
      footer: pageFooter(spec.lang ?? "zh-CN"),
    },
  };
}

function withFirst(row: SpecValue[], value: SpecValue): SpecValue[] {
  row[0] = value;
  return row;
}

/** Maximal runs of equal values: [{value, start, end}] with inclusive indices. */
export function runsOf<T>(items: T[]): { value: T; start: number; end: number }[] {
  const runs: { value: T; start: number; end: number }[] = [];
  items.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.end === i - 1) last.end = i;
    else runs.push({ value, start: i, end: i });
  });
  return runs;
}

/** Width in Excel character units: CJK characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // the low half of a pair counts with the high half
    w += code >= 0x2e80 && code <= 0xffef ? 2 : 1;
  }
  return w;
}

/** Header cells with their 0-based row/column: rowSpans push later cells of lower rows right. */
interface PlacedHeaderCell {
  row: number;
  col: number;
  colSpan: number;
  rowSpan: number;
  text: string;
}

function placeHeaderCells(headerRows: HeaderCell[][]): PlacedHeaderCell[] {
  const placed: PlacedHeaderCell[] = [];
  const occupied = new Set<string>();
  headerRows.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (occupied.has(`${row}:${col}`)) col++;
      const colSpan = Math.max(1, cell.colSpan ?? 1);
      const rowSpan = Math.max(1, cell.rowSpan ?? 1);
      for (let dr = 0; dr < rowSpan; dr++)
        for (let dc = 0; dc < colSpan; dc++) occupied.add(`${row + dr}:${col + dc}`);
      placed.push({ row, col, colSpan, rowSpan, text: cell.text });
      col += colSpan;
    }
  });
  return placed;
}

/**
 * Heights of the header rows so wrapped header text shows whole: hosts do not autofit rows
 * whose text sits in merged cells. A cell spanning rows shares its height among them.
 */
function headerRowHeights(
  cells: PlacedHeaderCell[],
  headerCount: number,
  widths: number[],
  headerTop: number
): { row: number; height: number }[] {
  const needed = new Array<number>(headerCount).fill(heightOfLines(1));
  for (const { row, col, colSpan, rowSpan, text } of cells) {
    const chars = spanWidth(widths, col, colSpan);
    const perRow = heightOfLines(linesOf(text, chars, true)) / rowSpan;
    for (let dr = 0; dr < rowSpan && row + dr < needed.length; dr++)
      needed[row + dr] = Math.max(needed[row + dr], perRow);
  }
  return needed.map((height, i) => ({ row: headerTop + i, height: Math.ceil(height) }));
}

/** Lines a text takes in `chars` of width: its own line breaks, each line wrapped (font margin included). */
function linesOf(text: string, chars: number, bold: boolean): number {
  const room = Math.max(2, chars - CELL_PADDING);
  let lines = 0;
  for (const line of text.split("\n"))
    lines += Math.max(1, Math.ceil(printedWidth(line, bold) / room));
  return lines;
}

function spanWidth(widths: number[], col: number, colSpan: number): number {
  let chars = 0;
  for (let c = col; c < col + colSpan && c < widths.length; c++) chars += widths[c];
  return chars;
}

/**
 * Header texts broken only where a reader would break them: at the text's own line breaks and,
 * when a line does not fit its column, at a word boundary (atWordBoundary); a word that
 * still does not fit (a Chinese line, an English word) widens the column instead of being split
 * ("1-9月完成投\n资"). Widths are changed in place.
 */
function fitHeaderCells(cells: PlacedHeaderCell[], widths: number[]): PlacedHeaderCell[] {
  return cells.map((cell) => {
    const last = Math.min(widths.length - 1, cell.col + cell.colSpan - 1);
    const chars = spanWidth(widths, cell.col, cell.colSpan);
    const lines = cell.text
      .split("\n")
      .flatMap((line) => (widthFor(line, true) <= chars ? [line] : atWordBoundary(line)));
    const need = Math.max(...lines.map(unbreakableWidth));
    if (need > chars && last >= 0) widths[last] += need - chars;
    return { ...cell, text: lines.join("\n") };
  });
}

/**
 * A header line in two at the word boundary that leaves the shorter longest half: before a unit
 * bracket ("总投资｜（万元）") or after a period ("1-9月｜完成投资", "2024年｜计划投资").
 */
function atWordBoundary(line: string): string[] {
  let best: string[] = [line];
  let bestWidth = displayWidth(line);
  for (let i = 1; i < line.length; i++) {
    const boundary =
      /[（(]/.test(line[i]) || (/\d[年月]$/.test(line.slice(0, i)) && /[^\d\s）)]/.test(line[i]));
    if (!boundary) continue;
    const parts = [line.slice(0, i).trimEnd(), line.slice(i)];
    const width = Math.max(...parts.map(displayWidth));
    if (width < bestWidth) [best, bestWidth] = [parts, width];
  }
  return best;
}

/** Width of the longest piece a host may not break: an English word, or a whole Chinese line. */
function unbreakableWidth(line: string): number {
  const words = /\s/.test(line) ? line.split(/\s+/) : [line];
  return Math.max(...words.map((w) => widthFor(w, true)));
}

/**
 * Column widths and formats from the body: a number column is at least as wide as its longest
 * formatted value (the largest and the most negative number, bold in 合计 rows), so no cell
 * shows "###"; a column of whole numbers takes its whole-number format. Text columns that wrap
 * keep their width (the text wraps); other text widens its column up to MAX_TEXT_WIDTH.
 */
function fitBodyColumns(spec: SheetSpec): { widths: number[]; formats: string[] } {
  const columns = spec.columns;
  const n = columns.length;
  // [plain rows, bold rows] × [largest, smallest]
  const extremes = [0, 1, 2, 3].map(() => new Float64Array(n).fill(NaN));
  const whole = new Array<boolean>(n).fill(true);
  const textNeed = new Array<number>(n).fill(0);
  for (let i = 0; i < spec.rows.length; i++) {
    const row = spec.rows[i];
    if (row.span) continue;
    const bold = row.kind !== "data";
    const [high, low] = bold ? [extremes[2], extremes[3]] : [extremes[0], extremes[1]];
    const values = row.values;
    const m = Math.min(n, values.length);
    for (let c = 0; c < m; c++) {
      const v = values[c];
      if (typeof v === "number") {
        if (!Number.isFinite(v)) continue;
        if (!(v <= high[c])) high[c] = v;
        if (!(v >= low[c])) low[c] = v;
        if (whole[c] && Math.abs(v - Math.round(v)) >= 0.005) whole[c] = false;
      } else if (typeof v === "string" && !columns[c].wrap && 2 * v.length > textNeed[c]) {
        textNeed[c] = Math.max(textNeed[c], Math.min(MAX_TEXT_WIDTH, widthFor(v, bold)));
      }
    }
  }
  const formats = columns.map((col, c) => {
    const hasNumbers = !Number.isNaN(extremes[0][c]) || !Number.isNaN(extremes[2][c]);
    return col.wholeFormat && hasNumbers && whole[c] ? col.wholeFormat : col.format;
  });
  const widths = columns.map((col, c) => {
    let need = Math.max(col.width, textNeed[c]);
    for (let k = 0; k < 4; k++) {
      const v = extremes[k][c];
      if (!Number.isNaN(v)) need = Math.max(need, widthFor(formattedText(v, formats[c]), k >= 2));
    }
    return need;
  });
  return { widths, formats };
}

/**
 * Rows (the chart's included) that still print legibly on one A4 landscape page: a summary with
 * its chart is kept on one page, never its chart cut in two; every other sheet prints one page
 * wide and as many pages tall as it needs, at the same scale whatever its length.
 */
const ONE_PAGE_ROWS = 60;

function printedRows(rows: number, chart: NonNullable<SheetLayout["chart"]>): number {
  return Math.max(rows, chart.anchor.row + chart.anchor.rows);
}

/** Text that does not wrap widens its column at most to this. */
const MAX_TEXT_WIDTH = 60;

/**
 * Row height (points) that shows `lines` lines of 11-pt text: 15 points a line in 等线, but the
 * CJK fonts of WPS and LibreOffice (Noto Sans CJK, 思源黑体) space lines ~16 points apart.
 */
function heightOfLines(lines: number): number {
  return lines === 1 ? 18 : 16 * lines + 3;
}

/** The wrap columns, with how many width units a line of each holds (font margin included). */
function wrapColumns(spec: SheetSpec, widths: number[]): { c: number; perLine: number }[] {
  const wrapped: { c: number; perLine: number }[] = [];
  spec.columns.forEach((col, c) => {
    if (col.wrap) wrapped.push({ c, perLine: Math.max(2, widths[c] - CELL_PADDING) });
  });
  return wrapped;
}

/**
 * Lines a wrapped text of `width` units takes in `perLine`: hosts wrap CJK text a little short
 * of the edge (no line may start with "，" or "）"), so a text of several lines gets 5% slack.
 */
function wrappedLineCount(width: number, perLine: number): number {
  const lines = Math.ceil(width / perLine);
  return lines > 1 ? Math.ceil((width * 1.05) / perLine) : lines;
}

/** Lines the row's longest wrapped text takes (1 when none wraps). */
function wrappedLines(
  values: readonly SpecValue[],
  wrapped: { c: number; perLine: number }[]
): number {
  let lines = 1;
  for (let k = 0; k < wrapped.length; k++) {
    const { c, perLine } = wrapped[k];
    const value = values[c];
    // At most 2 units a character: a text of up to perLine / 2 characters fits on one line.
    if (typeof value === "string" && 2 * value.length > perLine)
      lines = Math.max(lines, wrappedLineCount(printedWidth(value, false), perLine));
  }
  return lines;
}
