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
  let itemClose = "";
  const readItem: RawScan = (src, pos, final) => {
    if (!names) {
      names = richTextNames(prefixOfTagBefore(src, pos));
      itemClose = `</${names.prefix}si>`;
    }
    const close = src.indexOf(itemClose, pos);
    if (close < 0) {
      if (final) throw new XmlError("the shared strings end inside an item");
      return pos;
    }
    strings.push(decodeOoxmlEscapes(richText(src, pos, close, names)));
    handler.raw = null;
    return close + itemClose.length;
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
