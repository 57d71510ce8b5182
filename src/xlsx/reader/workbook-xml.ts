/** xl/workbook.xml: the sheets in order (name, visibility, relationship) and the date system. */
import type { SheetState } from "./sheet-cells";
import { isTrue } from "./ooxml-text";
import { type XmlAttributes, type XmlHandler, scanXmlBytes } from "./xml-scan";

export interface WorkbookSheetEntry {
  name: string;
  /** The sheetId attribute (exceljs's worksheet id). */
  sheetId: string;
  state: SheetState;
  relationshipId: string;
}

export interface WorkbookInfo {
  sheets: WorkbookSheetEntry[];
  date1904: boolean;
}

export function parseWorkbook(bytes: Uint8Array): WorkbookInfo {
  const info: WorkbookInfo = { sheets: [], date1904: false };
  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, attributes: XmlAttributes) {
      if (name === "workbookPr") info.date1904 = isTrue(attributes.get("date1904"));
      else if (name === "sheet")
        info.sheets.push({
          name: attributes.get("name") ?? "",
          sheetId: attributes.get("sheetId") ?? "",
          state: sheetState(attributes.get("state")),
          // r:id, with whatever prefix the relationships namespace has.
          relationshipId: attributes.get("id") ?? "",
        });
    },
    close() {},
    text() {},
  };
  scanXmlBytes(bytes, handler);
  return info;
}

function sheetState(value: string | null): SheetState {
  return value === "hidden" || value === "veryHidden" ? value : "visible";
}
