/**
 * A worksheet part (xl/worksheets/sheetN.xml) → SheetCells, in one pass over the XML: each cell's
 * value as Excel hands it to the add-in (the cached result of a formula, text as text, errors as
 * "#N/A", ISO dates as serial numbers), its number format and formula, hidden rows and merges.
 * Everything else in the part (dimension, validations, conditional formats, …) is skipped unread,
 * so no declared range ever costs anything.
 */
import type { CellValue } from "../../core/types";
import { decodeOoxmlEscapes, isTrue } from "./ooxml-text";
import { slideFormula } from "./shared-formula";
import { MAX_ROWS, SheetCells, type SheetState, parseCellRef, parseRangeRef } from "./sheet-cells";
import type { CellStyles } from "./styles-xml";
import { type XmlAttributes, XmlError, type XmlHandler, scanXmlBytes } from "./xml-scan";

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

class SheetHandler implements XmlHandler {
  wantsText = false;
  readonly cells: SheetCells;
  private inSheetData = false;
  private row = 0;
  private rowHasRef = false;
  private cellsInRow = 0;
  private col = 0;
  private readonly ref = { row: 0, col: 0 };
  // The cell being read.
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private style = 0;
  private type: string | null = null;
  private collecting = NONE;
  private value: string | null = null;
  private formula: string | null = null;
  private formulaType: string | null = null;
  private formulaShared: string | null = null;
  private formulaRef: string | null = null;
  private inline: string | null = null;
  private inInline = false;
  private phonetic = 0;
  private readonly masters = new Map<string, SharedMaster>();

  constructor(
    name: string,
    state: SheetState,
    private readonly context: SheetContext
  ) {
    this.cells = new SheetCells(name, state);
  }

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, attributes, selfClosing);
      return;
    }
    if (!this.inSheetData) {
      if (name === "sheetData") this.inSheetData = !selfClosing;
      else if (name === "mergeCell") {
        const area = parseRangeRef(attributes.get("ref") ?? "");
        if (area) this.cells.merges.push(area);
      }
      return;
    }
    if (name === "row") this.openRow(attributes);
    else if (name === "c") this.openCell(attributes, selfClosing);
  }

  private openRow(attributes: XmlAttributes): void {
    const r = attributes.get("r");
    this.rowHasRef = r !== null;
    const row = r === null ? this.row + 1 : Number(r);
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new XmlError("bad row number");
    this.row = row;
    this.col = 0;
    this.cellsInRow = 0;
    if (isTrue(attributes.get("hidden"))) this.cells.hiddenRows.push(row);
  }

  private openCell(attributes: XmlAttributes, selfClosing: boolean): void {
    const r = attributes.get("r");
    if (r !== null) {
      if (!parseCellRef(r, this.ref)) throw new XmlError("bad cell reference");
      // A row written without its number takes it from its first cell.
      if (!this.rowHasRef && this.cellsInRow === 0) this.row = this.ref.row;
      this.col = this.ref.col;
    } else this.col++;
    if (this.row === 0) this.row = 1; // cells outside any <row>
    this.cellsInRow++;
    this.cellRow = this.row;
    this.cellCol = this.col;
    const s = attributes.get("s");
    this.style = s === null ? 0 : Number(s);
    this.type = attributes.get("t");
    this.value = null;
    this.formula = null;
    this.formulaType = null;
    this.formulaShared = null;
    this.formulaRef = null;
    this.inline = null;
    this.inInline = false;
    this.phonetic = 0;
    if (selfClosing) this.cells.touch(this.cellRow, this.cellCol);
    else this.inCell = true;
  }

  private openInCell(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    switch (name) {
      case "v":
        this.collect(VALUE, selfClosing);
        break;
      case "f":
        this.formulaType = attributes.get("t");
        this.formulaShared = attributes.get("si");
        this.formulaRef = attributes.get("ref");
        this.collect(FORMULA, selfClosing);
        break;
      case "is":
        this.inInline = !selfClosing;
        if (this.inline === null) this.inline = "";
        break;
      case "rPh":
        if (!selfClosing) this.phonetic++;
        break;
      case "t":
        if (this.inInline && this.phonetic === 0) this.collect(INLINE, selfClosing);
        break;
      default:
        break;
    }
  }

  private collect(what: number, selfClosing: boolean): void {
    if (selfClosing) return;
    this.collecting = what;
    this.wantsText = true;
  }

  text(value: string): void {
    switch (this.collecting) {
      case VALUE:
        this.value = this.value === null ? value : this.value + value;
        break;
      case FORMULA:
        this.formula = this.formula === null ? value : this.formula + value;
        break;
      case INLINE:
        this.inline += value;
        break;
      default:
        break;
    }
  }

  close(name: string): void {
    if (!this.inCell) {
      if (name === "sheetData") this.inSheetData = false;
      return;
    }
    switch (name) {
      case "v":
      case "f":
      case "t":
        this.collecting = NONE;
        this.wantsText = false;
        break;
      case "is":
        this.inInline = false;
        break;
      case "rPh":
        this.phonetic--;
        break;
      case "c":
        this.inCell = false;
        this.collecting = NONE;
        this.wantsText = false;
        this.finishCell();
        break;
      default:
        break;
    }
  }

  private finishCell(): void {
    const { cellRow: row, cellCol: col } = this;
    this.cells.touch(row, col);
    const isFormula = (this.formula !== null && this.formula !== "") || this.formulaType !== null;
    const formula = isFormula ? this.formulaText(row, col) : null;
    const value = this.cellValue();
    if (value === null && formula === null) return;
    this.cells.add(row, col, value, this.context.styles.format(this.style), formula);
  }

  /** "=…" for a cell with a formula: its own text, or its shared formula's moved to it. */
  private formulaText(row: number, col: number): string | null {
    const own = this.formula;
    if (this.formulaType === "shared" && this.formulaShared !== null) {
      if (this.formulaRef !== null && own) {
        this.masters.set(this.formulaShared, { formula: own, row, col });
      } else if (!own) {
        const master = this.masters.get(this.formulaShared);
        return master ? `=${slideFormula(master.formula, master, { row, col })}` : null;
      }
    }
    return own ? `=${own}` : null;
  }

  /** The value Excel shows: a formula's cached result, a constant, or null. */
  private cellValue(): CellValue {
    const type = this.type;
    if (type === "inlineStr" || (type === null && this.inline !== null))
      return nonEmpty(decodeOoxmlEscapes(this.inline ?? this.value ?? ""));
    const raw = this.value;
    if (raw === null || raw === "") return null;
    switch (type) {
      case "s": {
        const text = this.context.sharedStrings[Number.parseInt(raw, 10)];
        return text === undefined ? null : nonEmpty(text);
      }
      case "str":
        return nonEmpty(decodeOoxmlEscapes(raw));
      case "b":
        return raw === "true" || (raw !== "false" && Number.parseInt(raw, 10) !== 0);
      case "e":
        return raw;
      case "d":
        return isoDateSerial(raw, this.context.date1904) ?? raw;
      default:
        return Number.parseFloat(raw);
    }
  }
}

function nonEmpty(text: string): string | null {
  return text === "" ? null : text;
}

const MS_PER_DAY = 86_400_000;
/** 1899-12-30, day 0 of Excel's 1900 date system (as Excel counts from March 1900 on). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const DATE1904_OFFSET = 1462;
const ISO_DATE =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

/** An ISO 8601 date cell (t="d") as the serial number Excel stores for it; null if not one. */
export function isoDateSerial(text: string, date1904: boolean): number | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = m;
  const ms =
    Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + Number(s) * 1000;
  if (!Number.isFinite(ms)) return null;
  const serial = (ms - EPOCH_1900) / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
  return Math.round(serial * 1e9) / 1e9;
}

export function scanSheet(
  bytes: Uint8Array,
  name: string,
  state: SheetState,
  context: SheetContext
): SheetCells {
  const handler = new SheetHandler(name, state, context);
  scanXmlBytes(bytes, handler);
  return handler.cells;
}
