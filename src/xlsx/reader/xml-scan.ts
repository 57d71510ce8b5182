/**
 * A tight, forgiving XML tokenizer for package parts: tags, attributes and text, fed in string
 * chunks, with no DOM and no document type processing (a DTD is skipped, never expanded, so no
 * entity can amplify anything). Element and attribute names are compared by local name, so
 * prefixed (`x:c`) and Strict OOXML documents read like transitional ones.
 */

export class XmlError extends Error {}

const GT = 62;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQUALS = 61;
const COLON = 58;
const SPACE = 32;
const AMP = "&";
/** How much of a part is decoded first (see scanXmlBytes). */
const FIRST_CHUNK_BYTES = 64 * 1024;
/** A tag or comment longer than this is not in any workbook part: the file is broken. */
const MAX_MARKUP = 16 * 1024 * 1024;

/**
 * The attributes of one tag, as positions in the source text; valid only while that text is
 * being scanned (during the `open` call for handlers).
 */
export class XmlAttributes {
  private src = "";
  /** name start, name end, value start, value end — per attribute. */
  private readonly spans: number[] = [];
  private count = 0;
  /** The tag ended with "/>". */
  selfClosing = false;

  /**
   * Reads the attributes of the tag whose name ends at `at`; returns the position after its ">",
   * or -1 when the text ends first. Throws XmlError on a malformed tag.
   */
  parse(src: string, at: number): number {
    this.src = src;
    this.count = 0;
    const length = src.length;
    const spans = this.spans;
    for (;;) {
      while (at < length && src.charCodeAt(at) <= SPACE) at++;
      if (at >= length) return -1;
      const code = src.charCodeAt(at);
      if (code === GT || code === SLASH) {
        this.selfClosing = code === SLASH;
        const gt = this.selfClosing ? at + 1 : at;
        if (gt >= length) return -1;
        if (src.charCodeAt(gt) !== GT) throw new XmlError("malformed tag");
        return gt + 1;
      }
      const nameStart = at;
      while (at < length) {
        const c = src.charCodeAt(at);
        if (c === EQUALS || c <= SPACE || c === GT || c === SLASH) break;
        at++;
      }
      const nameEnd = at;
      while (at < length && src.charCodeAt(at) <= SPACE) at++;
      if (at >= length) return -1;
      if (src.charCodeAt(at) !== EQUALS) throw new XmlError("attribute without a value");
      at++;
      while (at < length && src.charCodeAt(at) <= SPACE) at++;
      if (at >= length) return -1;
      const quote = src[at];
      if (quote !== '"' && quote !== "'") throw new XmlError("unquoted attribute");
      const close = src.indexOf(quote, at + 1);
      if (close < 0) return -1;
      const i = this.count++ * 4;
      spans[i] = nameStart;
      spans[i + 1] = nameEnd;
      spans[i + 2] = at + 1;
      spans[i + 3] = close;
      at = close + 1;
    }
  }

  /** Index of the attribute whose local name (after any prefix) is `local`, or -1. */
  find(local: string): number {
    const { src, spans } = this;
    for (let i = 0; i < this.count; i++) {
      const start = spans[i * 4];
      const nameStart = spans[i * 4 + 1] - local.length;
      if (nameStart < start) continue;
      if (nameStart > start && src.charCodeAt(nameStart - 1) !== COLON) continue;
      if (src.startsWith(local, nameStart)) return i;
    }
    return -1;
  }

  valueStart(index: number): number {
    return this.spans[index * 4 + 2];
  }

  valueEnd(index: number): number {
    return this.spans[index * 4 + 3];
  }

  /** The decoded value of the attribute whose local name is `local`. */
  get(local: string): string | null {
    const i = this.find(local);
    if (i < 0) return null;
    const value = this.src.slice(this.valueStart(i), this.valueEnd(i));
    return value.indexOf("&") < 0 ? value : decodeEntities(value);
  }
}

/**
 * Takes over the scanning of an element's content (set by a handler in `open`): scans `src` from
 * `pos`, returns where it stopped, and clears `raw` once it has consumed the element's end tag.
 * While `raw` stays set it is waiting for the next chunk (or, when `final`, the XML is cut short).
 */
export type RawScan = (src: string, pos: number, final: boolean) => number;

/**
 * Takes over an element's content as bytes (set by a handler in `open`; only scanXmlBytes hands
 * over): reads the UTF-8 `bytes` from `pos`, just after the start tag of an element whose name
 * has `prefix` ("x:" or ""), and returns the position after its end tag, having cleared
 * `rawBytes`. Throws XmlError when the element does not end.
 */
export type RawByteScan = (bytes: Uint8Array, pos: number, prefix: string) => number;

export interface XmlHandler {
  /** Read before each run of text: the text is decoded and reported only when true. */
  wantsText: boolean;
  raw?: RawScan | null;
  rawBytes?: RawByteScan | null;
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML's five named entities and numeric references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Feeds string chunks to a handler. Markup cut by a chunk boundary waits for the next chunk;
 * text is reported in pieces (handlers concatenate).
 */
export class XmlScanner {
  private rest = "";
  private depth = 0;
  private seenElement = false;
  private readonly attributes = new XmlAttributes();

  constructor(private readonly handler: XmlHandler) {}

  feed(chunk: string): void {
    const src = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = src.slice(this.feedText(src));
  }

  /** Ends the document: throws XmlError if it stops inside markup or with elements open. */
  finish(): void {
    const src = this.rest;
    this.rest = "";
    this.finishText(src);
  }

  /**
   * Scans what it can of `src` (the text left unscanned last time, then the next): returns
   * where the unscanned rest starts, for the caller to put before the next text (feed() does).
   */
  feedText(src: string): number {
    return this.scan(src, false);
  }

  /** Scans the last text (see feedText) and ends the document, as finish() does. */
  finishText(src: string): void {
    this.endDocument(src, this.scan(src, true));
  }

  /** Throws XmlError unless the last text was scanned to `at`, its end, with no element open. */
  endDocument(src: string, at: number): void {
    if (at < src.length || this.depth !== 0 || !this.seenElement)
      throw new XmlError("the XML document is incomplete");
  }

  /** The handler's rawBytes scan has read its element, end tag included. */
  rawEnded(): void {
    this.depth--;
  }

  /**
   * Scans what it can of `src`; returns where the unscanned rest starts (where a handler's
   * rawBytes takes over, if it set one).
   */
  scan(src: string, final: boolean): number {
    const handler = this.handler;
    let pos = 0;
    const length = src.length;
    while (pos < length) {
      if (handler.rawBytes) return pos;
      const raw = handler.raw;
      if (raw) {
        const end = raw(src, pos, final);
        if (handler.raw) {
          if (length - end > MAX_MARKUP) throw new XmlError("element too long");
          return end;
        }
        this.depth--;
        pos = end;
        continue;
      }
      const lt = src.indexOf("<", pos);
      if (lt < 0) {
        // Text to the end: report what cannot be the start of a cut entity reference.
        const safe = final ? length : safeTextEnd(src, pos);
        if (safe > pos && handler.wantsText) handler.text(textOf(src, pos, safe));
        return safe;
      }
      if (lt > pos && handler.wantsText) handler.text(textOf(src, pos, lt));
      pos = lt;
      const next = src.charCodeAt(lt + 1);
      if (next !== next) return pos; // "<" is the last character: wait for more
      let end: number;
      if (next === SLASH) end = this.closeTag(src, lt);
      else if (next === QUESTION) end = markupEnd(src, lt, "?>");
      else if (next === BANG) end = this.special(src, lt);
      else end = this.openTag(src, lt);
      if (end < 0) {
        if (length - lt > MAX_MARKUP) throw new XmlError("markup too long");
        return pos;
      }
      pos = end;
    }
    return pos;
  }

  private closeTag(src: string, lt: number): number {
    const gt = src.indexOf(">", lt + 2);
    if (gt < 0) return -1;
    let nameEnd = lt + 2;
    while (nameEnd < gt && src.charCodeAt(nameEnd) > SPACE) nameEnd++;
    this.depth--;
    this.handler.close(localName(src, lt + 2, nameEnd));
    return gt + 1;
  }

  /** Comments, CDATA (reported as text) and document type declarations (skipped). */
  private special(src: string, lt: number): number {
    if (src.startsWith("<!--", lt)) return markupEnd(src, lt, "-->");
    if (src.startsWith("<![CDATA[", lt)) {
      const end = src.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText) this.handler.text(src.slice(lt + 9, end));
      return end + 3;
    }
    if (src.length - lt < 9) return -1;
    // <!DOCTYPE …> with an optional internal subset in brackets.
    const gt = src.indexOf(">", lt);
    if (gt < 0) return -1;
    const bracket = src.indexOf("[", lt);
    if (bracket < 0 || bracket > gt) return gt + 1;
    return markupEnd(src, bracket, "]>");
  }

  private openTag(src: string, lt: number): number {
    const length = src.length;
    let at = lt + 1;
    while (at < length) {
      const code = src.charCodeAt(at);
      if (code <= SPACE || code === GT || code === SLASH) break;
      at++;
    }
    if (at >= length) return -1;
    const attributes = this.attributes;
    const end = attributes.parse(src, at);
    if (end < 0) return -1;
    this.seenElement = true;
    if (!attributes.selfClosing) this.depth++;
    this.handler.open(localName(src, lt + 1, at), attributes, attributes.selfClosing);
    return end;
  }
}

/** The prefix ("x:" or "") of the element whose start tag ends just before `pos`. */
export function prefixOfTagBefore(src: string, pos: number): string {
  const lt = src.lastIndexOf("<", pos - 1);
  let end = lt + 1;
  while (end < pos && src.charCodeAt(end) > SPACE && src.charCodeAt(end) !== GT) end++;
  const name = src.slice(lt + 1, end);
  const colon = name.lastIndexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

function localName(src: string, start: number, end: number): string {
  for (let at = end - 1; at > start; at--)
    if (src.charCodeAt(at) === COLON) return src.slice(at + 1, end);
  return src.slice(start, end);
}

function markupEnd(src: string, from: number, terminator: string): number {
  const end = src.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** The text of src[start, end): entities decoded, CDATA sections kept as written, comments dropped. */
export function textBetween(src: string, start: number, end: number): string {
  const lt = src.indexOf("<", start);
  if (lt < 0 || lt >= end) return textOf(src, start, end);
  let text = "";
  let at = start;
  while (at < end) {
    const next = src.indexOf("<", at);
    if (next < 0 || next >= end) {
      text += textOf(src, at, end);
      break;
    }
    text += textOf(src, at, next);
    if (src.startsWith("<![CDATA[", next)) {
      const close = src.indexOf("]]>", next + 9);
      if (close < 0 || close >= end) throw new XmlError("cut CDATA section");
      text += src.slice(next + 9, close);
      at = close + 3;
    } else {
      const close = src.indexOf(">", next);
      if (close < 0 || close >= end) throw new XmlError("markup inside text");
      at = close + 1;
    }
  }
  return text;
}

function textOf(src: string, start: number, end: number): string {
  const text = src.slice(start, end);
  return text.indexOf(AMP) < 0 ? text : decodeEntities(text);
}

/** The end of the text that surely holds no cut "&…;" reference. */
function safeTextEnd(src: string, from: number): number {
  const amp = src.lastIndexOf(AMP);
  if (amp < from || src.indexOf(";", amp) >= 0) return src.length;
  return src.length - amp > 16 ? src.length : amp;
}

/**
 * Decodes UTF-8 (or UTF-16 with a byte order mark) part bytes into chunks for the scanner.
 * UTF-8 chunks are decoded from where the scanner stopped in the previous one, so that each is
 * one flat string: the scanner reads a string joined with `+` (a rope) several times slower.
 * A handler's rawBytes scan reads its element straight from the bytes (UTF-16 is re-encoded as
 * UTF-8 first), and decoding resumes after it.
 */
export function scanXmlBytes(bytes: Uint8Array, handler: XmlHandler, chunkBytes = 4 << 20): void {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? "utf-16le"
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? "utf-16be"
        : null;
  if (utf16) bytes = new TextEncoder().encode(new TextDecoder(utf16).decode(bytes));
  const scanner = new XmlScanner(handler);
  // The first chunk drops a byte order mark; later ones keep U+FEFF as text.
  let decoder = new TextDecoder("utf-8");
  let start = 0;
  let carried = ""; // text before `start` still to scan, when its bytes could not be found
  let srcByte = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // of src[0]
  for (let end = 0; ;) {
    // A small first chunk: a worksheet hands its rows over to rawBytes within its first bytes.
    const size = end === 0 ? Math.min(chunkBytes, FIRST_CHUNK_BYTES) : chunkBytes;
    end = utf8Boundary(bytes, Math.min(bytes.length, end + size));
    const decoded = decoder.decode(bytes.subarray(start, end));
    decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const src = carried === "" ? decoded : carried + decoded;
    const final = end === bytes.length;
    const used = scanner.scan(src, final);
    const scanRaw = handler.rawBytes;
    if (scanRaw) {
      start = scanRaw(bytes, byteAfterTag(bytes, srcByte, src, used), prefixOfTagBefore(src, used));
      if (handler.rawBytes) throw new XmlError("the element does not end");
      scanner.rawEnded();
      end = srcByte = start;
      carried = "";
      continue;
    }
    if (final) {
      scanner.endDocument(src, used);
      return;
    }
    const restAt = carried === "" ? bytesOfRest(bytes, start, end, src, used) : -1;
    if (restAt >= 0) {
      start = srcByte = restAt;
      carried = "";
    } else {
      start = end;
      carried = src.slice(used);
      srcByte = end - utf8Length(carried);
    }
  }
}

/**
 * The byte position of src[used], just after a start tag's ">", src[0] being bytes[srcByte]:
 * found by counting ">" (an ASCII byte is never part of another character, even in invalid UTF-8).
 */
function byteAfterTag(bytes: Uint8Array, srcByte: number, src: string, used: number): number {
  let count = 0;
  for (let at = src.indexOf(">"); at >= 0 && at < used; at = src.indexOf(">", at + 1)) count++;
  for (let at = srcByte; at < bytes.length; at++)
    if (bytes[at] === GT && --count === 0) return at + 1;
  throw new XmlError("the XML document is incomplete");
}

/** Bytes of `text` in UTF-8 (text decoded from UTF-8 has no lone surrogates). */
export function utf8Length(text: string, start = 0, end = text.length): number {
  let bytes = 0;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    bytes +=
      code < 0x80
        ? 1
        : code < 0x800
          ? 2
          : code >= 0xd800 && code < 0xdc00
            ? 4
            : code >= 0xdc00 && code < 0xe000
              ? 0
              : 3;
  }
  return bytes;
}

/** `at`, or the end of the UTF-8 sequence `at` falls inside (a chunk never splits one). */
function utf8Boundary(bytes: Uint8Array, at: number): number {
  for (let n = 0; n < 3 && at < bytes.length && (bytes[at] & 0xc0) === 0x80; n++) at++;
  return at;
}

/**
 * Where src[used…] (decoded from bytes[start, end)) starts in the bytes; -1 when that cannot be
 * told. Found by its first character when that is ASCII: its n-th occurrence from the end of the
 * text is its n-th from the end of the bytes (ASCII bytes are never part of another character).
 */
function bytesOfRest(
  bytes: Uint8Array,
  start: number,
  end: number,
  src: string,
  used: number
): number {
  if (used >= src.length) return end;
  const first = src.charCodeAt(used);
  if (first >= 0x80) return -1;
  let occurrences = 0;
  for (let at = used; at < src.length; at++) if (src.charCodeAt(at) === first) occurrences++;
  for (let at = end - 1; at >= start; at--)
    if (bytes[at] === first && --occurrences === 0) return at;
  return -1;
}
