/**
 * Excel object proxies of the fake host (the subset the adapter uses), each with the
 * requirement set ExcelApi 1.x of its members as @types/office-js tags them.
 */
import type { MergedArea } from "../../core/index";
import {
  MAX_COL,
  MAX_ROW,
  areaAddress,
  areaCells,
  parseAreaAddress,
  quoteSheetName,
} from "../../core/index";
import {
  type ContextLike,
  FakeClientObject,
  FakeRichApiError,
  type PropertySpec,
  Slot,
  clone,
  defineProperties,
  intersects,
  loadedNames,
} from "./client";
import { type FakeChart, type FakeConditionalFormat, FakeSheet, apiValue } from "./model";
import { FakePageLayoutProxy } from "./page-layout";

/** Workbook-level state the proxies need. */
export interface WorkbookState {
  sheets: FakeSheet[];
  activeSheetId: string;
  selection: { sheetId: string; address: string } | null;
  settings: Map<string, unknown>;
  /** Custom document properties, keyed by the lower-cased key (keys are case-insensitive). */
  customProperties: Map<string, { key: string; value: unknown }>;
  protected: boolean;
  nextId(prefix: string): string;
  cellReadLimit: number;
  /** Handlers added with worksheets.onActivated.add (ExcelApi 1.7). */
  activationHandlers: Set<ActivationHandler>;
}

export interface FakeWorksheetActivatedEventArgs {
  type: "WorksheetActivated";
  worksheetId: string;
}
export type ActivationHandler = (event: FakeWorksheetActivatedEventArgs) => Promise<unknown> | void;

/**
 * Makes a sheet the active one; like Excel, a change of sheet (by the user or by activate())
 * raises onActivated afterwards, asynchronously, for every handler added.
 */
export function setActiveSheet(state: WorkbookState, sheetId: string): void {
  if (state.activeSheetId === sheetId) return;
  state.activeSheetId = sheetId;
  // forEach, not a spread: the classic pane's harness runs this under IE11's built-ins.
  state.activationHandlers.forEach((handler) =>
    setTimeout(() => void handler({ type: "WorksheetActivated", worksheetId: sheetId }), 0)
  );
}

/** What onActivated.add returns: remove() takes the handler off at the next sync of `context`. */
export interface FakeEventHandlerResult {
  readonly context: ContextLike;
  remove(): void;
}

// ───────────────────────────── Worksheets ─────────────────────────────

export class FakeWorksheetCollection extends FakeClientObject<WorkbookState> {
  protected readonly properties = {};
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(
    context: ContextLike,
    private readonly state: WorkbookState
  ) {
    super(context, () => state, "worksheets");
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems)
      throw new FakeRichApiError("PropertyNotLoaded", "items not loaded", "worksheets.items");
    return this.loadedItems;
  }

  override load(argument?: Parameters<FakeClientObject<WorkbookState>["load"]>[0]): this {
    const names = loadedNames(argument).map((n) => n.replace(/^items\//, ""));
    this.context.queue({
      payload: { load: "worksheets", names },
      requires: 1,
      run: () => {
        const sheets = this.state.sheets.map((s) => this.byId(s.id));
        const loads = sheets.map((proxy, i) => {
          const response = Object.fromEntries(
            names.map((n) => [n, readSheetProperty(this.state.sheets[i], n, this.state)])
          );
          return { proxy, response };
        });
        return {
          response: loads.map((l) => l.response),
          commit: () => {
            for (const l of loads) l.proxy.publish(l.response);
            this.loadedItems = sheets;
          },
        };
      },
    });
    return this;
  }

  private byId(id: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.state,
      () => this.state.sheets.find((s) => s.id === id) ?? null,
      `worksheets('${id}')`
    );
  }

  private byKey(key: string, nullable: boolean): FakeWorksheet {
    const find = () =>
      this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === key.toLowerCase()) ??
      null;
    return new FakeWorksheet(
      this.context,
      this.state,
      find,
      `worksheets.getItem('${key}')`,
      nullable
    );
  }

  getItem(key: string): FakeWorksheet {
    return this.byKey(key, false);
  }

  /** worksheets.onActivated (ExcelApi 1.7): handlers are added and removed at sync. */
  get onActivated(): { add(handler: ActivationHandler): FakeEventHandlerResult } {
    const state = this.state;
    const context = this.context;
    return {
      add: (handler) => {
        context.queue({
          payload: { event: "worksheets.onActivated.add" },
          requires: 7,
          run: () => ({ commit: () => void state.activationHandlers.add(handler) }),
        });
        return {
          context,
          remove: () =>
            context.queue({
              payload: { event: "worksheets.onActivated.remove" },
              requires: 7,
              run: () => ({ commit: () => void state.activationHandlers.delete(handler) }),
            }),
        };
      },
    };
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.requireLater(4, "getItemOrNullObject");
    return this.byKey(key, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      this.state,
      () => this.state.sheets.find((s) => s.id === this.state.activeSheetId) ?? null,
      "activeWorksheet"
    );
  }

  add(name?: string): FakeWorksheet {
    const slot = new Slot<FakeSheet>();
    this.call("add", [name], 1, (state) => {
      if (state.protected)
        throw new FakeRichApiError("AccessDenied", "The workbook is protected.", "worksheets.add");
      const sheetName = name ?? `Sheet${state.sheets.length + 1}`;
      validateSheetName(sheetName, state);
      const sheet = new FakeSheet(state.nextId("sheet"), sheetName);
      state.sheets.push(sheet);
      slot.value = sheet;
    });
    return new FakeWorksheet(
      this.context,
      this.state,
      () => slot.get(),
      `worksheets.add('${name}')`
    );
  }

  /** Members above 1.1 on the collection are checked through a no-op queued operation. */
  private requireLater(minor: number, name: string): void {
    this.context.queue({
      payload: { call: `worksheets.${name}` },
      requires: minor,
      run: () => undefined,
    });
  }
}

function validateSheetName(name: string, state: WorkbookState): void {
  if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
    throw new FakeRichApiError("InvalidArgument", `Invalid sheet name '${name}'`, "worksheets.add");
  }
  if (state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    throw new FakeRichApiError(
      "ItemAlreadyExists",
      `A sheet named '${name}' already exists.`,
      "worksheets.add"
    );
  }
}

function readSheetProperty(sheet: FakeSheet, name: string, state: WorkbookState): unknown {
  switch (name) {
    case "name":
      return sheet.name;
    case "id":
      return sheet.id;
    case "position":
      return state.sheets.indexOf(sheet);
    case "visibility":
      return sheet.visibility;
    default:
      throw new FakeRichApiError("InvalidArgument", `Cannot load worksheet.${name}`);
  }
}

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly properties: Record<string, PropertySpec<FakeSheet>> = {
    name: { get: (s) => s.name, set: (s, v) => (s.name = String(v)) },
    id: { get: (s) => s.id },
    position: { get: (s) => this.state.sheets.indexOf(s) },
    visibility: { get: (s) => s.visibility },
  };

  constructor(
    context: ContextLike,
    private readonly state: WorkbookState,
    resolve: () => FakeSheet | null,
    path: string,
    nullable = false
  ) {
    super(context, resolve, path, nullable);
  }

  get protection(): FakeWorksheetProtection {
    return new FakeWorksheetProtection(this.context, this.resolveTarget, `${this.path}.protection`);
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.context, this.resolveTarget, `${this.path}.freezePanes`);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, this.resolveTarget, `${this.path}.charts`);
  }

  get pageLayout(): FakePageLayoutProxy {
    return new FakePageLayoutProxy(this.context, this.resolveTarget, `${this.path}.pageLayout`);
  }

  getRange(address?: string): FakeRange {
    const area = address
      ? parseAreaAddress(address)
      : { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
    return new FakeRange(
      this.context,
      this.state,
      () => {
        // Like Excel: an address beyond row 1,048,576 or column XFD is an invalid argument.
        if (area.bottom > MAX_ROW || area.right > MAX_COL)
          throw new FakeRichApiError("InvalidArgument", `Invalid range address ${address}`);
        return rangeOn(this.resolveTarget(), area);
      },
      `${this.path}.range(${address})`
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const resolve = () => {
      const sheet = this.resolveTarget();
      const area = sheet?.usedArea(Boolean(valuesOnly));
      return sheet && area ? { sheet, area } : null;
    };
    const range = new FakeRange(this.context, this.state, resolve, `${this.path}.usedRange`, true);
    range.requireAtSync(4);
    return range;
  }

  activate(): void {
    this.call("activate", [], 1, (sheet) => setActiveSheet(this.state, sheet.id));
  }

  delete(): void {
    this.call("delete", [], 1, (sheet) => {
      if (this.state.protected)
        throw new FakeRichApiError("AccessDenied", "The workbook is protected.", this.path);
      const visible = this.state.sheets.filter((s) => s.visibility === "Visible");
      if (visible.length === 1 && visible[0] === sheet)
        throw new FakeRichApiError("InvalidOperation", "Cannot delete the last visible sheet.");
      this.state.sheets.splice(this.state.sheets.indexOf(sheet), 1);
      if (this.state.activeSheetId === sheet.id) this.state.activeSheetId = this.state.sheets[0].id;
    });
  }
}
defineProperties(FakeWorksheet, ["name", "id", "position", "visibility"]);

function rangeOn(sheet: FakeSheet | null, area: MergedArea): RangeTarget | null {
  return sheet ? { sheet, area } : null;
}

class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected readonly properties: Record<string, PropertySpec<FakeSheet>> = {
    protected: { get: (s) => s.protected, requires: 2 },
  };
}
defineProperties(FakeWorksheetProtection, ["protected"]);

class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  protected readonly properties = {};
  freezeRows(count: number): void {
    this.call(
      "freezeRows",
      [count],
      7,
      (s) => (s.freeze = { rows: count, columns: s.freeze?.columns ?? 0 })
    );
  }
  freezeColumns(count: number): void {
    this.call(
      "freezeColumns",
      [count],
      7,
      (s) => (s.freeze = { rows: s.freeze?.rows ?? 0, columns: count })
    );
  }
  freezeAt(range: FakeRange | string): void {
    const area = typeof range === "string" ? parseAreaAddress(range) : null;
    this.call("freezeAt", [typeof range === "string" ? range : "range"], 7, (s) => {
      const a = area ?? (range as FakeRange).target().area;
      s.freeze = { rows: a.bottom + 1, columns: a.right + 1 };
    });
  }
}

export class FakeWorkbookProtection extends FakeClientObject<WorkbookState> {
  protected readonly properties: Record<string, PropertySpec<WorkbookState>> = {
    protected: { get: (w) => w.protected, requires: 7 },
  };
}
defineProperties(FakeWorkbookProtection, ["protected"]);

// ───────────────────────────── Ranges ─────────────────────────────

export interface RangeTarget {
  sheet: FakeSheet;
  area: MergedArea;
}

function mapCells<V>(t: RangeTarget, read: (row: number, col: number) => V, limit: number): V[][] {
  if (areaCells(t.area) > limit) {
    throw new FakeRichApiError(
      "ResponsePayloadSizeLimitExceeded",
      `Reading ${areaCells(t.area)} cells in one range exceeds the limit.`
    );
  }
  const rows: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

function writeCells(
  t: RangeTarget,
  input: unknown,
  apply: (row: number, col: number, value: unknown) => void
): void {
  guardProtected(t.sheet);
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  const grid = Array.isArray(input) ? (input as unknown[][]) : null;
  if (
    grid &&
    (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))
  ) {
    throw new FakeRichApiError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`
    );
  }
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++)
      apply(t.area.top + r, t.area.left + c, grid ? grid[r][c] : input);
}

function guardProtected(sheet: FakeSheet): void {
  if (sheet.protected)
    throw new FakeRichApiError(
      "AccessDenied",
      `The cell or chart you're trying to change is on a protected sheet.`,
      sheet.name
    );
}

/** true when every index is in the set, false when none, null when mixed (like Excel). */
function allOrNone(from: number, to: number, set: Set<number>): boolean | null {
  let hidden = 0;
  for (let i = from; i <= to; i++) if (set.has(i)) hidden++;
  return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly properties: Record<string, PropertySpec<RangeTarget>> = {
    address: { get: (t) => `${quoteSheetName(t.sheet.name)}!${areaAddress(t.area)}` },
    rowCount: { get: (t) => t.area.bottom - t.area.top + 1 },
    columnCount: { get: (t) => t.area.right - t.area.left + 1 },
    rowIndex: { get: (t) => t.area.top },
    columnIndex: { get: (t) => t.area.left },
    values: {
      get: (t) => mapCells(t, (r, c) => apiValue(t.sheet.getValue(r, c)), this.state.cellReadLimit),
      set: (t, v) => writeCells(t, v, (r, c, x) => t.sheet.setTyped(r, c, x)),
    },
    formulas: {
      get: (t) =>
        mapCells(
          t,
          (r, c) => t.sheet.getFormula(r, c) ?? apiValue(t.sheet.getValue(r, c)),
          this.state.cellReadLimit
        ),
      set: (t, v) => writeCells(t, v, (r, c, x) => t.sheet.setTyped(r, c, x)),
    },
    numberFormat: {
      get: (t) => mapCells(t, (r, c) => t.sheet.getNumberFormat(r, c), this.state.cellReadLimit),
      set: (t, v) => writeCells(t, v, (r, c, x) => t.sheet.setNumberFormat(r, c, x)),
    },
    rowHidden: {
      get: (t) => allOrNone(t.area.top, t.area.bottom, t.sheet.hiddenRows),
      requires: 2,
    },
    columnHidden: {
      get: (t) => allOrNone(t.area.left, t.area.right, t.sheet.hiddenColumns),
      set: (t, v) => {
        if (typeof v !== "boolean") throw new FakeRichApiError("InvalidArgument", "columnHidden");
        for (let c = t.area.left; c <= t.area.right; c++)
          if (v) t.sheet.hiddenColumns.add(c);
          else t.sheet.hiddenColumns.delete(c);
      },
      requires: 2,
    },
  };
  private minimumSet = 1;

  constructor(
    context: ContextLike,
    private readonly state: WorkbookState,
    resolve: () => RangeTarget | null,
    path: string,
    nullable = false
  ) {
    super(context, resolve, path, nullable);
  }

  /** Records that this range came from a member of a later set (checked at the next sync). */
  requireAtSync(minor: number): void {
    this.minimumSet = Math.max(this.minimumSet, minor);
    this.context.queue({ payload: { call: this.path }, requires: minor, run: () => undefined });
  }

  private derived(
    path: string,
    derive: (t: RangeTarget) => RangeTarget | null,
    nullable = false
  ): FakeRange {
    return new FakeRange(
      this.context,
      this.state,
      () => {
        const t = this.resolveTarget();
        return t ? derive(t) : null;
      },
      `${this.path}.${path}`,
      nullable
    );
  }

  getColumn(index: number): FakeRange {
    return this.derived(`getColumn(${index})`, (t) => ({
      sheet: t.sheet,
      area: { ...t.area, left: t.area.left + index, right: t.area.left + index },
    }));
  }

  getEntireRow(): FakeRange {
    return this.derived("getEntireRow()", (t) => ({
      sheet: t.sheet,
      area: { ...t.area, left: 0, right: 16383 },
    }));
  }

  getVisibleView(): FakeRangeView {
    this.requireAtSync(3);
    return new FakeRangeView(this.context, this.resolveTarget, `${this.path}.visibleView`);
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.requireAtSync(13);
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.resolveTarget();
        if (!t) return null;
        const merges = t.sheet.merges.filter((m) => intersects(m, t.area));
        if (merges.length > 512)
          throw new FakeRichApiError("GeneralException", "More than 512 merged areas.");
        return merges.length === 0 ? null : { sheet: t.sheet, areas: merges };
      },
      `${this.path}.mergedAreas`,
      true
    );
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this.resolveTarget, `${this.path}.format`, "");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(
      this.context,
      this.state,
      this.resolveTarget,
      `${this.path}.conditionalFormats`
    );
  }

  merge(across = false): void {
    this.call("merge", [across], 2, (t) => {
      guardProtected(t.sheet);
      if (t.sheet.merges.some((m) => intersects(m, t.area)))
        throw new FakeRichApiError("MergedRangeConflict", "Overlapping merge.");
      t.sheet.merges.push({ ...t.area });
    });
  }

  clear(applyTo = "All"): void {
    this.call("clear", [applyTo], 1, (t) => {
      guardProtected(t.sheet);
      if (applyTo === "All" || applyTo === "Contents") t.sheet.clearContents(t.area);
    });
  }

  select(): void {
    this.call("select", [], 1, (t) => {
      if (t.sheet.id !== this.state.activeSheetId)
        throw new FakeRichApiError("InvalidSelection", "Select on a sheet that is not active.");
      this.state.selection = { sheetId: t.sheet.id, address: areaAddress(t.area) };
    });
  }
}
defineProperties(FakeRange, [
  "address",
  "rowCount",
  "columnCount",
  "rowIndex",
  "columnIndex",
  "values",
  "formulas",
  "numberFormat",
  "rowHidden",
  "columnHidden",
]);

class FakeRangeView extends FakeClientObject<RangeTarget> {
  protected readonly properties: Record<string, PropertySpec<RangeTarget>> = {
    /** Addresses of the visible cells: rows and columns that are not hidden. */
    cellAddresses: {
      get: (t) => {
        const rows: string[][] = [];
        for (let r = t.area.top; r <= t.area.bottom; r++) {
          if (t.sheet.hiddenRows.has(r)) continue;
          const row: string[] = [];
          for (let c = t.area.left; c <= t.area.right; c++) {
            if (!t.sheet.hiddenColumns.has(c))
              row.push(
                `${quoteSheetName(t.sheet.name)}!${areaAddress({ top: r, left: c, bottom: r, right: c })}`
              );
          }
          if (row.length > 0) rows.push(row);
        }
        return rows;
      },
      requires: 3,
    },
    rowCount: {
      get: (t) =>
        t.area.bottom -
        t.area.top +
        1 -
        [...t.sheet.hiddenRows].filter((r) => r >= t.area.top && r <= t.area.bottom).length,
      requires: 3,
    },
  };
}
defineProperties(FakeRangeView, ["cellAddresses", "rowCount"]);

class FakeRangeAreas extends FakeClientObject<{ sheet: FakeSheet; areas: MergedArea[] }> {
  protected readonly properties: Record<
    string,
    PropertySpec<{ sheet: FakeSheet; areas: MergedArea[] }>
  > = {
    address: {
      get: (t) =>
        t.areas.map((a) => `${quoteSheetName(t.sheet.name)}!${areaAddress(a)}`).join(", "),
      requires: 9,
    },
    areaCount: { get: (t) => t.areas.length, requires: 9 },
  };
}
defineProperties(FakeRangeAreas, ["address", "areaCount"]);

/** Format, font, fill and border properties whose writes the fake records as they are. */
const RECORDED_FORMAT_PROPERTIES = [
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "bold",
  "size",
  "color",
  "name",
  "italic",
  "style",
  "weight",
];

/** Range formatting: every write is recorded once for the whole range (never split per cell). */
class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly properties: Record<string, PropertySpec<RangeTarget>>;

  constructor(
    context: ContextLike,
    resolve: () => RangeTarget | null,
    path: string,
    private readonly prefix: string
  ) {
    super(context, resolve, path);
    const record = (name: string) => (t: RangeTarget, value: unknown) => {
      guardProtected(t.sheet);
      t.sheet.formatWrites.push({ area: { ...t.area }, property: prefix + name, value });
    };
    this.properties = Object.fromEntries(
      RECORDED_FORMAT_PROPERTIES.map((n) => [n, { set: record(n) }])
    );
    this.properties.columnWidth = {
      set: (t, v) => {
        for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, Number(v));
      },
    };
    this.properties.rowHeight = {
      set: (t, v) => {
        for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.rowHeights.set(r, Number(v));
      },
    };
  }

  get font(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this.resolveTarget, `${this.path}.font`, "font.");
  }
  get fill(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, this.resolveTarget, `${this.path}.fill`, "fill.");
  }
  get borders(): { getItem(edge: string): FakeRangeFormat } {
    return {
      getItem: (edge: string) =>
        new FakeRangeFormat(
          this.context,
          this.resolveTarget,
          `${this.path}.borders('${edge}')`,
          `border.${edge}.`
        ),
    };
  }
}
defineProperties(FakeRangeFormat, [...RECORDED_FORMAT_PROPERTIES, "columnWidth", "rowHeight"]);

// ───────────────────────────── Conditional formats ─────────────────────────────

class FakeConditionalFormatCollection extends FakeClientObject<RangeTarget> {
  protected readonly properties = {};
  private loadedItems: FakeConditionalFormat_[] | null = null;

  constructor(
    context: ContextLike,
    private readonly state: WorkbookState,
    resolve: () => RangeTarget | null,
    path: string
  ) {
    super(context, resolve, path);
  }

  get items(): FakeConditionalFormat_[] {
    if (!this.loadedItems)
      throw new FakeRichApiError("PropertyNotLoaded", "items not loaded", `${this.path}.items`);
    return this.loadedItems;
  }

  add(type: string): FakeConditionalFormat_ {
    const slot = new Slot<FakeConditionalFormat>();
    this.call("add", [type], 6, (t) => {
      guardProtected(t.sheet);
      const format: FakeConditionalFormat = {
        id: this.state.nextId("cf"),
        area: { ...t.area },
        type,
        formula: null,
        fill: null,
        fontColor: null,
      };
      t.sheet.conditionalFormats.push(format);
      slot.value = format;
    });
    return new FakeConditionalFormat_(
      this.context,
      () => slot.get(),
      `${this.path}.add(${type})`,
      () => this.resolveTarget()?.sheet ?? null
    );
  }

  override load(argument?: Parameters<FakeClientObject<RangeTarget>["load"]>[0]): this {
    const names = loadedNames(argument).map((n) => n.replace(/^items\//, ""));
    this.context.queue({
      payload: { load: this.path, names },
      requires: 6,
      run: () => {
        const t = this.target();
        const formats = t.sheet.conditionalFormats.filter((f) => intersects(f.area, t.area));
        const proxies = formats.map(
          (f) =>
            new FakeConditionalFormat_(
              this.context,
              () => (t.sheet.conditionalFormats.includes(f) ? f : null),
              `cf('${f.id}')`,
              () => t.sheet
            )
        );
        const response = formats.map((f) =>
          Object.fromEntries(
            names.map((n) => [n, n === "type" ? f.type : n === "id" ? f.id : null])
          )
        );
        return {
          response,
          commit: () => {
            proxies.forEach((p, i) => p.publish(response[i]));
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }
}

class FakeConditionalFormat_ extends FakeClientObject<FakeConditionalFormat> {
  protected readonly properties: Record<string, PropertySpec<FakeConditionalFormat>> = {
    type: { get: (f) => f.type, requires: 6 },
    id: { get: (f) => f.id, requires: 6 },
  };

  constructor(
    context: ContextLike,
    resolve: () => FakeConditionalFormat | null,
    path: string,
    private readonly sheetOf: () => FakeSheet | null
  ) {
    super(context, resolve, path);
  }

  get custom(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(
      this.context,
      () => {
        const f = this.resolveTarget();
        if (f && f.type !== "Custom")
          throw new FakeRichApiError("InvalidOperation", "Not a custom conditional format.");
        return f;
      },
      `${this.path}.custom`
    );
  }

  getCustomOrNullObject(): FakeCustomConditionalFormat {
    return new FakeCustomConditionalFormat(
      this.context,
      () => {
        const f = this.resolveTarget();
        return f && f.type === "Custom" ? f : null;
      },
      `${this.path}.customOrNull`,
      true
    );
  }

  delete(): void {
    this.call("delete", [], 6, (f) => {
      const sheet = this.sheetOf();
      if (!sheet) throw new FakeRichApiError("ItemNotFound", "sheet");
      guardProtected(sheet);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(f), 1);
    });
  }
}
defineProperties(FakeConditionalFormat_, ["type", "id"]);

class FakeCustomConditionalFormat extends FakeClientObject<FakeConditionalFormat> {
  protected readonly properties = {};
  get rule(): FakeConditionalRule {
    return new FakeConditionalRule(this.context, this.resolveTarget, `${this.path}.rule`);
  }
  get format(): { fill: FakeConditionalColor; font: FakeConditionalColor } {
    return {
      fill: new FakeConditionalColor(
        this.context,
        this.resolveTarget,
        `${this.path}.format.fill`,
        "fill"
      ),
      font: new FakeConditionalColor(
        this.context,
        this.resolveTarget,
        `${this.path}.format.font`,
        "fontColor"
      ),
    };
  }
}

class FakeConditionalRule extends FakeClientObject<FakeConditionalFormat> {
  protected readonly properties: Record<string, PropertySpec<FakeConditionalFormat>> = {
    formula: { get: (f) => f.formula, set: (f, v) => (f.formula = String(v)), requires: 6 },
  };
}
defineProperties(FakeConditionalRule, ["formula"]);

class FakeConditionalColor extends FakeClientObject<FakeConditionalFormat> {
  protected readonly properties: Record<string, PropertySpec<FakeConditionalFormat>>;
  constructor(
    context: ContextLike,
    resolve: () => FakeConditionalFormat | null,
    path: string,
    field: "fill" | "fontColor"
  ) {
    super(context, resolve, path);
    this.properties = {
      color: { get: (f) => f[field], set: (f, v) => (f[field] = String(v)), requires: 6 },
    };
  }
}
defineProperties(FakeConditionalColor, ["color"]);

// ───────────────────────────── Charts ─────────────────────────────

class FakeChartCollection extends FakeClientObject<FakeSheet> {
  protected readonly properties = {};
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    const slot = new Slot<FakeChart>();
    this.call("add", [type, "range", seriesBy], 1, (sheet) => {
      guardProtected(sheet);
      const area = source.target().area;
      const chart: FakeChart = {
        id: `chart${sheet.charts.length + 1}`,
        type,
        source: areaAddress(area),
        title: null,
        position: null,
        series: [],
      };
      for (let c = area.left; c <= area.right; c++) {
        chart.series.push({
          name: `Series${chart.series.length + 1}`,
          chartType: null,
          values: areaAddress({ ...area, left: c, right: c }),
          xValues: null,
        });
      }
      sheet.charts.push(chart);
      slot.value = chart;
    });
    return new FakeChartProxy(this.context, () => slot.get(), `${this.path}.add`);
  }
}

class FakeChartProxy extends FakeClientObject<FakeChart> {
  protected readonly properties: Record<string, PropertySpec<FakeChart>> = {
    name: { get: (c) => c.id },
  };
  get title(): FakeChartTitle {
    return new FakeChartTitle(this.context, this.resolveTarget, `${this.path}.title`);
  }
  get series(): FakeSeriesCollection {
    return new FakeSeriesCollection(this.context, this.resolveTarget, `${this.path}.series`);
  }
  setPosition(from: string | FakeRange, to?: string | FakeRange): void {
    const text = (x: string | FakeRange | undefined) =>
      x === undefined ? null : typeof x === "string" ? x : areaAddress(x.target().area);
    this.call(
      "setPosition",
      [typeof from === "string" ? from : "range"],
      1,
      (c) => (c.position = { from: text(from) as string, to: text(to) })
    );
  }
}
defineProperties(FakeChartProxy, ["name"]);

class FakeChartTitle extends FakeClientObject<FakeChart> {
  protected readonly properties: Record<string, PropertySpec<FakeChart>> = {
    text: { get: (c) => c.title, set: (c, v) => (c.title = String(v)) },
  };
}
defineProperties(FakeChartTitle, ["text"]);

class FakeSeriesCollection extends FakeClientObject<FakeChart> {
  protected readonly properties = {};
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(
      this.context,
      () => {
        const chart = this.resolveTarget();
        return chart && chart.series[index] ? { chart, index } : null;
      },
      `${this.path}.getItemAt(${index})`
    );
  }
  add(name?: string): FakeSeries {
    const slot = new Slot<{ chart: FakeChart; index: number }>();
    this.call("add", [name], 7, (chart) => {
      chart.series.push({
        name: name ?? `Series${chart.series.length + 1}`,
        chartType: null,
        values: null,
        xValues: null,
      });
      slot.value = { chart, index: chart.series.length - 1 };
    });
    return new FakeSeries(this.context, () => slot.get(), `${this.path}.add`);
  }
}

class FakeSeries extends FakeClientObject<{ chart: FakeChart; index: number }> {
  protected readonly properties: Record<string, PropertySpec<{ chart: FakeChart; index: number }>> =
    {
      name: {
        get: (s) => s.chart.series[s.index].name,
        set: (s, v) => (s.chart.series[s.index].name = String(v)),
      },
      chartType: {
        get: (s) => s.chart.series[s.index].chartType,
        set: (s, v) => (s.chart.series[s.index].chartType = String(v)),
        requires: 7,
      },
    };
  setValues(source: FakeRange): void {
    this.call(
      "setValues",
      ["range"],
      7,
      (s) => (s.chart.series[s.index].values = areaAddress(source.target().area))
    );
  }
  setXAxisValues(source: FakeRange): void {
    this.call(
      "setXAxisValues",
      ["range"],
      7,
      (s) => (s.chart.series[s.index].xValues = areaAddress(source.target().area))
    );
  }
}
defineProperties(FakeSeries, ["name", "chartType"]);

// ───────────────────────────── Settings ─────────────────────────────

export class FakeSettingCollection extends FakeClientObject<WorkbookState> {
  protected readonly properties = {};
  add(key: string, value: unknown): FakeSetting {
    const stored = clone(value);
    this.call("add", [key, value], 4, (state) => state.settings.set(key, stored));
    return new FakeSetting(
      this.context,
      () =>
        this.resolveTarget()?.settings.has(key)
          ? { state: this.resolveTarget() as WorkbookState, key }
          : null,
      `settings('${key}')`
    );
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      () => {
        const state = this.resolveTarget();
        return state && state.settings.has(key) ? { state, key } : null;
      },
      `settings.getItemOrNullObject('${key}')`,
      true
    );
  }
}

class FakeSetting extends FakeClientObject<{ state: WorkbookState; key: string }> {
  protected readonly properties: Record<
    string,
    PropertySpec<{ state: WorkbookState; key: string }>
  > = {
    key: { get: (s) => s.key, requires: 4 },
    value: {
      get: (s) => s.state.settings.get(s.key),
      set: (s, v) => s.state.settings.set(s.key, clone(v)),
      requires: 4,
    },
  };
  delete(): void {
    this.call("delete", [], 4, (s) => s.state.settings.delete(s.key));
  }
}
defineProperties(FakeSetting, ["key", "value"]);

// ───────────────────────────── Document properties (ExcelApi 1.7) ─────────────────────────────

export class FakeDocumentProperties extends FakeClientObject<WorkbookState> {
  protected readonly properties = {};
  get custom(): FakeCustomPropertyCollection {
    return new FakeCustomPropertyCollection(
      this.context,
      this.resolveTarget,
      `${this.path}.custom`
    );
  }
}

type CustomTarget = { state: WorkbookState; id: string };

class FakeCustomPropertyCollection extends FakeClientObject<WorkbookState> {
  protected readonly properties = {};
  private loadedItems: FakeCustomProperty[] | null = null;

  get items(): FakeCustomProperty[] {
    if (!this.loadedItems)
      throw new FakeRichApiError("PropertyNotLoaded", "items not loaded", `${this.path}.items`);
    return this.loadedItems;
  }

  override load(argument?: Parameters<FakeClientObject<WorkbookState>["load"]>[0]): this {
    const names = loadedNames(argument).map((n) => n.replace(/^items\//, ""));
    this.context.queue({
      payload: { load: this.path, names },
      requires: 7,
      run: () => {
        const state = this.target();
        const entries = [...state.customProperties.entries()];
        const proxies = entries.map(([id]) => this.item(state, id));
        const response = entries.map(([, p]) =>
          Object.fromEntries(names.map((n) => [n, customField(p, n)]))
        );
        return {
          response,
          commit: () => {
            proxies.forEach((proxy, i) => proxy.publish(response[i]));
            this.loadedItems = proxies;
          },
        };
      },
    });
    return this;
  }

  private item(state: WorkbookState, id: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.context,
      () => (state.customProperties.has(id) ? { state, id } : null),
      `${this.path}('${id}')`
    );
  }

  /** Creates a property or sets the value of an existing one (keys compare case-insensitively). */
  add(key: string, value: unknown): FakeCustomProperty {
    const id = key.toLowerCase();
    this.call("add", [key, value], 7, (state) => {
      if (key.length > 255 || String(value).length > 255)
        throw new FakeRichApiError(
          "InvalidArgument",
          "Custom property key or value over 255 characters."
        );
      state.customProperties.set(id, { key, value: clone(value) });
    });
    return new FakeCustomProperty(
      this.context,
      () => {
        const state = this.resolveTarget();
        return state && state.customProperties.has(id) ? { state, id } : null;
      },
      `${this.path}.add('${key}')`
    );
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    const id = key.toLowerCase();
    return new FakeCustomProperty(
      this.context,
      () => {
        const state = this.resolveTarget();
        return state && state.customProperties.has(id) ? { state, id } : null;
      },
      `${this.path}.getItemOrNullObject('${key}')`,
      true
    );
  }
}

function customField(p: { key: string; value: unknown }, name: string): unknown {
  if (name === "key") return p.key;
  if (name === "value") return p.value;
  if (name === "type")
    return typeof p.value === "number"
      ? "Number"
      : typeof p.value === "boolean"
        ? "Boolean"
        : "String";
  throw new FakeRichApiError("InvalidArgument", `Cannot load customProperty.${name}`);
}

class FakeCustomProperty extends FakeClientObject<CustomTarget> {
  protected readonly properties: Record<string, PropertySpec<CustomTarget>> = {
    key: { get: (t) => t.state.customProperties.get(t.id)?.key, requires: 7 },
    type: { get: (t) => customField(t.state.customProperties.get(t.id)!, "type"), requires: 7 },
    value: {
      get: (t) => t.state.customProperties.get(t.id)?.value,
      set: (t, v) => {
        const p = t.state.customProperties.get(t.id);
        if (p) p.value = clone(v);
      },
      requires: 7,
    },
  };
  delete(): void {
    this.call("delete", [], 7, (t) => t.state.customProperties.delete(t.id));
  }
}
defineProperties(FakeCustomProperty, ["key", "type", "value"]);
