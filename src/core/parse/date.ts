/** Dates as ledgers hold them: Excel serial numbers, and text such as 2024.3, 2024年3月, 2024-03-15. */
import type { SimpleDate } from "../types";
import { isErrorValue, isPlaceholderText } from "./number";
import { memoize, normalizeText, unifyDashes } from "./text";

export type ParsedDate =
  | { kind: "date"; date: SimpleDate }
  | { kind: "empty" }
  | { kind: "error"; text: string }
  | { kind: "invalid"; text: string };

const MS_PER_DAY = 86400000;
/** Excel's day 0 in the 1900 system, allowing for its fictitious 1900-02-29. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serial numbers we accept as dates: 1950-01-01 … 2099-12-31. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73415;

export function excelSerialToDate(serial: number): SimpleDate {
  const date = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** True for number formats that display a date ("yyyy-mm-dd", "yyyy\"年\"m\"月\"", "m/d/yy"). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === "General") return false;
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[yd]/i.test(bare) || /m.*[/-]|[/-].*m/i.test(bare);
}

const TEXT_DATE =
  /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*(?:[月./-]\s*(?:(\d{1,2})\s*[日号]?)?)?(?:底|末|初|上旬|中旬|下旬|前|份)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})?$/;

function build(year: number, month: number, day?: number): SimpleDate | null {
  if (year < 1950 || year > 2099 || month < 1 || month > 12) return null;
  if (day === undefined) return { year, month };
  if (day < 1 || day > 31) return null;
  return { year, month, day };
}

/** A number that is not a serial: 2024.3 → 2024-03, 2024.10 (shown with two decimals) → 2024-10, 202403 → 2024-03. */
function fromPlainNumber(value: number, format: string | null | undefined): SimpleDate | null {
  if (Number.isInteger(value)) {
    const compact = COMPACT_DATE.exec(String(value));
    return compact
      ? build(Number(compact[1]), Number(compact[2]), compact[3] ? Number(compact[3]) : undefined)
      : null;
  }
  const year = Math.floor(value);
  const fraction = value - year;
  const twoDigits = /0\.00/.test(format ?? "") || Math.round(fraction * 100) % 10 !== 0;
  const month = twoDigits ? Math.round(fraction * 100) : Math.round(fraction * 10);
  return build(year, month);
}

export function parseDate(value: unknown, format?: string | null): ParsedDate {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "invalid", text: String(value) };
    const asPlain = value >= 1950 && value < 2100 ? fromPlainNumber(value, format) : null;
    if (asPlain && !isDateFormat(format)) return { kind: "date", date: asPlain };
    if (value >= SERIAL_MIN && value <= SERIAL_MAX)
      return { kind: "date", date: excelSerialToDate(value) };
    const other = fromPlainNumber(value, format);
    return other ? { kind: "date", date: other } : { kind: "invalid", text: String(value) };
  }
  if (typeof value !== "string") return { kind: "invalid", text: String(value) };
  const raw = value.trim();
  if (raw === "") return { kind: "empty" };
  if (isErrorValue(raw)) return { kind: "error", text: raw.toUpperCase() };
  if (isPlaceholderText(raw)) return { kind: "empty" };
  const parsed = parseDateText(raw);
  // A fresh object per cell: the memo is shared, the rows must not be.
  return parsed.kind === "date" ? { kind: "date", date: { ...parsed.date } } : parsed;
}

/** Text dates repeat a lot in a ledger ("2024年3月"); parse each distinct text once. */
const parseDateText = memoize((raw: string): ParsedDate => {
  const text = unifyDashes(normalizeText(raw)).replace(/\s+/g, "");
  const match = TEXT_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  const date = match
    ? build(Number(match[1]), Number(match[2]), match[3] ? Number(match[3]) : undefined)
    : null;
  return date ? { kind: "date", date } : { kind: "invalid", text: raw };
});

/** Compare by month only: is `date` in or before year/month? */
export function isOnOrBefore(date: SimpleDate, year: number, month: number): boolean {
  return date.year < year || (date.year === year && date.month <= month);
}
