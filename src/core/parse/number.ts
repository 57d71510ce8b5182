/** Numbers as ledgers hold them: real numbers, numbers typed as text, dashes, error values. */
import { memoize, normalizeText, unifyDashes } from "./text";

/** A unit or percent sign typed after a number ("3000万", "0.3亿", "50%", "500万美元"). */
export type NumberSuffix = "万" | "亿" | "元" | "万美元" | "美元" | "%";

/** The currency a typed suffix states: 万元/亿元/元 → CNY, 万美元/美元 → USD; 万/亿 alone state none. */
export type StatedCurrency = "CNY" | "USD" | null;

export type ParsedNumber =
  | { kind: "number"; value: number; suffix: NumberSuffix | null; currency?: StatedCurrency }
  /** Blank, or a placeholder for zero/unknown (—, -, /, 无). Not worth a finding. */
  | { kind: "empty" }
  /** An Excel error value (#N/A, #DIV/0! …). */
  | { kind: "error"; text: string }
  | { kind: "invalid"; text: string };

const ERROR_VALUES = new Set([
  "#N/A",
  "#DIV/0!",
  "#REF!",
  "#VALUE!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
]);

/** True for Excel error values as hosts deliver them ("#N/A", "#DIV/0!" …). */
export function isErrorValue(value: unknown): boolean {
  return (
    typeof value === "string" &&
    value.length > 1 &&
    value.charCodeAt(0) === 35 &&
    ERROR_VALUES.has(value.trim().toUpperCase())
  );
}

const PLACEHOLDERS = new Set([
  "",
  "/",
  "\\",
  "无",
  "空",
  "暂无",
  "n/a",
  "na",
  "…",
  "...",
  "——",
  "×",
]);
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const NUMBER_WITH_SUFFIX =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)(万美元|美元|万元|亿元|万|亿|元|%|usd|rmb|cny)?$/;
/** Commas only as thousands separators: "1,234.5", "12,345,678"; not "3000,5" nor "3,00". */
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?(?:[^\d,.].*)?$/;

/** True for blank cells and the dashes/slashes people type for "zero or unknown". */
/** Characters placeholders are made of; anything else cannot be one (a cheap gate before normalising). */
const PLACEHOLDER_CHARS = /^[\s\-\u2010-\u2015\u2212\uFF0D/\\\uFF0F\uFF3C无空暂nNaA.…×_\u3000]+$/;

export function isPlaceholderText(text: string): boolean {
  return (
    text.length <= 12 && !startsWithWord(text) && PLACEHOLDER_CHARS.test(text) && placeholder(text)
  );
}

/**
 * A cheap gate before PLACEHOLDER_CHARS (every text cell of every row asks): a text that starts
 * with a digit or a Chinese character other than 无/空/暂 cannot be made of those characters only.
 */
function startsWithWord(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return true;
  return code >= 0x4e00 && code <= 0x9fff && code !== 0x65e0 && code !== 0x7a7a && code !== 0x6682;
}

const placeholder = memoize((text: string): boolean => {
  const compact = unifyDashes(normalizeText(text)).toLowerCase().replace(/\s+/g, "");
  return PLACEHOLDERS.has(compact) || /^-+$/.test(compact);
});

/** Parse one cell as a number. Never throws; NaN/Infinity and booleans are invalid. */
export function parseNumber(value: unknown): ParsedNumber {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", value, suffix: null }
      : { kind: "invalid", text: String(value) };
  }
  if (typeof value !== "string") return { kind: "invalid", text: String(value) };
  const raw = value.trim();
  if (raw === "") return { kind: "empty" };
  if (PLAIN_NUMBER.test(raw)) {
    // "9999…" (400 digits) matches but overflows to Infinity: not a usable figure.
    const number = Number(raw);
    return Number.isFinite(number)
      ? { kind: "number", value: number, suffix: null }
      : { kind: "invalid", text: raw };
  }
  if (isErrorValue(raw)) return { kind: "error", text: raw.toUpperCase() };
  if (raw.length > 60) return { kind: "invalid", text: raw };
  if (isPlaceholderText(raw)) return { kind: "empty" };
  const worded = currencyWords(unifyDashes(normalizeText(raw)).toLowerCase().replace(/[\s']/g, ""));
  const spaced = worded.text;
  if (spaced.includes(",") && !THOUSANDS.test(spaced)) return { kind: "invalid", text: raw };
  const compact = spaced.replace(/,/g, "");
  const match = NUMBER_WITH_SUFFIX.exec(compact);
  if (!match) return { kind: "invalid", text: raw };
  const number = Number(match[1]);
  if (!Number.isFinite(number)) return { kind: "invalid", text: raw };
  const typed = match[2];
  if (typed === undefined) {
    return worded.currency === null
      ? { kind: "number", value: number, suffix: null }
      : { kind: "number", value: number, suffix: null, currency: worded.currency };
  }
  // "USD 600万", "¥3000万": the currency word stands before, the unit after.
  const currency = currencyOf(typed) ?? worded.currency;
  const suffix = suffixOf(typed);
  return currency
    ? { kind: "number", value: number, suffix, currency }
    : { kind: "number", value: number, suffix };
}

const CURRENCY_BEFORE = /^(¥|rmb|cny|人民币|us\$|\$|usd|美元|美金)/;
const CURRENCY_AFTER = /(人民币|美金)$/;

/**
 * Currency words around a number ("¥3000万", "USD 600万", "3.5亿元人民币", "800万美金"): taken
 * off the text, and the currency they state kept.
 */
function currencyWords(text: string): { text: string; currency: StatedCurrency } {
  let rest = text;
  let currency: StatedCurrency = null;
  const before = CURRENCY_BEFORE.exec(rest);
  if (before) {
    currency = /\$|usd|美/.test(before[1]) ? "USD" : "CNY";
    rest = rest.slice(before[1].length);
  }
  const after = CURRENCY_AFTER.exec(rest);
  if (after) {
    currency = after[1] === "美金" ? "USD" : "CNY";
    rest = rest.slice(0, after.index);
    // "800万美金" is 800万美元.
    if (currency === "USD" && /万$/.test(rest)) rest = `${rest}美元`;
  }
  return { text: rest, currency };
}

function suffixOf(text: string): NumberSuffix | null {
  switch (text) {
    case "万":
    case "万元":
      return "万";
    case "亿":
    case "亿元":
      return "亿";
    case "元":
    case "rmb":
    case "cny":
      return "元";
    case "万美元":
      return "万美元";
    case "美元":
    case "usd":
      return "美元";
    case "%":
      return "%";
    default:
      return null;
  }
}

function currencyOf(text: string): StatedCurrency {
  if (text === "万美元" || text === "美元" || text === "usd") return "USD";
  if (text === "万" || text === "亿" || text === "%") return null;
  return "CNY";
}

/** True when a text number uses a comma that is no thousands separator ("3000,5", "3,00"). */
export function hasStrayComma(text: string): boolean {
  const spaced = unifyDashes(normalizeText(text)).replace(/[\s']/g, "");
  return spaced.includes(",") && !THOUSANDS.test(spaced);
}

/** Remove floating noise from a product such as 1.1 × 10000 (→ 11000, not 11000.000000000002). */
export function clean(value: number): number {
  if (value === 0) return 0;
  // Ledgers repeat the same few thousand rates and amounts: each is cleaned once.
  let cleaned = cleanedValues.get(value);
  if (cleaned === undefined) {
    cleaned = Number.parseFloat(value.toPrecision(15));
    if (cleanedValues.size >= CLEANED_LIMIT) cleanedValues.clear();
    cleanedValues.set(value, cleaned);
  }
  return cleaned;
}

const CLEANED_LIMIT = 20000;
const cleanedValues = new Map<number, number>();
