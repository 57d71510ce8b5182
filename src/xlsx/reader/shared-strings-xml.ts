/**
 * xl/sharedStrings.xml: each string item's text, rich-text runs joined, phonetic guides (rPh)
 * left out, OOXML escapes decoded.
 */
import { decodeOoxmlEscapes } from "./ooxml-text";
import { type XmlHandler, scanXmlBytes } from "./xml-scan";

export function parseSharedStrings(bytes: Uint8Array): string[] {
  const strings: string[] = [];
  let current = "";
  let inItem = false;
  let phonetic = 0;
  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, _attributes: unknown, selfClosing: boolean) {
      if (name === "si") {
        if (selfClosing) strings.push("");
        else {
          inItem = true;
          current = "";
        }
      } else if (name === "rPh" && !selfClosing) phonetic++;
      else if (name === "t" && inItem && phonetic === 0 && !selfClosing) handler.wantsText = true;
    },
    close(name: string) {
      if (name === "t") handler.wantsText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        strings.push(decodeOoxmlEscapes(current));
        inItem = false;
      }
    },
    text(value: string) {
      current += value;
    },
  };
  scanXmlBytes(bytes, handler);
  return strings;
}
