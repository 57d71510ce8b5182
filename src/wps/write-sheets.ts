/**
 * Renders SheetLayouts (from layoutSheet, never re-derived here) into new worksheets, then swaps
 * them for the add-in's earlier output sheets, in bulk: screen updating off, number formats and
 * styles per styled range, Value2 of whole row blocks, one call per merge, width run and row-height
 * run — never cell by cell. The new sheets are written under free names first; only when all are
 * complete are the replaced sheets deleted, the new ones renamed and marked (src/core/sheet-marker.ts).
 * If writing fails, the new sheets are deleted and the old ones are untouched.
 */
import { type CellStyle, type SheetLayout, runsOf } from "../core/index";
import { uniqueSheetNames } from "../core/index";
import type { MergedArea } from "../core/index";
import { areaAddress, columnLetters } from "../core/index";
import { bandFormula } from "../core/index";
import { cellInput } from "../app/cell-input";
import { effectiveNumberFormats } from "../excel/write-sheets";
import type { WrittenSheet, WriteSheetsOptions } from "../app/host";
import { workbookProtected } from "../app/host-errors";
import { markedSheets, readProperties, updateMarkers } from "./properties";
import { bgr, need, sheetNames } from "./workbook";
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from "./wps-api";

/** Cells per Value2 write. */
export const WRITE_CHUNK_CELLS = 50_000;
const BORDER_GREY = "#808080";

const H_ALIGN = { left: -4131, center: -4108, right: -4152 } as const;
const V_ALIGN = { top: -4160, middle: -4108, bottom: -4107 } as const;

export function writeLayouts(
  app: WpsApplication,
  workbook: WpsWorkbook,
  layouts: SheetLayout[],
  options: WriteSheetsOptions = {}
): WrittenSheet[] {
  if (workbook.ProtectStructure) throw workbookProtected();
  const existing = sheetNames(workbook);
  const properties = readProperties(workbook);
  const own = markedSheets(properties, existing);
  const replaces = options.replaces ?? (() => true);
  const replaced = own.filter((o) => replaces(o.key)).map((o) => o.name);
  const staying = existing.filter((n) => !replaced.includes(n));
  const finalNames = uniqueSheetNames(
    layouts.map((l) => l.name),
    staying
  );
  const temporary = uniqueSheetNames(finalNames, [...existing, ...finalNames]);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const writeNames = finalNames.map((name, i) =>
    taken.has(name.toLowerCase()) ? temporary[i] : name
  );

  const created: WpsWorksheet[] = [];
  app.ScreenUpdating = false;
  try {
    try {
      let last = workbook.Worksheets.Item(existing.length);
      for (const [i, layout] of layouts.entries()) {
        const sheet = workbook.Worksheets.Add(null, last);
        created.push(sheet);
        sheet.Name = writeNames[i];
        writeLayoutInWps(app, sheet, layout);
        last = sheet;
      }
    } catch (error) {
      for (const sheet of created.reverse()) sheet.Delete();
      throw error;
    }
    for (const name of replaced) workbook.Worksheets.Item(name).Delete();
    created.forEach((sheet, i) => {
      if (writeNames[i] !== finalNames[i]) sheet.Name = finalNames[i];
    });
    const written = layouts.map((l, i) => ({ key: l.key, name: finalNames[i], id: finalNames[i] }));
    updateMarkers(workbook, properties, [...staying, ...finalNames], written);
    if (options.activate !== false && created.length > 0) created[0].Activate();
    return written;
  } finally {
    app.ScreenUpdating = true;
  }
}

function writeLayoutInWps(app: WpsApplication, sheet: WpsWorksheet, layout: SheetLayout): void {
  // Number formats before values, so Text ("@") cells keep strings as given.
  for (const { range, style } of layout.styles)
    if (style.numberFormat) sheet.Range(areaAddress(range)).NumberFormat = style.numberFormat;
  writeValues(sheet, layout);
  for (const merge of layout.merges) sheet.Range(areaAddress(merge)).Merge();
  for (const styled of layout.styles) applyStyle(sheet, styled.range, styled.style);
  for (const run of runsOf(layout.columnWidths))
    sheet.Range(`${columnLetters(run.start)}:${columnLetters(run.end)}`).ColumnWidth = run.value;
  for (const run of heightRuns(layout.rowHeights))
    sheet.Range(`${run.start + 1}:${run.end + 1}`).RowHeight = run.value;
  freeze(app, layout.freeze);
  if (layout.varianceBands) addBandConditions(sheet, layout.varianceBands);
  pageSetup(sheet, layout.print);
  if (layout.chart) addChart(app, sheet, layout);
}

function writeValues(sheet: WpsWorksheet, layout: SheetLayout): void {
  const width = layout.values[0]?.length ?? 0;
  if (width === 0) return;
  const formats = effectiveNumberFormats(layout);
  const rows = Math.max(1, Math.floor(WRITE_CHUNK_CELLS / width));
  for (let top = 0; top < layout.values.length; top += rows) {
    const bottom = Math.min(layout.values.length, top + rows) - 1;
    const block: (string | number | boolean)[][] = [];
    for (let r = top; r <= bottom; r++)
      block.push(layout.values[r].map((v, c) => cellInput(v, formats[r][c])));
    sheet.Range(areaAddress({ top, left: 0, bottom, right: width - 1 })).Value2 = block;
  }
}

function applyStyle(sheet: WpsWorksheet, area: MergedArea, style: CellStyle): void {
  const range = sheet.Range(areaAddress(area));
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.fontSize !== undefined) range.Font.Size = style.fontSize;
  if (style.fontColor) range.Font.Color = bgr(style.fontColor);
  if (style.fill) range.Interior.Color = bgr(style.fill);
  if (style.hAlign) range.HorizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) range.VerticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.border) {
    // Set on the collection: every edge and inside line of the range.
    const borders = range.Borders;
    borders.LineStyle = 1;
    borders.Weight = 2;
    borders.Color = bgr(BORDER_GREY);
  }
}

/** Consecutive rows of equal height as one run. */
function heightRuns(
  heights: SheetLayout["rowHeights"]
): { value: number; start: number; end: number }[] {
  const runs: { value: number; start: number; end: number }[] = [];
  for (const { row, height } of [...heights].sort((a, b) => a.row - b.row)) {
    const last = runs[runs.length - 1];
    if (last && last.value === height && last.end === row - 1) last.end = row;
    else runs.push({ value: height, start: row, end: row });
  }
  return runs;
}

/** Freezing works on the active window: the new sheet is active (Worksheets.Add activates it). */
function freeze(app: WpsApplication, { rows, columns }: SheetLayout["freeze"]): void {
  const window = app.ActiveWindow;
  if (!window || (rows === 0 && columns === 0)) return;
  window.FreezePanes = false;
  window.ScrollRow = 1;
  window.ScrollColumn = 1;
  window.SplitRow = rows;
  window.SplitColumn = columns;
  window.FreezePanes = true;
}

/** Live band colours on the variance column, as the .xlsx writer adds them (static fills stay under them). */
function addBandConditions(
  sheet: WpsWorksheet,
  bands: NonNullable<SheetLayout["varianceBands"]>
): void {
  const cell = areaAddress({ ...bands.range, bottom: bands.range.top, right: bands.range.left });
  const conditions = sheet.Range(areaAddress(bands.range)).FormatConditions;
  for (const band of bands.bands) {
    const condition = conditions.Add(2, undefined, bandFormula(cell, band));
    condition.Interior.Color = bgr(band.fill);
    condition.Font.Color = bgr(band.font);
  }
}

/** The layout's print setup (A4 landscape, pages wide/tall, centred, header rows repeated, page footer). */
function pageSetup(sheet: WpsWorksheet, print: SheetLayout["print"]): void {
  const setup = sheet.PageSetup;
  setup.PaperSize = 9;
  setup.Orientation = print.orientation === "landscape" ? 2 : 1;
  setup.Zoom = false;
  setup.FitToPagesWide = print.fitToPagesWide;
  // 0 pages tall: as many as needed, which the object model says with false.
  setup.FitToPagesTall = print.fitToPagesTall > 0 ? print.fitToPagesTall : false;
  setup.CenterHorizontally = print.centerHorizontally;
  setup.CenterFooter = print.footer;
  if (print.titleRows)
    setup.PrintTitleRows = `$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`;
}

/**
 * Clustered columns of the completion rate with the time progress as a line; the line's values
 * sit in a hidden helper column right of the table, as in the .xlsx writer.
 */
function addChart(app: WpsApplication, sheet: WpsWorksheet, layout: SheetLayout): void {
  const chart = layout.chart;
  if (!chart) return;
  const shapes = sheet.Shapes;
  need(app, shapes, "AddChart2", "Shapes.AddChart2");
  const helper = chart.helper.range;
  const rows = helper.bottom - helper.top + 1;
  const helperRange = sheet.Range(areaAddress(helper));
  helperRange.NumberFormat = chart.helper.numberFormat;
  helperRange.Value2 = Array.from({ length: rows }, () => [chart.lineValue]);
  if (chart.helper.hidden) helperRange.EntireColumn.Hidden = true;

  const { row, col, rows: height, cols: width } = chart.anchor;
  const from = sheet.Range(areaAddress({ top: row, left: col, bottom: row, right: col }));
  const to = sheet.Range(
    areaAddress({ top: row + height, left: col + width, bottom: row + height, right: col + width })
  );
  const left = from.Left;
  const top = from.Top;
  const shape = shapes.AddChart2(-1, 51, left, top, to.Left - left, to.Top - top);
  const excelChart = shape.Chart;
  excelChart.HasTitle = true;
  excelChart.ChartTitle.Text = chart.title;
  const categories = sheet.Range(areaAddress(chart.categories));
  const series = excelChart.SeriesCollection();
  const columns = series.NewSeries();
  columns.Name = chart.valueName;
  columns.Values = sheet.Range(areaAddress(chart.values));
  columns.XValues = categories;
  columns.ChartType = 51;
  const line = series.NewSeries();
  line.Name = chart.lineName;
  line.Values = helperRange;
  line.XValues = categories;
  line.ChartType = 4;
}
