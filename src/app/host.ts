/**
 * What the workflow needs from a spreadsheet application, and nothing more: the seam between the
 * host-free workflow (src/app/) and each host (Office.js in src/excel/host.ts, WPS, the preview's
 * and the tests' fake workbooks).
 *
 * A host moves data in and out of the workbook. It does not read ledgers, run checks or decide
 * what goes on a sheet: it hands out Grids (src/core's input) and renders SheetLayouts (src/core's
 * output) as they are. Every method is one round of work on the workbook (one Excel.run for
 * Office.js); the workflow never holds host objects between calls.
 *
 * Errors: a method rejects with a HostError (src/core/errors.ts, text in zh-CN and en) for what
 * the host refuses and the user can fix (sheet not found, protected, workbook protected, old host
 * version); anything else it throws is reported as a bug (errorReport).
 *
 * Invariant every host keeps: the user's cells are never changed. Output goes to new sheets; the
 * only writes on the user's sheet are the annotations, which clearAnnotations() removes exactly.
 */
import type { CheckReport, Grid, Lang, SheetLayout } from "../core/index";
import type { WorkbookOptions } from "./settings";

/** One worksheet as the pane lists it (sheet picker, last month's sheet, protection state). */
export interface SheetInfo {
  name: string;
  /** The sheet the user is looking at. */
  active: boolean;
  /** Hidden or very hidden. */
  hidden: boolean;
  /** Sheet protection is on (annotations cannot be written). */
  protected: boolean;
  /** An output sheet the add-in wrote earlier (recognised by its marker, src/core/sheet-marker.ts). */
  own: boolean;
}

/** What this host can do beyond the common baseline; the workflow and the views ask before using it. */
export interface HostCapabilities {
  /** Print setup of output sheets (orientation, fit to width, print titles, footer). */
  pageLayout: boolean;
  /** Charts on output sheets (the writer leaves them out otherwise). */
  charts: boolean;
  /** onSheetActivated is available (the pane can follow the sheet the user switches to). */
  sheetActivation: boolean;
}

export interface WriteSheetsOptions {
  /**
   * Which of the add-in's earlier output sheets (by their SheetSpec key, as marked) this write
   * replaces; they are deleted only once the new sheets are complete. Default: all of them.
   */
  replaces?: (key: string) => boolean;
  /** Activate the first new sheet. Default true. */
  activate?: boolean;
}

/** A sheet the host wrote: the layout's key and the name it got (a user sheet may hold the name). */
export interface WrittenSheet {
  key: string;
  name: string;
  /** The host's own id of the sheet (Worksheet.id in Office.js). */
  id: string;
}

export interface AnnotateOptions {
  lang?: Lang;
  /** Colour lagging rows by band (conditional formats). Default true. */
  highlight?: boolean;
}

export interface AnnotateResult {
  sheet: string;
  /** Sheet column letters of the status and points columns. */
  columns: [string, string];
  marked: number;
  highlightBands: number;
}

export interface Host {
  readonly capabilities: HostCapabilities;

  /** Every worksheet in tab order. */
  listSheets(): Promise<SheetInfo[]>;

  /** The used range of a sheet as a Grid (values, number formats, merges, hidden rows/columns).
   * Default: the active sheet. A missing sheet rejects with HostError code "excel.sheet-not-found". */
  readGrid(sheetName?: string): Promise<Grid>;

  /**
   * Calls listener with the sheet's name whenever the user activates a sheet; resolves to a
   * function that stops listening. Present only where capabilities.sheetActivation is true.
   */
  onSheetActivated?(listener: (sheetName: string) => void): Promise<() => void>;

  /**
   * Renders layouts (from core's layoutSheet, applied as they are) into new sheets, marks them as
   * the add-in's own and replaces the earlier own sheets `replaces` selects. All or nothing: if
   * writing fails the new sheets are removed and the old ones stay.
   */
  writeSheets(layouts: SheetLayout[], options?: WriteSheetsOptions): Promise<WrittenSheet[]>;

  /** Status and variance columns right of the ledger's used range (+ colour bands); replaces earlier ones. */
  annotate(report: CheckReport, options?: AnnotateOptions): Promise<AnnotateResult>;

  /** Removes exactly what annotate() added; false when there was nothing to remove. */
  clearAnnotations(): Promise<boolean>;

  /** Activates the sheet and selects one row (1-based sheet row). */
  selectRow(sheetName: string, sheetRow: number): Promise<void>;

  /**
   * The workbook's saved settings as stored (the WorkbookOptions JSON of src/app/settings.ts), or
   * null when none are saved. Unvalidated: the workflow checks it key by key (parseWorkbookOptions).
   */
  readSettings(): Promise<unknown>;

  /** Saves (replaces) the workbook's settings. */
  writeSettings(settings: WorkbookOptions): Promise<void>;
}
