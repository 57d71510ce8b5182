/**
 * Figures inside messages: thousands separators, at most two decimals, no trailing zeros
 * (2800 → "2,800", 1234.5 → "1,234.5", 2999.99 → "2,999.99"). Rounding happens only here.
 */
import { fixed } from "../format";

export function amountText(value: number, decimals = 2): string {
  // A whole number (most 万元 figures) needs no rounding: its digits are String(value).
  if (Number.isInteger(value) && Math.abs(value) < 1e15)
    return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
  // Beyond 10^15 digits are float noise and toFixed writes exponents ("1e+300"): say it as
  // a plain exponent, never grouped ("1e+,300").
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
    return value.toPrecision(3).replace("+", "");
  const text = fixed(value, decimals);
  const dot = text.indexOf(".");
  const wholeEnd = dot < 0 ? text.length : dot;
  const negative = text.charCodeAt(0) === 45; // "-"
  const digits = text.slice(negative ? 1 : 0, wholeEnd);
  let end = text.length;
  if (dot >= 0) while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end--; // trailing zeros
  const fraction = dot >= 0 && end > dot + 1 ? text.slice(dot, end) : "";
  return `${negative ? "-" : ""}${groupThousands(digits)}${fraction}`;
}

/** "1234567" → "1,234,567" (a loop: this runs for every project's listing reason). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** "2,800万元" / "480万美元". */
export function wanText(value: number, currency: "CNY" | "USD" = "CNY"): string {
  return `${amountText(value)}${currency === "USD" ? "万美元" : "万元"}`;
}

/** English: 万 amounts as millions ("2800万元" → "CNY 28 million", "480万美元" → "USD 4.8 million"). */
export function wanTextEn(value: number, currency: "CNY" | "USD" = "CNY"): string {
  return `${currency} ${amountText(value / 100, 4)} million`;
}

/** Both languages of one amount. */
export function moneyText(
  value: number,
  currency: "CNY" | "USD" = "CNY"
): { zh: string; en: string } {
  return { zh: wanText(value, currency), en: wanTextEn(value, currency) };
}
