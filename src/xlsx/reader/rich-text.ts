/**
 * The text of a string item: a shared string (<si>) or an inline string (<is>), plain or in
 * rich-text runs (<r><rPr/><t>…</t></r>), its <t> texts joined and its phonetic guides (<rPh>)
 * left out, entities and CDATA decoded. Linear in the item's length.
 */
import { XmlError, textBetween } from "./xml-scan";

const SPACE = 32;
const GT = 62;
const SLASH = 47;
const LOWER_T = 116;

/** Element names as the part spells them (`prefix` is "x:" or ""). */
export interface RichTextNames {
  prefix: string;
  textClose: string;
  phoneticClose: string;
}

export function richTextNames(prefix: string): RichTextNames {
  return { prefix, textClose: `</${prefix}t>`, phoneticClose: `</${prefix}rPh>` };
}

/** The item's text in src[start, end) (its content, between the item's tags). */
export function richText(src: string, start: number, end: number, names: RichTextNames): string {
  const { prefix, textClose, phoneticClose } = names;
  let text = "";
  let at = start;
  while (at < end) {
    const lt = src.indexOf("<", at);
    if (lt < 0 || lt >= end) break;
    at = lt + 1;
    if (prefix !== "" && !src.startsWith(prefix, at)) continue;
    const name = at + prefix.length;
    if (src.charCodeAt(name) === LOWER_T && isNameEnd(src.charCodeAt(name + 1))) {
      const gt = src.indexOf(">", name);
      if (gt < 0 || gt >= end) break;
      at = gt + 1;
      if (src.charCodeAt(gt - 1) === SLASH) continue; // <t/>
      const close = src.indexOf(textClose, gt);
      if (close < 0 || close > end) throw new XmlError("malformed string item");
      text += textBetween(src, gt + 1, close);
      at = close + textClose.length;
    } else if (src.startsWith("rPh", name) && isNameEnd(src.charCodeAt(name + 3))) {
      const close = src.indexOf(phoneticClose, name);
      at = close < 0 || close >= end ? end : close + phoneticClose.length;
    }
  }
  return text;
}

function isNameEnd(code: number): boolean {
  return code <= SPACE || code === GT || code === SLASH;
}
