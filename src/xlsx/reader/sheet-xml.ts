/**
 * A worksheet part (xl/worksheets/sheetN.xml) → SheetCells, in one pass over the XML: each cell's
 * value as Excel hands it to the add-in (the cached result of a formula, text as text, errors as
 * "#N/A", ISO dates as serial numbers), its number format and formula, hidden rows and merges.
 * The rows and cells (nearly all of the part) are read by a scanner made for them; everything
 * else but the merges (dimension, validations, conditional formats, …) is skipped unread, so no
 * declared range ever costs anything.
 */
import type { CellValue } from "../../core/index";
import { decodeOoxmlEscapes } from "./ooxml-text";
import { slideFormula } from "./shared-formula";
import {
  MAX_ROWS,
  SheetCells,
  type SheetState,
  parseCellRefIn,
  parseRangeRef,
} from "./sheet-cells";
import type { CellStyles } from "./styles-xml";
import {
  type RawScan,
  XmlAttributes,
  XmlError,
  type XmlHandler,
  scanXmlBytes,
  textBetween,
} from "./xml-scan";

export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

// Cell types (the t attribute).
const NUMBER = 0;
const SHARED = 1;
const STRING = 2;
const INLINE = 3;
const BOOLEAN = 4;
const ERROR = 5;
const DATE = 6;

const SPACE = 32;
const GT = 62;
const SLASH = 47;

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

/** Element names as this part spells them (with the prefix its sheetData has, if any). */
interface Names {
  prefix: string;
  valueOpen: string;
  rowClose: string;
  cellClose: string;
  valueClose: string;
  formulaClose: string;
  inlineClose: string;
  textClose: string;
  phoneticClose: string;
}

function namesWith(prefix: string): Names {
  return {
    prefix,
    valueOpen: `<${prefix}v>`,
    rowClose: `</${prefix}row>`,
    cellClose: `</${prefix}c>`,
    valueClose: `</${prefix}v>`,
    formulaClose: `</${prefix}f>`,
    inlineClose: `</${prefix}is>`,
    textClose: `</${prefix}t>`,
    phoneticClose: `</${prefix}rPh>`,
  };
}

class SheetReader implements XmlHandler {
  wantsText = false;
  raw: RawScan | null = null;
  readonly cells: SheetCells;
  private names: Names | null = null;
  private readonly attributes = new XmlAttributes();
  private readonly ref = { row: 0, col: 0 };
  private row = 0;
  private rowHasRef = false;
  private cellsInRow = 0;
  private col = 0;
  private readonly masters = new Map<string, SharedMaster>();

  constructor(
    name: string,
    state: SheetState,
    private readonly context: SheetContext
  ) {
    this.cells = new SheetCells(name, state);
  }

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    if (name === "sheetData" && !selfClosing) {
      this.names = null;
      this.raw = this.scanSheetData;
    } else if (name === "mergeCell") {
      const area = parseRangeRef(attributes.get("ref") ?? "");
      if (area) this.cells.merges.push(area);
    }
  }

  close(): void {}

  text(): void {}

  /** The content of <sheetData>: rows and cells, up to and including </sheetData>. */
  private readonly scanSheetData: RawScan = (src, pos, final) => {
    const names = (this.names ??= namesWith(prefixOfTagBefore(src, pos)));
    const { prefix } = names;
    const length = src.length;
    for (;;) {
      const lt = src.indexOf("<", pos);
      if (lt < 0) return length; // whitespace between rows
      let at = lt + 1;
      const closing = src.charCodeAt(at) === SLASH;
      if (closing) at++;
      if (prefix !== "" && !src.startsWith(prefix, at)) {
        pos = this.skipMarkup(src, lt, final);
        if (pos < 0) return lt;
        continue;
      }
      at += prefix.length;
      const nameEnd = nameEndAt(src, at);
      if (nameEnd < 0) return this.cut(lt, final);
      const name = src.slice(at, nameEnd);
      if (closing) {
        const gt = src.indexOf(">", nameEnd);
        if (gt < 0) return this.cut(lt, final);
        pos = gt + 1;
        if (name === "sheetData") {
          this.raw = null;
          return pos;
        }
        continue;
      }
      let end: number;
      if (name === "c") end = this.readCell(src, nameEnd, names);
      else if (name === "row") end = this.readRow(src, nameEnd);
      else end = this.skipMarkup(src, lt, final);
      if (end < 0) return this.cut(lt, final);
      pos = end;
    }
  };

  /** Where to resume when the text ends inside an element: there, or an error at the very end. */
  private cut(at: number, final: boolean): number {
    if (final) throw new XmlError("the sheet ends inside a cell");
    return at;
  }

  /** Skips a comment, processing instruction or unknown tag; -1 when cut. */
  private skipMarkup(src: string, lt: number, final: boolean): number {
    const terminator = src.startsWith("<!--", lt) ? "-->" : src.startsWith("<?", lt) ? "?>" : ">";
    const end = src.indexOf(terminator, lt + 1);
    if (end < 0) return final ? this.cut(lt, final) : -1;
    return end + terminator.length;
  }

  private readRow(src: string, nameEnd: number): number {
    const attributes = this.attributes;
    const end = attributes.parse(src, nameEnd);
    if (end < 0) return -1;
    const r = attributes.find("r");
    this.rowHasRef = r >= 0;
    const row =
      r >= 0 ? numberIn(src, attributes.valueStart(r), attributes.valueEnd(r)) : this.row + 1;
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new XmlError("bad row number");
    this.row = row;
    this.col = 0;
    this.cellsInRow = 0;
    const hidden = attributes.get("hidden");
    if (hidden === "1" || hidden === "true") this.cells.hiddenRows.push(row);
    return end;
  }

  /** One <c> element (complete, or -1 to wait for more text). */
  private readCell(src: string, nameEnd: number, names: Names): number {
    const attributes = this.attributes;
    const tagEnd = attributes.parse(src, nameEnd);
    if (tagEnd < 0) return -1;
    const selfClosing = attributes.selfClosing;
    // The usual cell is <c …><v>text</v></c>: found with two searches.
    let simpleValue: string | null = null;
    let bodyEnd = -1;
    if (!selfClosing && src.startsWith(names.valueOpen, tagEnd)) {
      const valueStart = tagEnd + names.valueOpen.length;
      const valueEnd = src.indexOf("<", valueStart);
      if (
        valueEnd >= 0 &&
        src.startsWith(names.valueClose, valueEnd) &&
        src.startsWith(names.cellClose, valueEnd + names.valueClose.length)
      ) {
        simpleValue = src.slice(valueStart, valueEnd);
        if (simpleValue.indexOf("&") >= 0)
          simpleValue = textBetween(simpleValue, 0, simpleValue.length);
        bodyEnd = valueEnd + names.valueClose.length;
      }
    }
    if (bodyEnd < 0) bodyEnd = selfClosing ? tagEnd : src.indexOf(names.cellClose, tagEnd);
    if (bodyEnd < 0) return -1;
    // Position, style and type, from the attributes.
    const r = attributes.find("r");
    if (r >= 0) {
      if (!parseCellRefIn(src, attributes.valueStart(r), attributes.valueEnd(r), this.ref))
        throw new XmlError("bad cell reference");
      // A row written without its number takes it from its first cell.
      if (!this.rowHasRef && this.cellsInRow === 0) this.row = this.ref.row;
      this.col = this.ref.col;
    } else this.col++;
    if (this.row === 0) this.row = 1; // cells outside any <row>
    this.cellsInRow++;
    const row = this.row;
    const col = this.col;
    this.cells.touch(row, col);
    const s = attributes.find("s");
    const style = s >= 0 ? numberIn(src, attributes.valueStart(s), attributes.valueEnd(s)) : 0;
    const t = attributes.find("t");
    const type = t >= 0 ? cellType(src, attributes.valueStart(t), attributes.valueEnd(t)) : NUMBER;
    if (selfClosing) return tagEnd;
    if (simpleValue !== null) {
      const value = this.cellValue(type, simpleValue, null);
      if (value !== null) this.cells.add(row, col, value, this.context.styles.format(style), null);
      return bodyEnd + names.cellClose.length;
    }

    // The content: <v>, <f>, <is>.
    let value: string | null = null;
    let formula: string | null = null;
    let formulaType: string | null = null;
    let formulaShared: string | null = null;
    let formulaRef: string | null = null;
    let inline: string | null = null;
    const prefixLength = names.prefix.length;
    for (let at = src.indexOf("<", tagEnd); at >= 0 && at < bodyEnd; at = src.indexOf("<", at)) {
      if (prefixLength > 0 && !src.startsWith(names.prefix, at + 1)) {
        at++;
        continue;
      }
      const nameStart = at + 1 + prefixLength;
      const childEnd = nameEndAt(src, nameStart);
      const child = childEnd < 0 ? "" : src.slice(nameStart, childEnd);
      if (child === "v" || child === "f" || child === "is") {
        const openEnd = attributes.parse(src, childEnd);
        if (openEnd < 0 || openEnd > bodyEnd) throw new XmlError("malformed cell");
        if (child === "f") {
          formulaType = attributes.get("t");
          formulaShared = attributes.get("si");
          formulaRef = attributes.get("ref");
        }
        if (attributes.selfClosing) {
          if (child === "is") inline ??= "";
          at = openEnd;
          continue;
        }
        const close =
          child === "v" ? names.valueClose : child === "f" ? names.formulaClose : names.inlineClose;
        const closeAt = src.indexOf(close, openEnd);
        if (closeAt < 0 || closeAt > bodyEnd) throw new XmlError("malformed cell");
        if (child === "v") value = (value ?? "") + textBetween(src, openEnd, closeAt);
        else if (child === "f") formula = (formula ?? "") + textBetween(src, openEnd, closeAt);
        else inline = (inline ?? "") + inlineText(src, openEnd, closeAt, names);
        at = closeAt + close.length;
      } else {
        const gt = src.indexOf(">", at);
        if (gt < 0 || gt > bodyEnd) throw new XmlError("malformed cell");
        at = gt + 1;
      }
    }

    const isFormula = (formula !== null && formula !== "") || formulaType !== null;
    const formulaText = isFormula
      ? this.formulaText(row, col, formula, formulaType, formulaShared, formulaRef)
      : null;
    const cellValue = this.cellValue(type, value, inline);
    if (cellValue !== null || formulaText !== null)
      this.cells.add(row, col, cellValue, this.context.styles.format(style), formulaText);
    return bodyEnd + names.cellClose.length;
  }

  /** "=…" for a cell with a formula: its own text, or its shared formula's moved to it. */
  private formulaText(
    row: number,
    col: number,
    own: string | null,
    type: string | null,
    shared: string | null,
    ref: string | null
  ): string | null {
    if (type === "shared" && shared !== null) {
      if (ref !== null && own) this.masters.set(shared, { formula: own, row, col });
      else if (!own) {
        const master = this.masters.get(shared);
        return master ? `=${slideFormula(master.formula, master, { row, col })}` : null;
      }
    }
    return own ? `=${own}` : null;
  }

  /** The value Excel shows: a formula's cached result, a constant, or null. */
  private cellValue(type: number, raw: string | null, inline: string | null): CellValue {
    if (type === INLINE || (type === NUMBER && inline !== null))
      return nonEmpty(decodeOoxmlEscapes(inline ?? raw ?? ""));
    if (raw === null || raw === "") return null;
    switch (type) {
      case SHARED: {
        const text = this.context.sharedStrings[Number.parseInt(raw, 10)];
        return text === undefined ? null : nonEmpty(text);
      }
      case STRING:
        return nonEmpty(decodeOoxmlEscapes(raw));
      case BOOLEAN:
        return raw === "true" || (raw !== "false" && Number.parseInt(raw, 10) !== 0);
      case ERROR:
        return raw;
      case DATE:
        return isoDateSerial(raw, this.context.date1904) ?? raw;
      default:
        return Number.parseFloat(raw);
    }
  }
}

/** The prefix ("x:" or "") of the element whose start tag ends just before `pos`. */
function prefixOfTagBefore(src: string, pos: number): string {
  const lt = src.lastIndexOf("<", pos - 1);
  let end = lt + 1;
  while (end < pos && src.charCodeAt(end) > SPACE && src.charCodeAt(end) !== GT) end++;
  const name = src.slice(lt + 1, end);
  const colon = name.lastIndexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** End of the element name starting at `at` (-1 when the text ends first). */
function nameEndAt(src: string, at: number): number {
  const length = src.length;
  while (at < length) {
    const code = src.charCodeAt(at);
    if (code <= SPACE || code === GT || code === SLASH) return at;
    at++;
  }
  return -1;
}

/** A decimal integer written in src[start, end) (NaN if it is not one). */
function numberIn(src: string, start: number, end: number): number {
  if (start === end) return NaN;
  let n = 0;
  for (let at = start; at < end; at++) {
    const digit = src.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return Number(src.slice(start, end).trim());
    n = n * 10 + digit;
  }
  return n;
}

function cellType(src: string, start: number, end: number): number {
  switch (src.slice(start, end)) {
    case "s":
      return SHARED;
    case "str":
      return STRING;
    case "inlineStr":
      return INLINE;
    case "b":
      return BOOLEAN;
    case "e":
      return ERROR;
    case "d":
      return DATE;
    default:
      return NUMBER;
  }
}

/** The text of an inline string (<is>): its <t> runs, phonetic guides (<rPh>) left out. */
function inlineText(src: string, start: number, end: number, names: Names): string {
  let text = "";
  const tOpen = `<${names.prefix}t`;
  const phoneticOpen = `<${names.prefix}rPh`;
  let at = start;
  while (at < end) {
    const t = src.indexOf(tOpen, at);
    if (t < 0 || t >= end) break;
    const phonetic = src.indexOf(phoneticOpen, at);
    if (phonetic >= 0 && phonetic < t) {
      const close = src.indexOf(names.phoneticClose, phonetic);
      at = close < 0 ? end : close + names.phoneticClose.length;
      continue;
    }
    const after = src.charCodeAt(t + tOpen.length);
    const gt = src.indexOf(">", t);
    if (gt < 0 || gt >= end) break;
    if (after !== GT && after > SPACE && after !== SLASH) {
      at = gt + 1; // another element whose name starts with "t"
      continue;
    }
    if (src.charCodeAt(gt - 1) === SLASH) {
      at = gt + 1;
      continue;
    }
    const close = src.indexOf(names.textClose, gt);
    if (close < 0 || close > end) throw new XmlError("malformed inline string");
    text += textBetween(src, gt + 1, close);
    at = close + names.textClose.length;
  }
  return text;
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
  const reader = new SheetReader(name, state, context);
  scanXmlBytes(bytes, reader);
  return reader.cells;
}
