/**
 * Turns exceljs cell values into the values an Excel host gives (Grid CellValue): formulas become
 * their cached result, rich text and hyperlinks their plain text, dates their serial number.
 */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/types";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system; 1904 workbooks count 1462 days fewer. */
const UNIX_EPOCH_SERIAL = 25569;
const DATE1904_OFFSET = 1462;

/** Excel serial number of a date as exceljs decoded it (UTC). */
export function dateToSerial(date: Date, date1904: boolean): number {
  const days = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE1904_OFFSET : 0);
  // Undo floating noise from the millisecond round trip (45292.000000000004 → 45292).
  const whole = Math.round(days);
  return Math.abs(days - whole) < 1e-9 ? whole : Math.round(days * 1e9) / 1e9;
}

export function plainCellValue(value: ExcelJS.CellValue | undefined, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value === "" ? null : value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ("error" in value) return String(value.error);
  if ("richText" in value) return richTextToString(value.richText);
  if ("hyperlink" in value) return hyperlinkText(value);
  if ("formula" in value || "sharedFormula" in value) {
    return plainCellValue(
      (value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue | undefined,
      date1904
    );
  }
  return null;
}

function richTextToString(parts: ExcelJS.RichText[]): string | null {
  const text = parts.map((p) => p.text).join("");
  return text === "" ? null : text;
}

function hyperlinkText(value: ExcelJS.CellHyperlinkValue): string | null {
  const text: unknown = value.text;
  if (typeof text === "string") return text === "" ? null : text;
  if (text && typeof text === "object" && "richText" in text) {
    return richTextToString((text as ExcelJS.CellRichTextValue).richText);
  }
  return value.hyperlink || null;
}
