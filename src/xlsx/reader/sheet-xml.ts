/**
 * A worksheet part (xl/worksheets/sheetN.xml) → SheetCells, in one pass over the XML: each cell's
 * value as Excel hands it to the add-in (the cached result of a formula, text as text, errors as
 * "#N/A", ISO dates as serial numbers), its number format and formula, hidden rows and merges.
 * The rows and cells (nearly all of the part) are read straight from the UTF-8 bytes by a
 * scanner made for them; a cell with more than a value (a formula, an inline string) is decoded
 * on its own and read as text. Everything else but the merges (dimension, validations,
 * conditional formats, …) is skipped unread, so no declared range ever costs anything.
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
  type RawByteScan,
  XmlAttributes,
  XmlError,
  type XmlHandler,
  scanXmlBytes,
  textBetween,
  utf8Length,
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
const BANG = 33;
const QUESTION = 63;
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
  /** The same, as bytes, for the byte scanner. */
  prefixBytes: Uint8Array;
  rowCloseBytes: Uint8Array;
  cellCloseBytes: Uint8Array;
}

const UTF8_ENCODER = new TextEncoder();
const UTF8 = new TextDecoder("utf-8", { ignoreBOM: true });

function namesWith(prefix: string): Names {
  return {
    ...richTextNames(prefix),
    valueOpen: `<${prefix}v>`,
    rowClose: `</${prefix}row>`,
    cellClose: `</${prefix}c>`,
    valueClose: `</${prefix}v>`,
    formulaClose: `</${prefix}f>`,
    inlineClose: `</${prefix}is>`,
    prefixBytes: UTF8_ENCODER.encode(prefix),
    rowCloseBytes: UTF8_ENCODER.encode(`</${prefix}row>`),
    cellCloseBytes: UTF8_ENCODER.encode(`</${prefix}c>`),
  };
}

class SheetReader implements XmlHandler {
  wantsText = false;
  rawBytes: RawByteScan | null = null;
  readonly cells: SheetCells;
  private names: Names = namesWith("");
  private readonly attributes = new XmlAttributes();
  private readonly plainTag = new PlainTag();
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
    if (name === "sheetData" && !selfClosing) this.rawBytes = this.scanSheetData;
    else if (name === "mergeCell") {
      const area = parseRangeRef(attributes.get("ref") ?? "");
      if (area) this.cells.merges.push(area);
    }
  }

  close(): void {}

  text(): void {}

  /** The content of <sheetData>: rows and cells, up to and including </sheetData>. */
  private readonly scanSheetData: RawByteScan = (bytes, pos, prefix) => {
    const names = (this.names = namesWith(prefix));
    const { prefixBytes, rowCloseBytes } = names;
    const length = bytes.length;
    for (;;) {
      const lt = bytes[pos] === LT ? pos : bytes.indexOf(LT, pos); // whitespace between rows
      if (lt < 0) throw new XmlError("the sheet ends inside its rows");
      if (prefix === "" && bytes[lt + 1] === LOWER_C) {
        const end = this.readPlainCell(bytes, lt + 2);
        if (end !== NOT_PLAIN) {
          pos = end;
          continue;
        }
      }
      if (startsWith(bytes, lt, rowCloseBytes)) {
        pos = lt + rowCloseBytes.length;
        continue;
      }
      let at = lt + 1;
      const closing = bytes[at] === SLASH;
      if (closing) at++;
      if (prefix !== "" && !startsWith(bytes, at, prefixBytes)) {
        pos = skipMarkup(bytes, lt);
        continue;
      }
      at += prefixBytes.length;
      const nameEnd = byteNameEnd(bytes, at);
      if (nameEnd < 0) throw cutShort();
      if (closing) {
        const gt = bytes.indexOf(GT, nameEnd);
        if (gt < 0) throw cutShort();
        pos = gt + 1;
        if (isName(bytes, at, nameEnd, "sheetData")) {
          this.rawBytes = null;
          return pos;
        }
        continue;
      }
      if (isName(bytes, at, nameEnd, "c")) pos = this.readElement(bytes, lt, nameEnd, true);
      else if (isName(bytes, at, nameEnd, "row")) {
        const end = prefix === "" ? this.readPlainRow(bytes, nameEnd) : NOT_PLAIN;
        pos = end !== NOT_PLAIN ? end : this.readElement(bytes, lt, nameEnd, false);
      } else pos = skipMarkup(bytes, lt);
      if (pos > length) throw cutShort();
    }
  };

  /**
   * A cell (or a row's start tag) the plain path does not read, decoded on its own and read as
   * text; returns the byte position after it.
   */
  private readElement(bytes: Uint8Array, lt: number, nameEnd: number, cell: boolean): number {
    const tagEnd = startTagEnd(bytes, nameEnd);
    if (tagEnd < 0) throw cutShort();
    let end = tagEnd;
    if (cell && bytes[tagEnd - 2] !== SLASH) {
      const close = indexOfBytes(bytes, this.names.cellCloseBytes, tagEnd);
      if (close < 0) throw cutShort();
      end = close + this.names.cellCloseBytes.length;
    }
    const src = UTF8.decode(bytes.subarray(lt, end));
    const nameAt = 1 + this.names.prefix.length + (cell ? 1 : 3); // after "<x:c" or "<x:row"
    const used = cell ? this.readCell(src, nameAt, this.names) : this.readRow(src, nameAt);
    if (used < 0) throw cutShort();
    return used === src.length ? end : lt + utf8Length(src, 0, used);
  }

  private readRow(src: string, nameEnd: number): number {
    const attributes = this.attributes;
    const end = attributes.parse(src, nameEnd);
    if (end < 0) return -1;
    const r = attributes.find("r");
    const hidden = attributes.get("hidden");
    this.startRow(
      r >= 0 ? numberIn(src, attributes.valueStart(r), attributes.valueEnd(r)) : null,
      hidden === "1" || hidden === "true"
    );
    return end;
  }

  /**
   * `<row r="7" spans="1:12" hidden="1" …>` read from the bytes: its number and whether it is
   * hidden. NOT_PLAIN, before changing anything, for what readRow should read (odd spacing,
   * a number or flag not written plainly). `at` is just after "<row".
   */
  private readPlainRow(bytes: Uint8Array, at: number): number {
    const tag = this.plainTag.start(bytes, at);
    let row: number | null = null;
    let hidden: boolean | null = null;
    for (let next = tag.next(); next !== TAG_ENDED; next = tag.next()) {
      if (next === ODD_TAG) return NOT_PLAIN;
      const { nameStart, nameEnd, valueStart, valueEnd } = tag;
      if (row === null && hasLocalName(bytes, nameStart, nameEnd, "r")) {
        row = digitsIn(bytes, valueStart, valueEnd);
        if (row < 0) return NOT_PLAIN;
      } else if (hidden === null && hasLocalName(bytes, nameStart, nameEnd, "hidden")) {
        const flag = bytes[valueStart];
        if (valueEnd - valueStart !== 1 || (flag !== 48 && flag !== 49)) return NOT_PLAIN; // 0, 1
        hidden = flag === 49;
      }
    }
    this.startRow(row, hidden === true);
    return tag.end;
  }

  /** A row starts: its number (null when unwritten: the one after the last) and hidden flag. */
  private startRow(written: number | null, hidden: boolean): void {
    this.rowHasRef = written !== null;
    const row = written ?? this.row + 1;
    if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new XmlError("bad row number");
    this.row = row;
    this.col = 0;
    this.cellsInRow = 0;
    if (hidden) this.cells.hiddenRows.push(row);
  }

  /**
   * The cell's row and column (from its r attribute, ref[refStart, refEnd) in UTF-8, or the one
   * after the previous cell when `ref` is null), counted as a cell the file mentions.
   */
  private placeCell(ref: Uint8Array | null, refStart: number, refEnd: number): void {
    if (ref !== null) {
      if (!parseCellRefIn(ref, refStart, refEnd, this.ref))
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
   * The cells nearly every sheet is made of, read from the bytes without decoding any text:
   * `<c r="B7" s="2" t="s"><v>18</v></c>`, `<c …/>` and `<c …></c>` (unprefixed, attributes
   * separated by spaces, a <v> value without markup). `at` is just after "<c". Anything else
   * (formulas, inline strings, cut text, odd spacing) gives NOT_PLAIN before changing anything,
   * and readElement reads it.
   */
  private readPlainCell(bytes: Uint8Array, at: number): number {
    const length = bytes.length;
    let refStart = -1;
    let refEnd = -1;
    let style = -1;
    let type = -1;
    const tag = this.plainTag.start(bytes, at);
    for (let next = tag.next(); next !== TAG_ENDED; next = tag.next()) {
      if (next === ODD_TAG) return NOT_PLAIN;
      const { nameStart, nameEnd, valueStart, valueEnd } = tag;
      // The attribute's local name, when it is one letter (after any prefix).
      const local =
        nameEnd - nameStart === 1 || (nameEnd - nameStart >= 2 && bytes[nameEnd - 2] === COLON)
          ? bytes[nameEnd - 1]
          : 0;
      if (local === LOWER_R && refStart < 0) {
        refStart = valueStart;
        refEnd = valueEnd;
      } else if (local === LOWER_S && style < 0) {
        style = digitsIn(bytes, valueStart, valueEnd);
        if (style < 0) return NOT_PLAIN;
      } else if (local === LOWER_T && type < 0)
        type =
          valueEnd - valueStart === 1
            ? letterType(bytes[valueStart])
            : cellType(UTF8.decode(bytes.subarray(valueStart, valueEnd)));
    }
    const selfClosing = tag.selfClosing;
    at = tag.end;
    if (type < 0) type = NUMBER;
    if (style < 0) style = 0;
    const ref = refStart < 0 ? null : bytes;
    if (selfClosing || isCellClose(bytes, at)) {
      this.placeCell(ref, refStart, refEnd);
      return selfClosing ? at : at + 4;
    }
    if (bytes[at] !== LT || bytes[at + 1] !== LOWER_V || bytes[at + 2] !== GT) return NOT_PLAIN;
    const valueStart = at + 3;
    let valueEnd = valueStart;
    while (valueEnd < length && bytes[valueEnd] !== LT) valueEnd++;
    if (
      bytes[valueEnd + 1] !== SLASH ||
      bytes[valueEnd + 2] !== LOWER_V ||
      bytes[valueEnd + 3] !== GT ||
      !isCellClose(bytes, valueEnd + 4)
    )
      return NOT_PLAIN;
    this.placeCell(ref, refStart, refEnd);
    let value: CellValue | undefined;
    if (type === NUMBER) {
      const number = plainNumber(bytes, valueStart, valueEnd);
      if (number === number) value = number;
    } else if (type === SHARED) {
      const index = digitsIn(bytes, valueStart, valueEnd);
      if (index >= 0) value = this.sharedString(index);
    }
    if (value === undefined) {
      let raw = UTF8.decode(bytes.subarray(valueStart, valueEnd));
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
    if (r >= 0) {
      const ref = UTF8_ENCODER.encode(src.slice(attributes.valueStart(r), attributes.valueEnd(r)));
      this.placeCell(ref, 0, ref.length);
    } else this.placeCell(null, -1, -1);
    const row = this.row;
    const col = this.col;
    const s = attributes.find("s");
    const style = s >= 0 ? numberIn(src, attributes.valueStart(s), attributes.valueEnd(s)) : 0;
    const t = attributes.find("t");
    const type =
      t >= 0 ? cellType(src.slice(attributes.valueStart(t), attributes.valueEnd(t))) : NUMBER;
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

const TAG_ENDED = 0;
const ATTRIBUTE = 1;
const ODD_TAG = 2;

/**
 * The attributes of a start tag written plainly — name="value" pairs after spaces, ending in
 * ">" or "/>" — read from the bytes one at a time for the scanner's fast paths. Anything else
 * (other white space, an unquoted value, a cut tag, a longer name such as "<cx") is odd, and
 * left to the general reader.
 */
class PlainTag {
  nameStart = 0;
  nameEnd = 0;
  valueStart = 0;
  valueEnd = 0;
  /** After the tag, once it has ended. */
  end = 0;
  selfClosing = false;
  private bytes: Uint8Array = new Uint8Array(0);
  private at = 0;

  /** The tag whose element name ends at `at`. */
  start(bytes: Uint8Array, at: number): this {
    this.bytes = bytes;
    this.at = at;
    return this;
  }

  /** ATTRIBUTE with its positions set; TAG_ENDED with `end` and `selfClosing` set; or ODD_TAG. */
  next(): number {
    const bytes = this.bytes;
    const length = bytes.length;
    let at = this.at;
    while (at < length && bytes[at] === SPACE) at++;
    if (at >= length) return ODD_TAG;
    const code = bytes[at];
    if (code === GT || code === SLASH) {
      this.selfClosing = code === SLASH;
      if (this.selfClosing && bytes[at + 1] !== GT) return ODD_TAG;
      this.end = at + (this.selfClosing ? 2 : 1);
      return TAG_ENDED;
    }
    if (bytes[at - 1] !== SPACE) return ODD_TAG;
    const nameStart = at;
    while (at < length) {
      const c = bytes[at];
      if (c === EQUALS || c <= SPACE || c === GT || c === SLASH) break;
      at++;
    }
    const quote = bytes[at + 1];
    if (bytes[at] !== EQUALS || (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE)) return ODD_TAG;
    // Values here are short ("B7", "2", "s"): a loop costs less than indexOf.
    let valueEnd = at + 2;
    while (valueEnd < length && bytes[valueEnd] !== quote) valueEnd++;
    if (valueEnd >= length) return ODD_TAG;
    this.nameStart = nameStart;
    this.nameEnd = at;
    this.valueStart = at + 2;
    this.valueEnd = valueEnd;
    this.at = valueEnd + 1;
    return ATTRIBUTE;
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

/** nameEndAt in bytes. */
function byteNameEnd(bytes: Uint8Array, at: number): number {
  const length = bytes.length;
  while (at < length) {
    const code = bytes[at];
    if (code <= SPACE || code === GT || code === SLASH) return at;
    at++;
  }
  return -1;
}

/** Whether the attribute name bytes[start, end) is `local`, with or without a prefix. */
function hasLocalName(bytes: Uint8Array, start: number, end: number, local: string): boolean {
  const at = end - local.length;
  return (at === start || (at > start && bytes[at - 1] === COLON)) && isName(bytes, at, end, local);
}

/** Whether bytes[start, end) spell the ASCII `name`. */
function isName(bytes: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

function startsWith(bytes: Uint8Array, at: number, prefix: Uint8Array): boolean {
  if (at + prefix.length > bytes.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

/** First position of `needle` in bytes from `from`, or -1. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(needle[0], from); at >= 0; at = bytes.indexOf(needle[0], at + 1))
    if (startsWith(bytes, at, needle)) return at;
  return -1;
}

/** The position after the ">" of the start tag whose name ends at `at` (quoted ">" skipped). */
function startTagEnd(bytes: Uint8Array, at: number): number {
  const length = bytes.length;
  while (at < length) {
    const code = bytes[at++];
    if (code === GT) return at;
    if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
      at = bytes.indexOf(code, at) + 1;
      if (at === 0) return -1;
    }
  }
  return -1;
}

/** Skips a comment, processing instruction or unknown tag starting at `lt`. */
function skipMarkup(bytes: Uint8Array, lt: number): number {
  const next = bytes[lt + 1];
  const comment = next === BANG && bytes[lt + 2] === 45 && bytes[lt + 3] === 45; // "<!--"
  const terminator = comment ? COMMENT_END : next === QUESTION ? PI_END : TAG_END;
  const end = indexOfBytes(bytes, terminator, lt + 1);
  if (end < 0) throw cutShort();
  return end + terminator.length;
}

const COMMENT_END = UTF8_ENCODER.encode("-->");
const PI_END = UTF8_ENCODER.encode("?>");
const TAG_END = UTF8_ENCODER.encode(">");

function cutShort(): XmlError {
  return new XmlError("the sheet ends inside a cell");
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

/** "</c>" at bytes[at]. */
function isCellClose(bytes: Uint8Array, at: number): boolean {
  return (
    bytes[at] === LT && bytes[at + 1] === SLASH && bytes[at + 2] === LOWER_C && bytes[at + 3] === GT
  );
}

/** A run of decimal digits in bytes[start, end) as a number; -1 when empty or anything else. */
function digitsIn(bytes: Uint8Array, start: number, end: number): number {
  if (start === end || end - start > 15) return -1;
  let n = 0;
  for (let at = start; at < end; at++) {
    const digit = bytes[at] - 48;
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
 * Number.parseFloat of the text bytes[start, end) for a plain decimal ("3000", "-134.81", ".5")
 * of at most 15 digits, without decoding it: such a number and 10^k are exact doubles, so one
 * division rounds exactly as parseFloat does. NaN for anything else (the caller parses it).
 */
export function plainNumber(bytes: Uint8Array, start: number, end: number): number {
  let at = start;
  const negative = bytes[at] === 45; // "-"
  if (negative) at++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; at < end; at++) {
    const digit = bytes[at] - 48;
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

/** The t attribute's value as a cell type (NUMBER for "n" and unknown types). */
function cellType(value: string): number {
  if (value.length === 1) return letterType(value.charCodeAt(0));
  return value === "str" ? STRING : value === "inlineStr" ? INLINE : NUMBER;
}

/** A one-letter t attribute's type. */
function letterType(letter: number): number {
  if (letter === LOWER_S) return SHARED;
  if (letter === 98) return BOOLEAN; // "b"
  if (letter === 101) return ERROR; // "e"
  if (letter === 100) return DATE; // "d"
  return NUMBER;
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
