/**
 * The workflow's Host (src/app/host.ts) over WPS 表格's object model. WPS calls are synchronous;
 * each method is one piece of work on the active workbook, wrapped in a Promise for the workflow.
 * Errors the user can act on (no workbook, protection, an old WPS) arrive as HostError.
 */
import type {
  AnnotateOptions,
  AnnotateResult,
  Host,
  HostCapabilities,
  SheetInfo,
  WriteSheetsOptions,
  WrittenSheet,
} from "../app/host";
import type { WorkbookOptions } from "../app/settings";
import type { CheckReport, Grid, SheetLayout } from "../core/index";
import { annotateIn, clearAnnotationsIn } from "./annotate";
import { oldWps } from "./messages";
import { markedSheets, readProperties, readRecord, writeRecord } from "./properties";
import { readWorksheetGrid } from "./read-grid";
import { activeWorkbook, sheetNamed, sheetNames } from "./workbook";
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from "./wps-api";
import { writeLayouts } from "./write-sheets";

/** The settings record: the WorkbookOptions JSON the Excel add-in keeps in "taizhang.options". */
export const OPTIONS_RECORD = "taizhang.options";
/** How often the active sheet is looked at where WPS has no SheetActivate event. */
export const ACTIVATION_POLL_MS = 1000;

export class WpsHost implements Host {
  readonly capabilities: HostCapabilities = {
    pageLayout: true,
    charts: true,
    sheetActivation: true,
  };

  constructor(private readonly app: WpsApplication) {}

  listSheets(): Promise<SheetInfo[]> {
    return this.run((workbook) => {
      const names = sheetNames(workbook);
      const own = new Set(markedSheets(readProperties(workbook), names).map((o) => o.name));
      const active = workbook.ActiveSheet.Name;
      return names.map((name, i) => {
        const sheet = workbook.Worksheets.Item(i + 1);
        return {
          name,
          active: name === active,
          hidden: sheet.Visible !== -1,
          protected: sheet.ProtectContents,
          own: own.has(name),
        };
      });
    });
  }

  readGrid(sheetName?: string): Promise<Grid> {
    return this.run((workbook) => readWorksheetGrid(this.sheet(workbook, sheetName)));
  }

  onSheetActivated(listener: (sheetName: string) => void): Promise<() => void> {
    return this.run(() => {
      const events = this.app.ApiEvent;
      if (events && typeof events.AddApiEventListener === "function") {
        const callback = (sheet: WpsWorksheet) => listener(sheet.Name);
        events.AddApiEventListener("SheetActivate", callback);
        return () => events.RemoveApiEventListener("SheetActivate", callback);
      }
      // Older WPS without ApiEvent: look at the active sheet now and then.
      let last = this.app.ActiveWorkbook?.ActiveSheet.Name ?? null;
      const timer = setInterval(() => {
        const now = this.app.ActiveWorkbook?.ActiveSheet.Name ?? null;
        if (now !== null && now !== last) listener(now);
        last = now;
      }, ACTIVATION_POLL_MS);
      return () => clearInterval(timer);
    });
  }

  writeSheets(layouts: SheetLayout[], options?: WriteSheetsOptions): Promise<WrittenSheet[]> {
    return this.run((workbook) => writeLayouts(this.app, workbook, layouts, options));
  }

  annotate(report: CheckReport, options?: AnnotateOptions): Promise<AnnotateResult> {
    return this.run((workbook) => annotateIn(workbook, report, options));
  }

  clearAnnotations(): Promise<boolean> {
    return this.run(clearAnnotationsIn);
  }

  selectRow(sheetName: string, sheetRow: number): Promise<void> {
    return this.run((workbook) => {
      const sheet = this.sheet(workbook, sheetName);
      sheet.Activate();
      sheet.Range(`${sheetRow}:${sheetRow}`).Select();
    });
  }

  readSettings(): Promise<unknown> {
    return this.run((workbook) => readRecord(readProperties(workbook), OPTIONS_RECORD));
  }

  writeSettings(settings: WorkbookOptions): Promise<void> {
    return this.run((workbook) => {
      writeRecord(workbook, readProperties(workbook), OPTIONS_RECORD, settings);
    });
  }

  private sheet(workbook: WpsWorkbook, name?: string): WpsWorksheet {
    return name === undefined
      ? workbook.ActiveSheet
      : sheetNamed(workbook, sheetNames(workbook), name);
  }

  /** One piece of work on the active workbook; a member an old WPS lacks becomes a clear message. */
  private run<T>(work: (workbook: WpsWorkbook) => T): Promise<T> {
    try {
      return Promise.resolve(work(activeWorkbook(this.app)));
    } catch (error) {
      if (
        error instanceof TypeError &&
        /is not a function|of undefined|of null/.test(error.message)
      )
        return Promise.reject(oldWps(error.message, this.app.Version));
      return Promise.reject(error);
    }
  }
}
