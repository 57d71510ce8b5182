/**
 * Renders SheetLayouts (from layoutSheet, never re-derived here) into NEW worksheets, then swaps
 * them for the add-in's earlier output sheets:
 *   sync 1: existing sheets, the own-sheets registry and sheet markers, workbook protection;
 *   sync 2…: add + fill every sheet (as many syncs as the 2.5 MB request budget needs);
 *   last sync: register, delete the replaced sheets, give the new ones their final names, and
 *   mark them (src/core/sheet-marker.ts) so the CLI's --append recognises them too.
 * If writing fails, the partial new sheets are deleted and the old ones are untouched.
 * Formatting is applied to whole ranges (one action per styled range), never cell by cell.
 */
import type { WriteSheetsOptions, WrittenSheet } from "../app/host";
import { workbookProtected } from "../app/host-errors";
import {
  type CellStyle,
  type PrintSetup,
  type SheetLayout,
  type StyledRange,
  runsOf,
} from "../core/index";
import { uniqueSheetNames } from "../core/index";
import type { MergedArea } from "../core/index";
import { areaAddress, columnLetters } from "../core/index";
import { bandFormula } from "../core/index";
import { cellInput } from "../app/cell-input";
import {
  type OwnSheet,
  loadMarkers,
  loadOwnSheets,
  ownSheetsIn,
  saveOwnSheets,
  updateMarkers,
} from "./own-sheets";
import { ACTION_BYTES, PayloadBatch, jsonBytes } from "./payload";
import { type ExcelSession, isExcelApiSupported } from "./session";

export type { WrittenSheet };

export interface ExcelWriteOptions extends WriteSheetsOptions {
  /** Request bytes per sync (tests use small budgets). */
  payloadBudget?: number;
}

const BORDER_COLOR = "#808080";

export async function writeLayouts(
  session: ExcelSession,
  layouts: SheetLayout[],
  options: ExcelWriteOptions = {}
): Promise<WrittenSheet[]> {
  const { context } = session;
  const worksheets = context.workbook.worksheets.load("items/name,items/id");
  const registry = loadOwnSheets(context);
  const markers = loadMarkers(context);
  const protection = context.workbook.protection.load("protected");
  await session.sync();
  if (protection.protected) throw workbookProtected();

  const existing = worksheets.items.map((s) => ({ id: s.id, name: s.name }));
  const own = ownSheetsIn(registry, markers, existing);
  const replaces = options.replaces ?? (() => true);
  const replaced = own.filter((o) => replaces(o.key));
  const kept = own.filter((o) => !replaces(o.key));
  const staying = existing.filter((e) => !replaced.some((r) => r.id === e.id)).map((e) => e.name);
  const finalNames = uniqueSheetNames(
    layouts.map((l) => l.name),
    staying
  );
  // A final name still held by a sheet being replaced is written under a temporary name first.
  const temporary = uniqueSheetNames(finalNames, [...existing.map((e) => e.name), ...finalNames]);
  const taken = new Set(existing.map((e) => e.name.toLowerCase()));
  const writeNames = finalNames.map((name, i) =>
    taken.has(name.toLowerCase()) ? temporary[i] : name
  );

  const batch = new PayloadBatch(session, options.payloadBudget);
  const created: Excel.Worksheet[] = [];
  try {
    for (const [i, layout] of layouts.entries()) {
      await batch.reserve();
      const sheet = context.workbook.worksheets.add(writeNames[i]);
      sheet.load("id");
      created.push(sheet);
      await writeLayoutInExcel(sheet, layout, batch);
    }
    await batch.flush();
  } catch (error) {
    await deleteNewSheets(session, new Set(existing.map((e) => e.id)), writeNames).catch(
      () => undefined
    );
    throw error;
  }

  const written = created.map((sheet, i) => ({
    key: layouts[i].key,
    name: finalNames[i],
    id: sheet.id,
  }));
  const mine: OwnSheet[] = [...kept, ...written.map(({ id, key }) => ({ id, key }))];
  // Registered before the swap, so a failure half-way still leaves every sheet known as ours.
  saveOwnSheets(context, [...mine, ...replaced]);
  for (const old of replaced) context.workbook.worksheets.getItem(old.id).delete();
  created.forEach((sheet, i) => {
    if (writeNames[i] !== finalNames[i]) sheet.name = finalNames[i];
  });
  saveOwnSheets(context, mine);
  updateMarkers(context, markers, [...staying, ...finalNames], written);
  if (options.activate !== false && created.length > 0) created[0].activate();
  await session.sync();
  return written;
}

async function deleteNewSheets(
  session: ExcelSession,
  before: Set<string>,
  names: string[]
): Promise<void> {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const sheets = session.context.workbook.worksheets.load("items/name,items/id");
  await session.sync();
  const partial = sheets.items.filter((s) => !before.has(s.id) && wanted.has(s.name.toLowerCase()));
  if (partial.length === 0) return;
  for (const sheet of partial) sheet.delete();
  await session.sync();
}

// ───────────────────────────── One sheet ─────────────────────────────

async function writeLayoutInExcel(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  batch: PayloadBatch
): Promise<void> {
  const liveBands = layout.varianceBands !== null && isExcelApiSupported("1.6");
  const formats = effectiveNumberFormats(layout);
  await writeCells(sheet, layout, formats, batch);
  for (const merge of layout.merges) {
    await batch.reserve();
    sheet.getRange(areaAddress(merge)).merge(false);
  }
  for (const styled of layout.styles) {
    if (liveBands && isStaticBandStyle(styled, layout)) continue;
    await applyStyle(sheet, styled, batch);
  }
  await setColumnWidths(sheet, layout.columnWidths, batch);
  for (const { row, height } of layout.rowHeights) {
    await batch.reserve();
    sheet.getRange(`${row + 1}:${row + 1}`).format.rowHeight = height;
  }
  await batch.reserve();
  freeze(sheet, layout.freeze);
  if (liveBands) await addBandFormats(sheet, layout, batch);
  if (layout.chart) await addChart(sheet, layout, batch);
  await setPageLayout(sheet, layout.print, batch);
}

/**
 * The layout's print setup through worksheet.pageLayout (ExcelApi 1.9: Excel 2021, Microsoft 365,
 * Excel on the web). Excel 2019 lacks it: the sheets are written without, and print as Excel's
 * defaults (the .xlsx and WPS writers always set it).
 */
async function setPageLayout(
  sheet: Excel.Worksheet,
  print: PrintSetup,
  batch: PayloadBatch
): Promise<void> {
  if (!isExcelApiSupported("1.9")) return;
  await batch.reserve(7 * ACTION_BYTES);
  const page = sheet.pageLayout;
  page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = print.paperSize;
  page.centerHorizontally = print.centerHorizontally;
  page.zoom = {
    horizontalFitToPages: print.fitToPagesWide,
    verticalFitToPages: print.fitToPagesTall,
  };
  page.headersFooters.defaultForAllPages.centerFooter = print.footer;
  if (print.titleRows)
    page.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
}

/** Whether this Excel applies the print setup (the host's pageLayout capability). */
export function canSetPageLayout(): boolean {
  return isExcelApiSupported("1.9");
}

/** The number format each cell ends with: later styled ranges override earlier ones. */
export function effectiveNumberFormats(layout: SheetLayout): string[][] {
  const width = layout.values[0]?.length ?? 0;
  const formats = layout.values.map(() => new Array<string>(width).fill("General"));
  for (const { range, style } of layout.styles) {
    if (!style.numberFormat) continue;
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) formats[r][c] = style.numberFormat;
  }
  return formats;
}

/** Number formats first, then values (so Text cells take strings as typed), in row chunks within the budget. */
async function writeCells(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  formats: string[][],
  batch: PayloadBatch
): Promise<void> {
  const width = layout.values[0]?.length ?? 0;
  if (width === 0) return;
  const inputs = layout.values.map((row, r) => row.map((v, c) => cellInput(v, formats[r][c])));
  const chunkBudget = batch.budget / 2;
  for (let top = 0; top < inputs.length;) {
    let bytes = 2 * ACTION_BYTES;
    let bottom = top;
    while (bottom < inputs.length) {
      const rowBytes = jsonBytes(inputs[bottom]) + jsonBytes(formats[bottom]);
      if (bottom > top && bytes + rowBytes > chunkBudget) break;
      bytes += rowBytes;
      bottom++;
    }
    await batch.reserve(bytes);
    const range = sheet.getRange(
      areaAddress({ top, left: 0, bottom: bottom - 1, right: width - 1 })
    );
    range.numberFormat = formats.slice(top, bottom);
    range.values = inputs.slice(top, bottom);
    top = bottom;
  }
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

async function applyStyle(
  sheet: Excel.Worksheet,
  { range, style }: StyledRange,
  batch: PayloadBatch
): Promise<void> {
  const format = sheet.getRange(areaAddress(range)).format;
  const set = async (apply: () => void) => {
    await batch.reserve();
    apply();
  };
  if (style.bold !== undefined) await set(() => (format.font.bold = style.bold as boolean));
  if (style.fontSize !== undefined) await set(() => (format.font.size = style.fontSize as number));
  if (style.fontColor) await set(() => (format.font.color = style.fontColor as string));
  if (style.fill) await set(() => (format.fill.color = style.fill as string));
  if (style.hAlign)
    await set(
      () => (format.horizontalAlignment = H_ALIGN[style.hAlign as CellStyle["hAlign"] & string])
    );
  if (style.vAlign)
    await set(
      () => (format.verticalAlignment = V_ALIGN[style.vAlign as CellStyle["vAlign"] & string])
    );
  if (style.wrap !== undefined) await set(() => (format.wrapText = style.wrap as boolean));
  if (style.border) {
    for (const edge of borderEdges(range)) {
      await batch.reserve(3 * ACTION_BYTES);
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = BORDER_COLOR;
    }
  }
}

type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function borderEdges(range: MergedArea): Edge[] {
  const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (range.bottom > range.top) edges.push("InsideHorizontal");
  if (range.right > range.left) edges.push("InsideVertical");
  return edges;
}

/** Excel column width in characters → points (7 px per character + 5 px padding; 0.75 pt per px). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

async function setColumnWidths(
  sheet: Excel.Worksheet,
  widths: number[],
  batch: PayloadBatch
): Promise<void> {
  for (const run of runsOf(widths)) {
    await batch.reserve();
    sheet.getRange(`${columnLetters(run.start)}:${columnLetters(run.end)}`).format.columnWidth =
      widthInPoints(run.value);
  }
}

function freeze(sheet: Excel.Worksheet, { rows, columns }: SheetLayout["freeze"]): void {
  if (rows > 0 && columns > 0)
    sheet.freezePanes.freezeAt(
      sheet.getRange(areaAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 }))
    );
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

/** Static band fills that live conditional formats replace (same range, same colours). */
function isStaticBandStyle({ range, style }: StyledRange, layout: SheetLayout): boolean {
  const bands = layout.varianceBands;
  if (!bands || style.fill === undefined) return false;
  const inside =
    range.left === bands.range.left &&
    range.right === bands.range.right &&
    range.top >= bands.range.top &&
    range.bottom <= bands.range.bottom;
  return inside && bands.bands.some((b) => b.fill === style.fill && b.font === style.fontColor);
}

/** One custom conditional format per band on the variance column (ExcelApi 1.6): lag = −V in [min, max). */
async function addBandFormats(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  batch: PayloadBatch
): Promise<void> {
  const bands = layout.varianceBands;
  if (!bands) return;
  const cell = areaAddress({ ...bands.range, bottom: bands.range.top, right: bands.range.left });
  for (const band of bands.bands) {
    await batch.reserve(4 * ACTION_BYTES);
    const format = sheet.getRange(areaAddress(bands.range)).conditionalFormats.add("Custom");
    format.custom.rule.formula = bandFormula(cell, band);
    format.custom.format.fill.color = band.fill;
    format.custom.format.font.color = band.font;
  }
}

/**
 * Clustered columns of the completion rate with the time progress as a line. The line's values
 * sit in the layout's helper column (ExcelApi 1.7 series.setValues needs a range).
 */
async function addChart(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  batch: PayloadBatch
): Promise<void> {
  const chart = layout.chart;
  if (!chart) return;
  // The helper column the layout places (T beside each category), hidden as the layout says.
  const helper = chart.helper.range;
  const rows = helper.bottom - helper.top + 1;
  const helperValues = Array.from({ length: rows }, () => [chart.lineValue]);
  await batch.reserve(jsonBytes(helperValues) * 2 + 12 * ACTION_BYTES);
  const helperRange = sheet.getRange(areaAddress(helper));
  helperRange.numberFormat = Array.from({ length: rows }, () => [chart.helper.numberFormat]);
  helperRange.values = helperValues;
  if (chart.helper.hidden) helperRange.columnHidden = true;

  const categories = sheet.getRange(areaAddress(chart.categories));
  const excelChart = sheet.charts.add(
    "ColumnClustered",
    sheet.getRange(areaAddress(chart.values)),
    "Columns"
  );
  excelChart.title.text = chart.title;
  const columns = excelChart.series.getItemAt(0);
  columns.name = chart.valueName;
  columns.setXAxisValues(categories);
  const line = excelChart.series.add(chart.lineName);
  line.setValues(helperRange);
  line.setXAxisValues(categories);
  line.chartType = "Line";
  const { row, col, rows: height, cols: width } = chart.anchor;
  excelChart.setPosition(
    areaAddress({ top: row, left: col, bottom: row, right: col }),
    areaAddress({
      top: row + height - 1,
      left: col + width - 1,
      bottom: row + height - 1,
      right: col + width - 1,
    })
  );
}
