/**
 * A strict fake Excel host: `Excel.run`, a request context whose sync() applies queued
 * operations, measures each request and response (JSON size) and fails over Excel on the web's
 * 5 MB limits, counts every sync, and `Office.context.requirements.isSetSupported` answering for
 * a chosen ExcelApi version. No Node APIs (it also runs in the browser preview page).
 */
import type { CellValue, MergedArea } from "../../core/index";
import { jsonBytes } from "../../excel/payload";
import { FakeRichApiError, type QueuedOperation } from "./client";
import { FakeSheet } from "./model";
import {
  FakeDocumentProperties,
  FakeSettingCollection,
  FakeWorkbookProtection,
  FakeWorksheetCollection,
  type WorkbookState,
  setActiveSheet,
} from "./objects";

export interface FakeHostOptions {
  /** Highest ExcelApi requirement set the host supports ("1.7" = Excel 2019). */
  excelApi?: string;
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  cellReadLimit?: number;
  /** 1-based number of a sync that never answers (Excel on the web hanging). */
  hangAtSync?: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  error: string | null;
}

export interface SheetSnapshot {
  values: (CellValue | undefined)[][];
  formulas: (string | undefined)[][];
  numberFormats: (string | undefined)[][];
}

const MB5 = 5 * 1024 * 1024;

export class FakeExcelHost {
  readonly state: WorkbookState;
  readonly syncs: SyncRecord[] = [];
  excelApiMinor: number;
  private readonly options: Required<Omit<FakeHostOptions, "hangAtSync" | "excelApi">> & {
    hangAtSync?: number;
  };
  private ids = 0;

  constructor(options: FakeHostOptions = {}) {
    this.excelApiMinor = minorOf(options.excelApi ?? "1.13");
    this.options = {
      requestLimitBytes: options.requestLimitBytes ?? MB5,
      responseLimitBytes: options.responseLimitBytes ?? MB5,
      cellReadLimit: options.cellReadLimit ?? 5_000_000,
      hangAtSync: options.hangAtSync,
    };
    this.state = {
      sheets: [],
      activeSheetId: "",
      selection: null,
      settings: new Map(),
      customProperties: new Map(),
      protected: false,
      nextId: (prefix) => `{${prefix}-${++this.ids}}`,
      cellReadLimit: this.options.cellReadLimit,
      activationHandlers: new Set(),
    };
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }

  set hangAtSync(value: number | undefined) {
    this.options.hangAtSync = value;
  }

  set requestLimitBytes(value: number) {
    this.options.requestLimitBytes = value;
  }

  set responseLimitBytes(value: number) {
    this.options.responseLimitBytes = value;
  }

  resetCounters(): void {
    this.syncs.length = 0;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.state.nextId("sheet"), name);
    this.state.sheets.push(sheet);
    if (!this.state.activeSheetId) this.state.activeSheetId = sheet.id;
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.state.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  get sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** The user clicks a sheet tab: it becomes active and onActivated handlers hear of it. */
  activate(name: string): void {
    setActiveSheet(this.state, this.sheet(name).id);
  }

  /** Custom document properties as key → value (keys as written). */
  get customProperties(): Map<string, unknown> {
    return new Map([...this.state.customProperties.values()].map((p) => [p.key, p.value]));
  }

  setCustomProperty(key: string, value: unknown): void {
    this.state.customProperties.set(key.toLowerCase(), { key, value });
  }

  /** Values, formulas and number formats of a sheet (or an area of it), for before/after comparisons. */
  snapshot(name: string, area?: MergedArea): SheetSnapshot {
    const sheet = this.sheet(name);
    const used = area ?? sheet.usedArea(false) ?? { top: 0, left: 0, bottom: -1, right: -1 };
    const take = <V>(read: (r: number, c: number) => V): V[][] => {
      const rows: V[][] = [];
      for (let r = used.top; r <= used.bottom; r++) {
        const row: V[] = [];
        for (let c = used.left; c <= used.right; c++) row.push(read(r, c));
        rows.push(row);
      }
      return rows;
    };
    return {
      values: take((r, c) => sheet.getValue(r, c)),
      formulas: take((r, c) => sheet.getFormula(r, c)),
      numberFormats: take((r, c) => sheet.numberFormats[r]?.[c]),
    };
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== "ExcelApi") return false;
    return minorOf(version ?? "1.1") <= this.excelApiMinor;
  }

  /**
   * Runs a batch like Excel.run: the callback gets a fresh context, or the one given (as
   * Excel.run(eventResult.context, batch) removes an event handler); leftover operations are flushed.
   */
  async run<R>(
    contextOrCallback: FakeRequestContext | ((context: FakeRequestContext) => Promise<R>),
    batch?: (context: FakeRequestContext) => Promise<R>
  ): Promise<R> {
    const [context, callback] =
      typeof contextOrCallback === "function"
        ? [new FakeRequestContext(this), contextOrCallback]
        : [contextOrCallback, batch!];
    const result = await callback(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** Globals the adapter uses: Excel.run and Office.context.requirements. Returns an uninstaller. */
  install(): () => void {
    const scope = globalThis as unknown as Record<string, unknown>;
    const previous = { Excel: scope.Excel, Office: scope.Office };
    scope.Excel = {
      run: (...args: Parameters<FakeExcelHost["run"]>) => this.run(...args),
    };
    scope.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version),
        },
      },
    };
    return () => {
      scope.Excel = previous.Excel;
      scope.Office = previous.Office;
    };
  }

  /** Applies one batch (called by FakeRequestContext.sync). */
  execute(operations: QueuedOperation[]): Promise<void> {
    const record: SyncRecord = {
      requestBytes: jsonBytes(operations.map((o) => o.payload)),
      responseBytes: 0,
      operations: operations.length,
      error: null,
    };
    this.syncs.push(record);
    if (this.options.hangAtSync === this.syncs.length) return new Promise(() => undefined);
    try {
      if (record.requestBytes > this.options.requestLimitBytes) {
        throw new FakeRichApiError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size has exceeded the limit (${record.requestBytes} bytes).`
        );
      }
      const commits: (() => void)[] = [];
      const responses: unknown[] = [];
      for (const operation of operations) {
        if (operation.requires > this.excelApiMinor) {
          throw new FakeRichApiError(
            "ApiNotFound",
            `The API you are trying to use could not be found (needs ExcelApi 1.${operation.requires}).`,
            JSON.stringify(operation.payload).slice(0, 80)
          );
        }
        const outcome = operation.run();
        if (outcome?.commit) commits.push(outcome.commit);
        if (outcome?.response !== undefined) responses.push(outcome.response);
      }
      record.responseBytes = jsonBytes(responses);
      if (record.responseBytes > this.options.responseLimitBytes) {
        throw new FakeRichApiError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size has exceeded the limit (${record.responseBytes} bytes).`
        );
      }
      for (const commit of commits) commit();
      return Promise.resolve();
    } catch (error) {
      record.error = (error as FakeRichApiError).code ?? String(error);
      return Promise.reject(error);
    }
  }
}

export class FakeRequestContext {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    settings: FakeSettingCollection;
    protection: FakeWorkbookProtection;
    properties: FakeDocumentProperties;
  };
  private operations: QueuedOperation[] = [];

  constructor(private readonly host: FakeExcelHost) {
    const state = host.state;
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this, state),
      settings: new FakeSettingCollection(this, () => state, "settings"),
      protection: new FakeWorkbookProtection(this, () => state, "workbook.protection"),
      properties: new FakeDocumentProperties(this, () => state, "workbook.properties"),
    };
  }

  get pending(): number {
    return this.operations.length;
  }

  queue(operation: QueuedOperation): void {
    this.operations.push(operation);
  }

  sync(): Promise<void> {
    const batch = this.operations;
    this.operations = [];
    return this.host.execute(batch);
  }
}

function minorOf(version: string): number {
  const [major, minor = "0"] = version.split(".");
  return Number(major) > 1 ? 99 : Number(minor);
}
