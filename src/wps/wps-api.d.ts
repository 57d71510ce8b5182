/**
 * The part of the WPS 表格 (ET) JavaScript object model that the add-in uses, and nothing more.
 * WPS exposes the Excel COM/VBA model synchronously on `window.Application`; parameterised COM
 * properties (Item, SeriesCollection) are methods in JavaScript. The npm package `wps-jsapi`
 * describes the whole model, but types most members as `any` (Range.Value2, the document
 * properties) and its licence forbids modified copies, so these few declarations are our own.
 * The strict fake (test/fake-wps) implements exactly these members and throws on any other.
 */

/** A cell value as Value2 gives it: numbers (dates as serials), text, booleans; empty is undefined or null. */
export type WpsCellValue = number | string | boolean | null | undefined;

export interface WpsApplication {
  /** null when no workbook is open. */
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveWindow: WpsWindow | null;
  ScreenUpdating: boolean;
  /** "11.1.0.10495", "12.1.0.16910" … */
  readonly Version: string;
  /** Absent on old builds: the host falls back to polling the active sheet. */
  readonly ApiEvent?: WpsApiEvent;
  readonly PluginStorage: WpsPluginStorage;
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  /** The pane CreateTaskPane made, by its ID (the ribbon keeps the ID in PluginStorage). */
  GetTaskPane(id: number): WpsTaskPane;
}

export interface WpsApiEvent {
  AddApiEventListener(event: "SheetActivate", callback: (sheet: WpsWorksheet) => void): void;
  RemoveApiEventListener(event: "SheetActivate", callback: (sheet: WpsWorksheet) => void): void;
}

/** Shared between the pages of one add-in (the ribbon's main.js and the task pane). */
export interface WpsPluginStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string | number | boolean): void;
}

export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  Width: number;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  readonly ActiveSheet: WpsWorksheet;
  /** Structure protection (Review › Protect Workbook). */
  readonly ProtectStructure: boolean;
  readonly CustomDocumentProperties: WpsDocumentProperties;
}

export interface WpsSheets {
  readonly Count: number;
  /** 1-based index or sheet name. */
  Item(index: number | string): WpsWorksheet;
  /** Adds one sheet after `After`, activates it and returns it. */
  Add(Before?: WpsWorksheet | null, After?: WpsWorksheet | null): WpsWorksheet;
}

/** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
export type WpsSheetVisibility = -1 | 0 | 2;

export interface WpsWorksheet {
  Name: string;
  readonly Index: number;
  Visible: WpsSheetVisibility;
  readonly ProtectContents: boolean;
  readonly UsedRange: WpsRange;
  /** "A1", "B3:H40", "5:9", "C:D". */
  Range(address: string): WpsRange;
  Activate(): void;
  Delete(): void;
  readonly PageSetup: WpsPageSetup;
  readonly Shapes: WpsShapes;
}

export interface WpsRange {
  /** 1-based first row and column. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** Points from the sheet's top-left corner (to place the chart). */
  readonly Left: number;
  readonly Top: number;
  /** A 2-D array [row][column] for several cells, the value itself for one cell. */
  Value2: WpsCellValue | WpsCellValue[][];
  /** Formulas as typed ("=SUM(A1:A3)"), constants as their text; same shape rules as Value2. */
  readonly Formula: string | string[][];
  /** One code for the range; reading a range of mixed formats gives null. */
  NumberFormat: string | null;
  /** true, false, or null when the range is partly merged. */
  readonly MergeCells: boolean | null;
  /** The merged area holding this range's first cell (the cell itself when not merged). */
  readonly MergeArea: WpsRange;
  Merge(Across?: boolean): void;
  readonly EntireRow: WpsRange;
  readonly EntireColumn: WpsRange;
  /** Only on entire rows or columns: true, false, or null when mixed. */
  Hidden: boolean | null;
  /**
   * Type 12 = xlCellTypeVisible: the cells of the range that are in no hidden row or column, as
   * one range of several areas. Throws when there is none ("No cells were found"); called on a
   * single cell it searches the sheet's used range instead (COM's rule).
   */
  SpecialCells(Type: 12): WpsRange;
  /**
   * "$A$1:$A$5,$A$7:$A$10": absolute, areas separated by commas, no sheet. A method in WPS's
   * JavaScript API (wps-jsapi's lib.et.d.ts, the WPS docs' `.Address()`), a parameterised
   * property in COM.
   */
  Address(): string;
  /** Cells in the range, over all its areas. */
  readonly Count: number;
  readonly Interior: { Color: number };
  readonly Font: WpsFont;
  /** XlHAlign: -4131 left, -4108 center, -4152 right. */
  HorizontalAlignment: number;
  /** XlVAlign: -4160 top, -4108 center, -4107 bottom. */
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: number;
  RowHeight: number;
  readonly Borders: WpsBorders;
  readonly FormatConditions: WpsFormatConditions;
  ClearContents(): void;
  Select(): void;
}

export interface WpsFont {
  Bold: boolean;
  Size: number;
  Name: string;
  /** BGR as COM gives it: 0xBBGGRR. */
  Color: number;
}

/** Setting these on the collection sets every edge and inside line of the range. */
export interface WpsBorders {
  /** XlLineStyle: 1 continuous. */
  LineStyle: number;
  /** XlBorderWeight: 2 thin. */
  Weight: number;
  Color: number;
}

export interface WpsFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): WpsFormatCondition;
  /** Type 2 = xlExpression, with the formula in Formula1. */
  Add(Type: 2, Operator?: undefined, Formula1?: string): WpsFormatCondition;
}

export interface WpsFormatCondition {
  readonly Formula1: string;
  readonly Interior: { Color: number };
  readonly Font: { Color: number };
  Delete(): void;
}

export interface WpsWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
  ScrollRow: number;
  ScrollColumn: number;
}

export interface WpsPageSetup {
  /** 1 portrait, 2 landscape. */
  Orientation: number;
  /** 9 = A4. */
  PaperSize: number;
  /** false to fit to pages instead of a zoom factor. */
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
  /** "$1:$5" repeats those rows on every page. */
  PrintTitleRows: string;
  CenterFooter: string;
  CenterHorizontally: boolean;
}

export interface WpsDocumentProperties {
  readonly Count: number;
  /** 1-based index or name; throws when there is none of that name. */
  Item(index: number | string): WpsDocumentProperty;
  /** Type 4 = msoPropertyTypeString. */
  Add(Name: string, LinkToContent: false, Type: 4, Value: string): WpsDocumentProperty;
}

export interface WpsDocumentProperty {
  readonly Name: string;
  Value: string | number | boolean;
  Delete(): void;
}

export interface WpsShapes {
  /** XlChartType 51 = clustered columns; returns the new shape with its chart. */
  AddChart2(
    Style: number,
    XlChartType: number,
    Left: number,
    Top: number,
    Width: number,
    Height: number
  ): WpsShape;
}

export interface WpsShape {
  readonly Chart: WpsChart;
}

export interface WpsChart {
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): WpsSeriesCollection;
}

export interface WpsSeriesCollection {
  readonly Count: number;
  NewSeries(): WpsSeries;
}

export interface WpsSeries {
  Name: string;
  Values: WpsRange;
  XValues: WpsRange;
  /** XlChartType: 51 clustered column, 4 line. */
  ChartType: number;
}
