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
import { type RichTextNames, richText, richTextNames } from "./rich-text";
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
  prefixOfTagBefore,
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
const EQUALS = 61;
const COLON = 58;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const LT = 60;
const LOWER_C = 99;
const LOWER_V = 118;
const LOWER_R = 114;
const LOWER_S = 115;
const LOWER_T = 116;
/** readPlainCell's answer for a cell it leaves to readCell. */
const NOT_PLAIN = -2;

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

/** Element names as this part spells them (with the prefix its sheetData has, if any). */
interface Names extends RichTextNames {
  valueOpen: string;
  rowClose: string;
  cellClose: string;
  valueClose: string;
  formulaClose: string;
  inlineClose: string;
}

function namesWith(prefix: string): Names {
  return {
    ...richTextNames(prefix),
    valueOpen: `<${prefix}v>`,
    rowClose: `</${prefix}row>`,
    cellClose: `</${prefix}c>`,
    valueClose: `</${prefix}v>`,
    formulaClose: `</${prefix}f>`,
    inlineClose: `</${prefix}is>`,
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
      if (prefix === "" && src.charCodeAt(lt + 1) === LOWER_C) {
        const end = this.readPlainCell(src, lt + 2);
        if (end !== NOT_PLAIN) {
          pos = end;
          continue;
        }
      }
      if (src.startsWith(names.rowClose, lt)) {
        pos = lt + names.rowClose.length;
        continue;
      }
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

  /**
   * The cell's row and column (from its r attribute, src[refStart, refEnd), or the one after the
   * previous cell when refStart is -1), counted as a cell the file mentions.
   */
  private placeCell(src: string, refStart: number, refEnd: number): void {
    if (refStart >= 0) {
      if (!parseCellRefIn(src, refStart, refEnd, this.ref))
        throw new XmlError("bad cell reference");
      // A row written without its number takes it from its first cell.
      if (!this.rowHasRef && this.cellsInRow === 0) this.row = this.ref.row;
      this.col = this.ref.col;
    } else this.col++;
    if (this.row === 0) this.row = 1; // cells outside any <row>
    this.cellsInRow++;
    this.cells.touch(this.row, this.col);
  }

  /**
   * The cells nearly every sheet is made of, read without cutting any text out of the XML:
   * `<c r="B7" s="2" t="s"><v>18</v></c>`, `<c …/>` and `<c …></c>` (unprefixed, attributes
   * separated by spaces, a <v> value without markup). `at` is just after "<c". Anything else
   * (formulas, inline strings, cut text, odd spacing) gives NOT_PLAIN before changing anything,
   * and readCell reads it.
   */
  private readPlainCell(src: string, at: number): number {
    const length = src.length;
    let refStart = -1;
    let refEnd = -1;
    let style = -1;
    let type = -1;
    let selfClosing = false;
    for (;;) {
      if (at >= length) return NOT_PLAIN;
      const code = src.charCodeAt(at);
      if (code === SPACE) {
        at++;
        continue;
      }
      if (code === GT || code === SLASH) {
        selfClosing = code === SLASH;
        if (selfClosing && src.charCodeAt(at + 1) !== GT) return NOT_PLAIN;
        at += selfClosing ? 2 : 1;
        break;
      }
      if (at === 0 || src.charCodeAt(at - 1) !== SPACE) return NOT_PLAIN; // "<cx …": not a cell
      const nameStart = at;
      while (at < length) {
        const c = src.charCodeAt(at);
        if (c === EQUALS || c <= SPACE || c === GT || c === SLASH) break;
        at++;
      }
      if (src.charCodeAt(at) !== EQUALS) return NOT_PLAIN;
      const quote = src.charCodeAt(at + 1);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return NOT_PLAIN;
      const valueStart = at + 2;
      // Values here are short ("B7", "2", "s"): a loop costs less than indexOf.
      let valueEnd = valueStart;
      while (valueEnd < length && src.charCodeAt(valueEnd) !== quote) valueEnd++;
      if (valueEnd >= length) return NOT_PLAIN;
      // The attribute's local name, when it is one letter (after any prefix).
      const local =
        at - nameStart === 1 || (at - nameStart >= 2 && src.charCodeAt(at - 2) === COLON)
          ? src.charCodeAt(at - 1)
          : 0;
      if (local === LOWER_R && refStart < 0) {
        refStart = valueStart;
        refEnd = valueEnd;
      } else if (local === LOWER_S && style < 0) {
        style = digitsIn(src, valueStart, valueEnd);
        if (style < 0) return NOT_PLAIN;
      } else if (local === LOWER_T && type < 0) type = cellType(src, valueStart, valueEnd);
      at = valueEnd + 1;
    }
    if (type < 0) type = NUMBER;
    if (style < 0) style = 0;
    if (selfClosing || isCellClose(src, at)) {
      this.placeCell(src, refStart, refEnd);
      return selfClosing ? at : at + 4;
    }
    if (
      src.charCodeAt(at) !== LT ||
      src.charCodeAt(at + 1) !== LOWER_V ||
      src.charCodeAt(at + 2) !== GT
    )
      return NOT_PLAIN;
    const valueStart = at + 3;
    let valueEnd = valueStart;
    while (valueEnd < length && src.charCodeAt(valueEnd) !== LT) valueEnd++;
    if (
      src.charCodeAt(valueEnd + 1) !== SLASH ||
      src.charCodeAt(valueEnd + 2) !== LOWER_V ||
      src.charCodeAt(valueEnd + 3) !== GT ||
      !isCellClose(src, valueEnd + 4)
    )
      return NOT_PLAIN;
    this.placeCell(src, refStart, refEnd);
    let value: CellValue | undefined;
    if (type === NUMBER) {
      const number = plainNumber(src, valueStart, valueEnd);
      if (number === number) value = number;
    } else if (type === SHARED) {
      const index = digitsIn(src, valueStart, valueEnd);
      if (index >= 0) value = this.sharedString(index);
    }
    if (value === undefined) {
      let raw = src.slice(valueStart, valueEnd);
      if (raw.indexOf("&") >= 0) raw = textBetween(raw, 0, raw.length);
      value = this.cellValue(type, raw, null);
    }
    if (value !== null)
      this.cells.add(this.row, this.col, value, this.context.styles.format(style), null);
    return valueEnd + 8;
  }

  private sharedString(index: number): CellValue {
    const text = this.context.sharedStrings[index];
    return text === undefined ? null : nonEmpty(text);
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
    if (r >= 0) this.placeCell(src, attributes.valueStart(r), attributes.valueEnd(r));
    else this.placeCell(src, -1, -1);
    const row = this.row;
    const col = this.col;
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
        else inline = (inline ?? "") + richText(src, openEnd, closeAt, names);
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
      case SHARED:
        return this.sharedString(Number.parseInt(raw, 10));
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

/** "</c>" at src[at]. */
function isCellClose(src: string, at: number): boolean {
  return (
    src.charCodeAt(at) === LT &&
    src.charCodeAt(at + 1) === SLASH &&
    src.charCodeAt(at + 2) === LOWER_C &&
    src.charCodeAt(at + 3) === GT
  );
}

/** A run of decimal digits in src[start, end) as a number; -1 when empty or anything else. */
function digitsIn(src: string, start: number, end: number): number {
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let at = start; at < end; at++) {
    const digit = src.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

// Written out: every one of them an exact double.
const POWERS_OF_TEN = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/**
 * Number.parseFloat(src.slice(start, end)) for a plain decimal ("3000", "-134.81", ".5") of at
 * most 15 digits, without the substring: such a number and 10^k are exact doubles, so one
 * division rounds exactly as parseFloat does. NaN for anything else (the caller parses it).
 */
export function plainNumber(src: string, start: number, end: number): number {
  let at = start;
  const negative = src.charCodeAt(at) === 45; // "-"
  if (negative) at++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; at < end; at++) {
    const digit = src.charCodeAt(at) - 48;
    if (digit >= 0 && digit <= 9) {
      mantissa = mantissa * 10 + digit;
      digits++;
    } else if (digit === -2 && point < 0)
      point = at; // "."
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = point < 0 ? mantissa : mantissa / POWERS_OF_TEN[end - point - 1];
  return negative ? -value : value;
}

/** The t attribute's value src[start, end) as a cell type (NUMBER for "n" and unknown types). */
function cellType(src: string, start: number, end: number): number {
  const first = src.charCodeAt(start);
  switch (end - start) {
    case 1:
      if (first === LOWER_S) return SHARED;
      if (first === 98) return BOOLEAN; // "b"
      if (first === 101) return ERROR; // "e"
      if (first === 100) return DATE; // "d"
      return NUMBER;
    case 3:
      return src.startsWith("str", start) ? STRING : NUMBER;
    case 9:
      return src.startsWith("inlineStr", start) ? INLINE : NUMBER;
    default:
      return NUMBER;
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

/** The sheet's cells; `chunkBytes` is how much XML is decoded at a time (tests make it small). */
export function scanSheet(
  bytes: Uint8Array,
  name: string,
  state: SheetState,
  context: SheetContext,
  chunkBytes?: number
): SheetCells {
  const reader = new SheetReader(name, state, context);
  scanXmlBytes(bytes, reader, chunkBytes);
  return reader.cells;
}
