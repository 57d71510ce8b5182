/** xl/styles.xml: the number format of each cell style (cellXfs), by style index. */
import { GENERAL, builtInFormat } from "./number-formats";
import { type XmlAttributes, type XmlHandler, scanXmlBytes } from "./xml-scan";

export interface CellStyles {
  /** Format code of style `index` ("General" for unknown styles). */
  format(index: number): string;
}

export const NO_STYLES: CellStyles = { format: () => GENERAL };

export function parseStyles(bytes: Uint8Array): CellStyles {
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, attributes: XmlAttributes, selfClosing: boolean) {
      if (name === "numFmt") {
        const id = Number(attributes.get("numFmtId"));
        const code = attributes.get("formatCode");
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) formatIds.push(Number(attributes.get("numFmtId") ?? 0));
    },
    close(name: string) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  scanXmlBytes(bytes, handler);
  const formats = formatIds.map((id) =>
    Number.isInteger(id) ? (custom.get(id) ?? builtInFormat(id)) : GENERAL
  );
  return { format: (index) => formats[index] ?? GENERAL };
}
