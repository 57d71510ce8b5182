/** Amount units: finding them in unit lines and headers, and converting amounts to 万. */
import type { AmountUnit } from "../types";
import { clean, parseNumber, type NumberSuffix, type ParsedNumber } from "./number";
import { memoize, normalizeText } from "./text";

const UNIT_LINE = /单位\s*:?\s*(万美元|亿元|万元|元)/;
const HEADER_UNIT = /(?:^|[([/:])\s*(?:单位\s*:?\s*)?(万美元|亿元|万元|元)\s*(?=$|[)\],、;])/;

/** The unit a unit line states: "单位：万元", "金额单位：亿元", "单位:万元、个" (Traditional too). */
export const unitFromUnitLine = memoize((text: string): AmountUnit | null => {
  const normal = normalizeText(text);
  const match = UNIT_LINE.exec(normal);
  if (match) return match[1] as AmountUnit;
  return englishUnit(normal);
});

/** "Unit: 10,000 yuan", "Amounts in CNY 100 million", "Unit: 10k USD". */
function englishUnit(text: string): AmountUnit | null {
  const key = text.toLowerCase().replace(/\s+/g, " ");
  if (!/\b(unit|units|amounts? in|in)\b/.test(key)) return null;
  const usd = /usd|us\$|dollar/.test(key);
  if (/100 ?million|hundred million|100,000,000/.test(key)) return usd ? null : "亿元";
  if (/10,?000|ten thousand|10k\b/.test(key)) return usd ? "万美元" : "万元";
  return null;
}

/** The unit inside a header: "总投资（万元）", "總投資(萬元)", "Total investment (亿元)", "万元". */
export const unitFromHeader = memoize((text: string): AmountUnit | null => {
  const match = HEADER_UNIT.exec(normalizeText(text));
  return match ? (match[1] as AmountUnit) : null;
});

/** How many 万 one unit is. 万美元 stays in 万 of its own currency. */
export function unitFactor(unit: AmountUnit): number {
  switch (unit) {
    case "亿元":
      return 10000;
    case "元":
      return 0.0001;
    default:
      return 1;
  }
}

function suffixFactor(suffix: NumberSuffix): number {
  if (suffix === "亿") return 10000;
  if (suffix === "元" || suffix === "美元") return 0.0001;
  return 1;
}

export type ParsedAmount = ParsedNumber;

/**
 * Parse an amount cell into 万 of the row currency. A unit typed in the cell ("0.3亿") wins over
 * the column unit; a percent sign makes the cell invalid as an amount.
 */
export function parseAmount(value: unknown, columnUnit: AmountUnit): ParsedAmount {
  const parsed = parseNumber(value);
  if (parsed.kind !== "number") return parsed;
  if (parsed.suffix === "%") return { kind: "invalid", text: String(value) };
  const factor = parsed.suffix ? suffixFactor(parsed.suffix) : unitFactor(columnUnit);
  return {
    kind: "number",
    value: factor === 1 ? parsed.value : clean(parsed.value * factor),
    suffix: parsed.suffix,
    ...(parsed.currency ? { currency: parsed.currency } : {}),
  };
}
