/**
 * xl/sharedStrings.xml: each string item's text, rich-text runs joined, phonetic guides (rPh)
 * left out, OOXML escapes decoded. Each <si> is read whole (rich-text.ts), not tag by tag.
 */
import { decodeOoxmlEscapes } from "./ooxml-text";
import { type RichTextNames, richText, richTextNames } from "./rich-text";
import {
  type RawScan,
  XmlError,
  type XmlHandler,
  prefixOfTagBefore,
  scanXmlBytes,
} from "./xml-scan";

export function parseSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let names: RichTextNames | null = null;
  let itemOpen = "";
  let itemClose = "";
  // Reads the item, and the ones right after it written as <si> (one tag scan for them all).
  const readItem: RawScan = (src, pos, final) => {
    if (!names) {
      names = richTextNames(prefixOfTagBefore(src, pos));
      itemOpen = `<${names.prefix}si>`;
      itemClose = `</${names.prefix}si>`;
    }
    for (;;) {
      const close = src.indexOf(itemClose, pos);
      if (close < 0) {
        if (final) throw new XmlError("the shared strings end inside an item");
        return pos;
      }
      strings.push(decodeOoxmlEscapes(richText(src, pos, close, names)));
      pos = close + itemClose.length;
      if (!src.startsWith(itemOpen, pos)) break;
      pos += itemOpen.length;
    }
    handler.raw = null;
    return pos;
  };
  const handler: XmlHandler = {
    wantsText: false,
    raw: null,
    open(name: string, _attributes: unknown, selfClosing: boolean) {
      if (name !== "si") return;
      if (selfClosing) strings.push("");
      else handler.raw = readItem;
    },
    close() {},
    text() {},
  };
  scanXmlBytes(bytes, handler);
  return strings;
}
