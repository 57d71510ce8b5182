/**
 * An output sheet described once, as data. Both writers (Office.js and .xlsx) render a SheetSpec
 * through layoutSheet(), so positions, merges and styles are decided here and nowhere else.
 */
import type { ColourBand } from "./report-types";
import type { MergedArea } from "./types";

export type SpecValue = string | number | boolean | null;

/** Excel number format codes used by the summaries. */
export const FORMATS = {
  text: "@",
  general: "General",
  integer: "0",
  amount2: "0.00",
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
  } | null;
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
    spec.columns.reduce((s, c) => s + c.width, 0)
  );
  const pushTextRow = (line: string, style: CellStyle): void => {
    const r = values.length;
    values.push(withFirst(blankRow(), line));
    if (width > 1) merges.push(fullRow(r));
    styles.push({ range: fullRow(r), style });
    const lines = style.wrap ? Math.ceil(displayWidth(line) / charsPerLine) : 1;
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
  for (const { row, col, colSpan, rowSpan, text } of placeHeaderCells(spec.headerRows)) {
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
    rowHeights.push(...headerRowHeights(spec, headerTop));
  }

  // Body.
  // One pass over the rows (lists have 100,000): cells, wrapped heights, and each row's kind,
  // font colour and band for the runs below.
  const bodyTop = values.length;
  const wrapped = wrapColumns(spec);
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
        style: { numberFormat: col.format, hAlign: col.align, wrap: col.wrap },
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
      };
    }
  }

  return {
    name: spec.name,
    key: spec.key,
    values: fitCellTexts(values, body),
    merges,
    styles,
    columnWidths: spec.columns.map((c) => c.width),
    rowHeights,
    freeze: {
      rows: (spec.leadParagraphs ?? []).length > 0 ? 0 : bodyTop,
      columns: spec.freezeColumns,
    },
    body,
    varianceBands,
    chart,
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
function placeHeaderCells(
  headerRows: HeaderCell[][]
): { row: number; col: number; colSpan: number; rowSpan: number; text: string }[] {
  const placed: { row: number; col: number; colSpan: number; rowSpan: number; text: string }[] = [];
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
function headerRowHeights(spec: SheetSpec, headerTop: number): { row: number; height: number }[] {
  const needed = spec.headerRows.map(() => heightOfLines(1));
  for (const { row, col, colSpan, rowSpan, text } of placeHeaderCells(spec.headerRows)) {
    const chars = spec.columns.slice(col, col + colSpan).reduce((s, c) => s + c.width, 0);
    const lines = Math.ceil(displayWidth(text) / Math.max(2, chars - 2));
    const perRow = heightOfLines(lines) / rowSpan;
    for (let dr = 0; dr < rowSpan && row + dr < needed.length; dr++)
      needed[row + dr] = Math.max(needed[row + dr], perRow);
  }
  return needed.map((height, i) => ({ row: headerTop + i, height: Math.ceil(height) }));
}

/** Row height (points) that shows `lines` lines of 11-pt text. */
function heightOfLines(lines: number): number {
  return 15 * lines + 3;
}

/** The wrap columns, with how many width units a line of each holds. */
function wrapColumns(spec: SheetSpec): { c: number; perLine: number }[] {
  const wrapped: { c: number; perLine: number }[] = [];
  spec.columns.forEach((col, c) => {
    if (col.wrap) wrapped.push({ c, perLine: Math.max(2, col.width - 1) });
  });
  return wrapped;
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
      lines = Math.max(lines, Math.ceil(displayWidth(value) / perLine));
  }
  return lines;
}
