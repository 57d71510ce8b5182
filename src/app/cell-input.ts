/**
 * What to put in Range.values so a cell ends up holding exactly the given value. Excel treats
 * written strings like typed ones: "=HYPERLINK(…)" becomes a formula, "0012" the number 12,
 * "TRUE" a boolean, "1-6" maybe a date. A leading apostrophe makes Excel keep the text as text
 * and is not part of the value (nor shown); cells formatted as Text ("@") keep any string as is.
 */
import type { SpecValue } from "../core/index";

/** Strings Excel could read as something other than text: formulas, numbers, dates, booleans, errors. */
const COERCIBLE = /^\s*[=+\-@#'(\d.$¥￥€£]|^\s*(true|false)\s*$/i;

export function needsTextGuard(text: string): boolean {
  return COERCIBLE.test(text);
}

export function cellInput(value: SpecValue, numberFormat: string): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  if (numberFormat === "@" || !needsTextGuard(value)) return value;
  return `'${value}`;
}
