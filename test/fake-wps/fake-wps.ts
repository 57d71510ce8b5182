/**
 * A strict fake of WPS 表格's JavaScript object model (window.Application), synchronous like the
 * real one, over plain sheet data (./sheet.ts). Only the members of src/wps/wps-api.d.ts exist;
 * each access is counted; more than `singleCellWriteLimit` writes to single cells within one
 * operation() throw (WPS is slow per call: the adapter must write whole ranges).
 */
import type { MergedArea } from "../../src/core/types";
import { MAX_COL, areaAddress, columnLetters, parseAreaAddress } from "../../src/core/index";
import type {
  WpsApplication,
  WpsDocumentProperties,
  WpsRange,
  WpsSheets,
  WpsWorkbook,
  WpsWorksheet,
} from "../../src/wps/wps-api";
import { type CallCounter, FakeWpsError, strict } from "./strict";
import { WpsSheetData, intersects } from "./sheet";

export interface FakeWpsOptions {
  /** No workbook open (Application.ActiveWorkbook is null). */
  noWorkbook?: boolean;
  /** Members an old WPS lacks, as "Type.Member" ("Shapes.AddChart2", "Application.ApiEvent"). */
  missing?: string[];
  /** Single-cell writes allowed in one operation. Default 50. */
  singleCellWriteLimit?: number;
  version?: string;
  /**
   * Range.Address() gives at most this many characters (a cut-off the real WPS might have; COM
   * passes 255-character strings in places). Default: no limit.
   */
  addressLimit?: number;
  /** Count of a multi-area range counts its first area only (a doubtful answer to model). */
  countsFirstAreaOnly?: boolean;
}

/**
 * Excel answers SpecialCells with the whole range, silently, past this many areas (Microsoft
 * support: "The SpecialCells(xlCellTypeBlanks) VBA function does not work as expected").
 */
export const SPECIAL_CELLS_AREA_LIMIT = 8192;

const MAX_ROW = 1048575;

export class FakeWps {
  readonly sheets: WpsSheetData[] = [];
  readonly properties = new Map<string, { name: string; value: string | number | boolean }>();
  readonly pluginStorage = new Map<string, string>();
  readonly counter: CallCounter;
  readonly application: WpsApplication;
  activeIndex = 0;
  protectStructure = false;
  screenUpdating = true;
  selection: { sheet: string; area: MergedArea } | null = null;
  readonly taskPanes: { url: string; title: string; visible: boolean }[] = [];
  private readonly listeners = new Set<(sheet: WpsWorksheet) => void>();
  private readonly singleCellWriteLimit: number;
  private singleCellWrites = 0;
  private readonly noWorkbook: boolean;
  readonly version: string;
  readonly addressLimit: number;
  readonly countsFirstAreaOnly: boolean;

  constructor(options: FakeWpsOptions = {}) {
    this.counter = { calls: 0, byMember: new Map(), missing: new Set(options.missing ?? []) };
    this.singleCellWriteLimit = options.singleCellWriteLimit ?? 50;
    this.noWorkbook = options.noWorkbook === true;
    this.version = options.version ?? "12.1.0.16910";
    this.addressLimit = options.addressLimit ?? Infinity;
    this.countsFirstAreaOnly = options.countsFirstAreaOnly === true;
    this.application = this.wrapApplication();
  }

  get calls(): number {
    return this.counter.calls;
  }

  addSheet(name: string): WpsSheetData {
    const sheet = new WpsSheetData(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): WpsSheetData {
    const found = this.find(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  get sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  get activeSheet(): WpsSheetData {
    return this.sheets[this.activeIndex];
  }

  /** The user clicks another tab: WPS fires SheetActivate. */
  userActivates(name: string): void {
    this.activeIndex = this.sheets.indexOf(this.sheet(name));
    for (const listener of this.listeners) listener(this.worksheet(this.activeSheet));
  }

  /**
   * Runs one operation (one Host method): returns its result and the calls it made; throws when
   * it wrote more single cells than the limit.
   */
  operation<T>(work: () => T): { result: T; calls: number } {
    const before = this.counter.calls;
    this.singleCellWrites = 0;
    const result = work();
    return { result, calls: this.counter.calls - before };
  }

  /** Counts a write to the range and refuses cell-by-cell loops. */
  noteWrite(area: MergedArea, what: string): void {
    if (area.top !== area.bottom || area.left !== area.right) return;
    if (++this.singleCellWrites > this.singleCellWriteLimit)
      throw new FakeWpsError(
        `more than ${this.singleCellWriteLimit} single-cell writes in one operation (last: ${what} on ${areaAddress(area)}): write whole ranges`
      );
  }

  find(name: string): WpsSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  // ───────────────────────── Application, workbook, sheets ─────────────────────────

  private wrapApplication(): WpsApplication {
    const fake = this;
    const app = {
      get ActiveWorkbook() {
        return fake.noWorkbook ? null : fake.workbook();
      },
      get ActiveWindow() {
        return fake.noWorkbook ? null : fake.window();
      },
      get ScreenUpdating() {
        return fake.screenUpdating;
      },
      set ScreenUpdating(on: boolean) {
        fake.screenUpdating = on;
      },
      Version: this.version,
      ApiEvent: strict(
        "ApiEvent",
        {
          AddApiEventListener: (event: string, callback: (sheet: WpsWorksheet) => void) => {
            if (event === "SheetActivate") fake.listeners.add(callback);
          },
          RemoveApiEventListener: (event: string, callback: (sheet: WpsWorksheet) => void) => {
            if (event === "SheetActivate") fake.listeners.delete(callback);
          },
        },
        { get: ["AddApiEventListener", "RemoveApiEventListener"] },
        this.counter
      ),
      PluginStorage: strict(
        "PluginStorage",
        {
          getItem: (key: string) => fake.pluginStorage.get(key) ?? null,
          setItem: (key: string, value: unknown) => fake.pluginStorage.set(key, String(value)),
        },
        { get: ["getItem", "setItem"] },
        this.counter
      ),
      CreateTaskPane(url: string, title = "") {
        fake.taskPanes.push({ url, title, visible: false });
        return fake.taskPane(fake.taskPanes.length);
      },
      GetTaskPane(id: number) {
        if (!fake.taskPanes[id - 1]) throw new FakeWpsError(`no task pane ${id}`);
        return fake.taskPane(id);
      },
    };
    return strict(
      "Application",
      app,
      {
        get: [
          "ActiveWorkbook",
          "ActiveWindow",
          "ScreenUpdating",
          "Version",
          "ApiEvent",
          "PluginStorage",
          "CreateTaskPane",
          "GetTaskPane",
        ],
        set: ["ScreenUpdating"],
      },
      this.counter
    );
  }

  /** Task pane `id` (1-based, as CreateTaskPane numbered it). */
  private taskPane(id: number) {
    const pane = this.taskPanes[id - 1];
    return strict(
      "TaskPane",
      {
        ID: id,
        get Visible() {
          return pane.visible;
        },
        set Visible(v: boolean) {
          pane.visible = v;
        },
        Width: 350,
      },
      { get: ["ID", "Visible", "Width"], set: ["Visible", "Width"] },
      this.counter
    );
  }

  private workbook(): WpsWorkbook {
    const fake = this;
    return strict(
      "Workbook",
      {
        Name: "fake.xlsx",
        get Worksheets() {
          return fake.worksheets();
        },
        get ActiveSheet() {
          return fake.worksheet(fake.activeSheet);
        },
        get ProtectStructure() {
          return fake.protectStructure;
        },
        get CustomDocumentProperties() {
          return fake.documentProperties();
        },
      },
      {
        get: ["Name", "Worksheets", "ActiveSheet", "ProtectStructure", "CustomDocumentProperties"],
      },
      this.counter
    );
  }

  private worksheets(): WpsSheets {
    const fake = this;
    return strict(
      "Sheets",
      {
        get Count() {
          return fake.sheets.length;
        },
        Item(index: number | string) {
          const sheet = typeof index === "number" ? fake.sheets[index - 1] : fake.find(index);
          if (!sheet)
            throw new FakeWpsError(`Sheets.Item(${JSON.stringify(index)}): no such sheet`);
          return fake.worksheet(sheet);
        },
        Add(_before?: unknown, after?: WpsWorksheet | null) {
          if (fake.protectStructure) throw new FakeWpsError("workbook structure is protected");
          let n = fake.sheets.length + 1;
          while (fake.find(`Sheet${n}`)) n++;
          const sheet = new WpsSheetData(`Sheet${n}`);
          const at = after ? after.Index : fake.sheets.length;
          fake.sheets.splice(at, 0, sheet);
          fake.activeIndex = at;
          return fake.worksheet(sheet);
        },
      },
      { get: ["Count", "Item", "Add"] },
      this.counter
    );
  }

  worksheet(data: WpsSheetData): WpsWorksheet {
    const fake = this;
    const alive = () => {
      if (!fake.sheets.includes(data)) throw new FakeWpsError(`sheet ${data.name} was deleted`);
      return data;
    };
    return strict(
      "Worksheet",
      {
        get Name() {
          return alive().name;
        },
        set Name(name: string) {
          if (fake.protectStructure) throw new FakeWpsError("workbook structure is protected");
          if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
            throw new FakeWpsError(`invalid sheet name ${name}`);
          const other = fake.find(name);
          if (other && other !== data) throw new FakeWpsError(`a sheet is named ${name} already`);
          alive().name = name;
        },
        get Index() {
          return fake.sheets.indexOf(alive()) + 1;
        },
        get Visible() {
          return alive().visible;
        },
        set Visible(v: -1 | 0 | 2) {
          alive().visible = v;
        },
        get ProtectContents() {
          return alive().protectContents;
        },
        get UsedRange() {
          const area = alive().usedArea() ?? { top: 0, left: 0, bottom: 0, right: 0 };
          return fake.range(data, area);
        },
        Range(address: string) {
          return fake.range(alive(), parseAreaAddress(address));
        },
        Activate() {
          fake.activeIndex = fake.sheets.indexOf(alive());
        },
        Delete() {
          if (fake.protectStructure) throw new FakeWpsError("workbook structure is protected");
          if (fake.sheets.length === 1) throw new FakeWpsError("cannot delete the only sheet");
          const i = fake.sheets.indexOf(alive());
          fake.sheets.splice(i, 1);
          if (fake.activeIndex >= fake.sheets.length) fake.activeIndex = fake.sheets.length - 1;
        },
        get PageSetup() {
          return strict(
            "PageSetup",
            alive().pageSetup,
            {
              get: Object.keys(data.pageSetup),
              set: Object.keys(data.pageSetup),
            },
            fake.counter
          );
        },
        get Shapes() {
          return fake.shapes(alive());
        },
      },
      {
        get: [
          "Name",
          "Index",
          "Visible",
          "ProtectContents",
          "UsedRange",
          "Range",
          "Activate",
          "Delete",
          "PageSetup",
          "Shapes",
        ],
        set: ["Name", "Visible"],
      },
      this.counter
    );
  }

  private window() {
    const fake = this;
    let splitRow = 0;
    let splitColumn = 0;
    return strict(
      "Window",
      {
        get FreezePanes() {
          return fake.activeSheet.freeze !== null;
        },
        set FreezePanes(on: boolean) {
          fake.activeSheet.freeze = on ? { rows: splitRow, columns: splitColumn } : null;
        },
        get SplitRow() {
          return splitRow;
        },
        set SplitRow(r: number) {
          splitRow = r;
        },
        get SplitColumn() {
          return splitColumn;
        },
        set SplitColumn(c: number) {
          splitColumn = c;
        },
        get ScrollRow() {
          return fake.activeSheet.scroll.row;
        },
        set ScrollRow(r: number) {
          fake.activeSheet.scroll.row = r;
        },
        get ScrollColumn() {
          return fake.activeSheet.scroll.column;
        },
        set ScrollColumn(c: number) {
          fake.activeSheet.scroll.column = c;
        },
      },
      {
        get: ["FreezePanes", "SplitRow", "SplitColumn", "ScrollRow", "ScrollColumn"],
        set: ["FreezePanes", "SplitRow", "SplitColumn", "ScrollRow", "ScrollColumn"],
      },
      this.counter
    );
  }

  private documentProperties(): WpsDocumentProperties {
    const fake = this;
    const list = () => [...fake.properties.values()];
    const property = (entry: { name: string; value: string | number | boolean }) =>
      strict<ReturnType<WpsDocumentProperties["Item"]>>(
        "DocumentProperty",
        {
          Name: entry.name,
          get Value() {
            return entry.value;
          },
          set Value(v: string | number | boolean) {
            entry.value = v;
          },
          Delete() {
            fake.properties.delete(entry.name.toLowerCase());
          },
        },
        { get: ["Name", "Value", "Delete"], set: ["Value"] },
        fake.counter
      );
    return strict(
      "DocumentProperties",
      {
        get Count() {
          return fake.properties.size;
        },
        Item(index: number | string) {
          const entry =
            typeof index === "number"
              ? list()[index - 1]
              : fake.properties.get(index.toLowerCase());
          if (!entry) throw new FakeWpsError(`no document property ${String(index)}`);
          return property(entry);
        },
        Add(name: string, _link: false, type: number, value: string) {
          if (type !== 4) throw new FakeWpsError("only text properties are used");
          if (fake.properties.has(name.toLowerCase()))
            throw new FakeWpsError(`document property ${name} exists`);
          // Excel's (and WPS's) limit on a text property's value.
          if (value.length > 255) throw new FakeWpsError(`property value over 255 characters`);
          const entry = { name, value };
          fake.properties.set(name.toLowerCase(), entry);
          return property(entry);
        },
      },
      { get: ["Count", "Item", "Add"] },
      this.counter
    );
  }

  private shapes(data: WpsSheetData) {
    const fake = this;
    return strict(
      "Shapes",
      {
        AddChart2(
          _style: number,
          type: number,
          left: number,
          top: number,
          width: number,
          height: number
        ) {
          const chart = {
            type,
            left,
            top,
            width,
            height,
            title: null as string | null,
            series: [] as WpsSheetDataSeries[],
          };
          data.charts.push(chart);
          return strict(
            "Shape",
            { Chart: fake.chart(data, chart) },
            { get: ["Chart"] },
            fake.counter
          );
        },
      },
      { get: ["AddChart2"] },
      this.counter
    );
  }

  private chart(data: WpsSheetData, chart: WpsSheetData["charts"][number]) {
    const fake = this;
    const rangeAddress = (r: WpsRange) => `${data.name}!${areaAddress(rangeArea(r))}`;
    return strict(
      "Chart",
      {
        get HasTitle() {
          return chart.title !== null;
        },
        set HasTitle(on: boolean) {
          chart.title = on ? (chart.title ?? "") : null;
        },
        ChartTitle: strict(
          "ChartTitle",
          {
            get Text() {
              return chart.title ?? "";
            },
            set Text(t: string) {
              chart.title = t;
            },
          },
          { get: ["Text"], set: ["Text"] },
          fake.counter
        ),
        SeriesCollection() {
          return strict(
            "SeriesCollection",
            {
              get Count() {
                return chart.series.length;
              },
              NewSeries() {
                const series = {
                  name: "",
                  type: chart.type,
                  values: null,
                  xValues: null,
                } as WpsSheetDataSeries;
                chart.series.push(series);
                return strict(
                  "Series",
                  {
                    get Name() {
                      return series.name;
                    },
                    set Name(n: string) {
                      series.name = n;
                    },
                    set Values(r: WpsRange) {
                      series.values = rangeAddress(r);
                    },
                    set XValues(r: WpsRange) {
                      series.xValues = rangeAddress(r);
                    },
                    get ChartType() {
                      return series.type;
                    },
                    set ChartType(t: number) {
                      series.type = t;
                    },
                  },
                  { get: ["Name", "ChartType"], set: ["Name", "Values", "XValues", "ChartType"] },
                  fake.counter
                );
              },
            },
            { get: ["Count", "NewSeries"] },
            fake.counter
          );
        },
      },
      { get: ["HasTitle", "ChartTitle", "SeriesCollection"], set: ["HasTitle"] },
      this.counter
    );
  }

  // ───────────────────────────── Range ─────────────────────────────

  range(data: WpsSheetData, area: MergedArea): WpsRange {
    const target = new FakeRange(this, data, area);
    const range = strict<WpsRange>("Range", target, RANGE_MEMBERS, this.counter);
    AREAS.set(range, area);
    return range;
  }

  /** What SpecialCells returns for several areas: only the members read on it are modelled. */
  multiAreaRange(areas: MergedArea[]): WpsRange {
    const fake = this;
    return strict<WpsRange>(
      "Range",
      {
        Address: () => fake.cutAddress(areas.map(absoluteAddress).join(",")),
        get Count() {
          if (fake.countsFirstAreaOnly) return cellCount(areas[0]);
          return areas.reduce((sum, area) => sum + cellCount(area), 0);
        },
      },
      { get: ["Address", "Count"] },
      this.counter
    );
  }

  cutAddress(address: string): string {
    return address.length > this.addressLimit ? address.slice(0, this.addressLimit) : address;
  }
}

/** Excel's Address(): "$B$3:$H$40", "$B$3", entire rows "$5:$9", entire columns "$C:$D". */
function absoluteAddress(area: MergedArea): string {
  if (area.left === 0 && area.right === MAX_COL) return `$${area.top + 1}:$${area.bottom + 1}`;
  const column = (c: number) => `$${columnLetters(c)}`;
  if (area.top === 0 && area.bottom === MAX_ROW)
    return `${column(area.left)}:${column(area.right)}`;
  const first = `${column(area.left)}$${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return first;
  return `${first}:${column(area.right)}$${area.bottom + 1}`;
}

function cellCount(area: MergedArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

/** Runs of consecutive indices in from..to that are not in `hidden`. */
function visibleRunsOf(hidden: ReadonlySet<number>, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = from; i <= to; i++) {
    if (hidden.has(i)) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

type WpsSheetDataSeries = WpsSheetData["charts"][number]["series"][number];

/** The area behind a fake range proxy (the chart records which ranges its series use). */
const AREAS = new WeakMap<object, MergedArea>();
function rangeArea(range: WpsRange): MergedArea {
  const area = AREAS.get(range);
  if (!area) throw new FakeWpsError("not a range of this workbook");
  return area;
}

const RANGE_MEMBERS = {
  get: [
    "Row",
    "Column",
    "Rows",
    "Columns",
    "Left",
    "Top",
    "Value2",
    "Formula",
    "NumberFormat",
    "MergeCells",
    "MergeArea",
    "Merge",
    "EntireRow",
    "EntireColumn",
    "Hidden",
    "SpecialCells",
    "Address",
    "Count",
    "Interior",
    "Font",
    "HorizontalAlignment",
    "VerticalAlignment",
    "WrapText",
    "ColumnWidth",
    "RowHeight",
    "Borders",
    "FormatConditions",
    "ClearContents",
    "Select",
  ],
  set: [
    "Value2",
    "NumberFormat",
    "Hidden",
    "HorizontalAlignment",
    "VerticalAlignment",
    "WrapText",
    "ColumnWidth",
    "RowHeight",
  ],
};

const DEFAULT_WIDTH = 8.38;
const DEFAULT_HEIGHT = 13.5;

class FakeRange {
  constructor(
    private readonly fake: FakeWps,
    private readonly data: WpsSheetData,
    private readonly area: MergedArea
  ) {}

  private get single(): boolean {
    return this.area.top === this.area.bottom && this.area.left === this.area.right;
  }

  private cells<T>(cell: (r: number, c: number) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: T[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(cell(r, c));
      rows.push(row);
    }
    return rows;
  }

  /** Reading a whole-sheet column or row block would be a million cells: the adapter never should. */
  private guardRead(): void {
    const cells = (this.area.bottom - this.area.top + 1) * (this.area.right - this.area.left + 1);
    if (cells > 2_000_000) throw new FakeWpsError(`reading ${cells} cells at once`);
  }

  private write(what: string): void {
    if (this.data.protectContents)
      throw new FakeWpsError(`sheet ${this.data.name} is protected (${what})`);
    if (!this.fake.sheets.includes(this.data)) throw new FakeWpsError("sheet was deleted");
    this.fake.noteWrite(this.area, what);
  }

  private format(property: string, value: unknown): void {
    this.write(property);
    this.data.formatWrites.push({ area: this.area, property, value });
  }

  private sameFormat(property: string, fallback: unknown): unknown {
    const values = new Set(
      this.cells((r, c) => this.data.formatOf(r, c, property) ?? fallback).flat()
    );
    return values.size === 1 ? [...values][0] : null;
  }

  get Row() {
    return this.area.top + 1;
  }
  get Column() {
    return this.area.left + 1;
  }
  get Rows() {
    return strict(
      "Rows",
      { Count: this.area.bottom - this.area.top + 1 },
      { get: ["Count"] },
      this.fake.counter
    );
  }
  get Columns() {
    return strict(
      "Columns",
      { Count: this.area.right - this.area.left + 1 },
      { get: ["Count"] },
      this.fake.counter
    );
  }
  get Left() {
    let left = 0;
    for (let c = 0; c < this.area.left; c++)
      left += (this.data.columnWidths.get(c) ?? DEFAULT_WIDTH) * 7;
    return left;
  }
  get Top() {
    let top = 0;
    for (let r = 0; r < this.area.top; r++) top += this.data.rowHeights.get(r) ?? DEFAULT_HEIGHT;
    return top;
  }

  get Value2(): unknown {
    this.guardRead();
    if (this.single) return this.data.value(this.area.top, this.area.left);
    return this.cells((r, c) => this.data.value(r, c));
  }
  set Value2(input: unknown) {
    this.write("Value2");
    if (!Array.isArray(input)) {
      this.cells((r, c) => this.data.setTyped(r, c, input));
      return;
    }
    const height = this.area.bottom - this.area.top + 1;
    const width = this.area.right - this.area.left + 1;
    if (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width))
      throw new FakeWpsError(`Value2: a ${height}×${width} range got an array of another shape`);
    this.cells((r, c) =>
      this.data.setTyped(r, c, (input as unknown[][])[r - this.area.top][c - this.area.left])
    );
  }

  get Formula(): unknown {
    this.guardRead();
    const text = (r: number, c: number) => {
      const f = this.data.formula(r, c);
      if (f !== undefined) return f;
      const v = this.data.value(r, c);
      return v === undefined ? "" : String(v);
    };
    if (this.single) return text(this.area.top, this.area.left);
    return this.cells(text);
  }

  get NumberFormat(): string | null {
    const formats = new Set(this.cells((r, c) => this.data.numberFormat(r, c)).flat());
    return formats.size === 1 ? [...formats][0] : null;
  }
  set NumberFormat(format: string | null) {
    if (typeof format !== "string")
      throw new FakeWpsError("NumberFormat takes one code for the range");
    this.write("NumberFormat");
    this.cells((r, c) => this.data.setNumberFormat(r, c, format));
  }

  get MergeCells(): boolean | null {
    const merged = new Set(this.cells((r, c) => this.data.mergeAt(r, c) !== null).flat());
    return merged.size === 1 ? [...merged][0] : null;
  }
  get MergeArea(): WpsRange {
    const m = this.data.mergeAt(this.area.top, this.area.left);
    return this.fake.range(
      this.data,
      m ?? { ...this.area, bottom: this.area.top, right: this.area.left }
    );
  }
  Merge(across?: boolean): void {
    if (across) throw new FakeWpsError("Merge(Across) is not used");
    this.write("Merge");
    const overlapping = this.data.merges.filter((m) => intersects(m, this.area));
    for (const m of overlapping) this.data.merges.splice(this.data.merges.indexOf(m), 1);
    if (!this.single) this.data.merges.push({ ...this.area });
  }

  get EntireRow(): WpsRange {
    return this.fake.range(this.data, { ...this.area, left: 0, right: MAX_COL });
  }
  get EntireColumn(): WpsRange {
    return this.fake.range(this.data, { ...this.area, top: 0, bottom: MAX_ROW });
  }
  get Hidden(): boolean | null {
    const rows = this.area.left === 0 && this.area.right === MAX_COL;
    const cols = this.area.top === 0 && this.area.bottom === MAX_ROW;
    if (!rows && !cols) throw new FakeWpsError("Hidden applies to entire rows or columns");
    const set = rows ? this.data.hiddenRows : this.data.hiddenColumns;
    const [from, to] = rows ? [this.area.top, this.area.bottom] : [this.area.left, this.area.right];
    let hidden = 0;
    for (const index of set) if (index >= from && index <= to) hidden++;
    return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
  }
  set Hidden(on: boolean | null) {
    const cols = this.area.top === 0 && this.area.bottom === MAX_ROW;
    if (!cols) throw new FakeWpsError("only columns are hidden by the adapter");
    this.write("Hidden");
    for (let c = this.area.left; c <= this.area.right; c++)
      if (on) this.data.hiddenColumns.add(c);
      else this.data.hiddenColumns.delete(c);
  }

  /**
   * Only xlCellTypeVisible (12). Areas as Excel lists them for one column or row: each run of
   * visible rows, and within it each run of visible columns.
   */
  SpecialCells(type: number): WpsRange {
    if (type !== 12) throw new FakeWpsError(`SpecialCells(${type}) is not modelled`);
    // COM's rule: on a single cell, SpecialCells searches the sheet's used range.
    const area = this.single ? this.data.usedArea() : this.area;
    const rows = area ? visibleRunsOf(this.data.hiddenRows, area.top, area.bottom) : [];
    const columns = area ? visibleRunsOf(this.data.hiddenColumns, area.left, area.right) : [];
    const areas = rows.flatMap(([top, bottom]) =>
      columns.map(([left, right]) => ({ top, left, bottom, right }))
    );
    if (areas.length === 0) throw new FakeWpsError("No cells were found.");
    if (areas.length > SPECIAL_CELLS_AREA_LIMIT) return this.fake.range(this.data, this.area);
    if (areas.length === 1) return this.fake.range(this.data, areas[0]);
    return this.fake.multiAreaRange(areas);
  }

  Address(): string {
    return this.fake.cutAddress(absoluteAddress(this.area));
  }

  get Count(): number {
    return cellCount(this.area);
  }

  get Interior() {
    const self = this;
    return strict(
      "Interior",
      {
        get Color() {
          return self.sameFormat("Interior.Color", 0xffffff) as number | null;
        },
        set Color(v: number | null) {
          self.format("Interior.Color", v);
        },
      },
      { get: ["Color"], set: ["Color"] },
      this.fake.counter
    );
  }

  get Font() {
    const self = this;
    const prop = (name: string, fallback: unknown) => ({
      get: () => self.sameFormat(`Font.${name}`, fallback),
      set: (v: unknown) => self.format(`Font.${name}`, v),
    });
    const font = Object.defineProperties(
      {},
      {
        Bold: { ...prop("Bold", false), enumerable: true },
        Size: { ...prop("Size", 11), enumerable: true },
        Name: { ...prop("Name", "宋体"), enumerable: true },
        Color: { ...prop("Color", 0), enumerable: true },
      }
    );
    const names = ["Bold", "Size", "Name", "Color"];
    return strict("Font", font, { get: names, set: names }, this.fake.counter);
  }

  get HorizontalAlignment() {
    return this.sameFormat("HorizontalAlignment", 1) as number;
  }
  set HorizontalAlignment(v: number) {
    this.format("HorizontalAlignment", v);
  }
  get VerticalAlignment() {
    return this.sameFormat("VerticalAlignment", -4107) as number;
  }
  set VerticalAlignment(v: number) {
    this.format("VerticalAlignment", v);
  }
  get WrapText() {
    return this.sameFormat("WrapText", false) as boolean;
  }
  set WrapText(v: boolean) {
    this.format("WrapText", v);
  }

  get ColumnWidth(): number {
    return this.data.columnWidths.get(this.area.left) ?? DEFAULT_WIDTH;
  }
  set ColumnWidth(width: number) {
    this.write("ColumnWidth");
    for (let c = this.area.left; c <= this.area.right; c++) this.data.columnWidths.set(c, width);
  }
  get RowHeight(): number {
    return this.data.rowHeights.get(this.area.top) ?? DEFAULT_HEIGHT;
  }
  set RowHeight(height: number) {
    this.write("RowHeight");
    for (let r = this.area.top; r <= this.area.bottom; r++) this.data.rowHeights.set(r, height);
  }

  get Borders() {
    const self = this;
    const names = ["LineStyle", "Weight", "Color"];
    const borders = Object.fromEntries(names.map((n) => [n, undefined]));
    return strict(
      "Borders",
      new Proxy(borders, {
        set(_t, prop, value) {
          self.format(`Borders.${String(prop)}`, value);
          return true;
        },
        get(_t, prop) {
          return self.sameFormat(`Borders.${String(prop)}`, null);
        },
      }),
      { get: names, set: names },
      this.fake.counter
    );
  }

  get FormatConditions() {
    const self = this;
    const { data, area, fake } = this;
    const mine = () => data.conditions.filter((f) => intersects(f.area, area));
    const condition = (entry: WpsSheetData["conditions"][number]) =>
      strict(
        "FormatCondition",
        {
          Formula1: entry.formula,
          Interior: strict(
            "Interior",
            {
              get Color() {
                return entry.fill;
              },
              set Color(v: number | null) {
                entry.fill = v;
              },
            },
            { get: ["Color"], set: ["Color"] },
            fake.counter
          ),
          Font: strict(
            "Font",
            {
              get Color() {
                return entry.font;
              },
              set Color(v: number | null) {
                entry.font = v;
              },
            },
            { get: ["Color"], set: ["Color"] },
            fake.counter
          ),
          Delete() {
            self.write("FormatCondition.Delete");
            data.conditions.splice(data.conditions.indexOf(entry), 1);
          },
        },
        { get: ["Formula1", "Interior", "Font", "Delete"] },
        fake.counter
      );
    return strict(
      "FormatConditions",
      {
        get Count() {
          return mine().length;
        },
        Item(index: number) {
          const entry = mine()[index - 1];
          if (!entry) throw new FakeWpsError(`FormatConditions.Item(${index}): none`);
          return condition(entry);
        },
        Add(type: number, _operator: unknown, formula: string) {
          if (type !== 2) throw new FakeWpsError("only xlExpression conditions are used");
          self.write("FormatConditions.Add");
          const entry = { area: { ...area }, formula, fill: null, font: null };
          data.conditions.push(entry);
          return condition(entry);
        },
      },
      { get: ["Count", "Item", "Add"] },
      fake.counter
    );
  }

  ClearContents(): void {
    this.write("ClearContents");
    this.cells((r, c) => this.data.setTyped(r, c, undefined));
  }

  Select(): void {
    if (this.fake.activeSheet !== this.data)
      throw new FakeWpsError("Select works on the active sheet only (activate it first)");
    this.fake.selection = { sheet: this.data.name, area: { ...this.area } };
  }
}
