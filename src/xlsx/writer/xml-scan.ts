/**
 * A small, strict scanner over the tags of an XML part, for editing a user's index parts
 * (workbook.xml, styles.xml, relationships, content types, custom properties) in place: it finds
 * elements by position so everything around them is kept byte for byte. Comments, CDATA and
 * processing instructions are skipped; a DTD, an unclosed or mismatched tag makes the part
 * "not safely editable" (XmlScanError), never a guess.
 */
import { escapeXml, unescapeXml } from "./xml";

export interface XmlTag {
  /** Qualified name as written ("sheet", "x:sheet"). */
  name: string;
  kind: "start" | "end" | "empty";
  /** Offsets of "<" and just after ">". */
  start: number;
  end: number;
  /** Index (in the scanned tags) of the matching end tag; its own index for an empty element. */
  close: number;
}

export interface XmlElement {
  tag: XmlTag;
  /** Offset just after the element's end ("/>" or its end tag). */
  end: number;
  /** Offset of its end tag's "<" (== tag.end for content, == end for an empty element). */
  contentEnd: number;
}

export class XmlScanError extends Error {}

/** Every tag of the text, in order, with the nesting checked. */
export function scanTags(xml: string): XmlTag[] {
  const tags: XmlTag[] = [];
  const open: number[] = [];
  let i = 0;
  let rootSeen = false;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) i = skipPast(xml, lt, "-->");
    else if (xml.startsWith("<![CDATA[", lt)) i = skipPast(xml, lt, "]]>");
    else if (xml.startsWith("<?", lt)) i = skipPast(xml, lt, "?>");
    else if (xml.startsWith("<!", lt)) throw new XmlScanError("a DTD or declaration");
    else {
      const end = tagEnd(xml, lt);
      const closing = xml[lt + 1] === "/";
      const selfClosing = !closing && xml[end - 2] === "/";
      const name = /^[^\s/>]+/.exec(xml.slice(lt + (closing ? 2 : 1), end))?.[0] ?? "";
      if (!name) throw new XmlScanError(`a tag without a name at ${lt}`);
      const index = tags.length;
      if (closing) {
        const opening = open.pop();
        if (opening === undefined || tags[opening].name !== name)
          throw new XmlScanError(`a mismatched </${name}>`);
        tags[opening].close = index;
        tags.push({ name, kind: "end", start: lt, end, close: index });
      } else {
        if (open.length === 0 && rootSeen) throw new XmlScanError("a second root element");
        rootSeen = true;
        const kind = selfClosing ? "empty" : "start";
        tags.push({ name, kind, start: lt, end, close: index });
        if (!selfClosing) open.push(index);
      }
      i = end;
    }
  }
  if (open.length > 0) throw new XmlScanError(`an unclosed <${tags[open[open.length - 1]].name}>`);
  if (!rootSeen) throw new XmlScanError("no root element");
  return tags;
}

function skipPast(xml: string, from: number, terminator: string): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) throw new XmlScanError(`an unterminated "${xml.slice(from, from + 4)}"`);
  return at + terminator.length;
}

/** Offset just after the ">" closing the tag at `lt`, skipping quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = "";
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "<") break;
    else if (ch === ">") return i + 1;
  }
  throw new XmlScanError(`an unterminated tag at ${lt}`);
}

/** A scanned part: its elements found by path from the root. */
export class XmlDocument {
  readonly tags: XmlTag[];
  private readonly indexOf = new Map<XmlTag, number>();

  constructor(readonly xml: string) {
    this.tags = scanTags(xml);
    this.tags.forEach((tag, i) => this.indexOf.set(tag, i));
  }

  get root(): XmlElement {
    return this.element(this.tags.findIndex((t) => t.kind !== "end"));
  }

  /** Child elements of `parent` (all of them, or those with the qualified name given). */
  children(parent: XmlElement, name?: string): XmlElement[] {
    const out: XmlElement[] = [];
    const first = this.indexOf.get(parent.tag)!;
    for (let i = first + 1; i < parent.tag.close; i = this.tags[i].close + 1)
      if (name === undefined || this.tags[i].name === name) out.push(this.element(i));
    return out;
  }

  child(parent: XmlElement, name: string): XmlElement | null {
    return this.children(parent, name)[0] ?? null;
  }

  /** The element starting at tags[i]. */
  private element(i: number): XmlElement {
    const tag = this.tags[i];
    const closeTag = this.tags[tag.close];
    return tag.kind === "empty"
      ? { tag, end: tag.end, contentEnd: tag.end }
      : { tag, end: closeTag.end, contentEnd: closeTag.start };
  }

  text(element: XmlElement): string {
    return this.xml.slice(element.tag.start, element.end);
  }

  startTag(element: XmlElement): string {
    return this.xml.slice(element.tag.start, element.tag.end);
  }
}

/** The attributes of a start tag, by qualified name, values unescaped. */
export function attributes(startTag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\s([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(startTag); m; m = re.exec(startTag))
    out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

/** Prefix → namespace URI declared on a start tag ("" for the default namespace). */
export function namespaceDeclarations(startTag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of attributes(startTag)) {
    if (name === "xmlns") out.set("", value);
    else if (name.startsWith("xmlns:")) out.set(name.slice(6), value);
  }
  return out;
}

/** Sets (or adds) one attribute of a start tag, keeping the rest of the tag as written. */
export function withAttribute(startTag: string, name: string, value: string): string {
  const escaped = escapeXml(value);
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(startTag)) return startTag.replace(re, (_, head: string) => `${head}"${escaped}"`);
  const close = startTag.endsWith("/>") ? startTag.length - 2 : startTag.length - 1;
  return `${startTag.slice(0, close)} ${name}="${escaped}"${startTag.slice(close)}`;
}
