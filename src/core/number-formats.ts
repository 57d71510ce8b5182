/**
 * What a cell shows under one of the sheets' number format codes, as text: the layout sizes
 * columns by it (a number wider than its column shows as "###"). Only the codes the sheets use
 * need to be right: fixed decimals, thousands separators, a percent sign, literal signs and up to
 * three sections (positive;negative;zero); "@" and "General" show the value as it is.
 */
import { fixed } from "./format";

type CellValue = string | number | boolean | null;

interface Section {
  prefix: string;
  suffix: string;
  decimals: number;
  grouped: boolean;
  percent: boolean;
}

const parsed = new Map<string, Section[]>();

export function formattedText(value: CellValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  if (format === "@" || format === "General") return generalText(value);
  const sections = sectionsOf(format);
  // With a negative section the sign is its literal; with one section Excel prefixes "-".
  const own = value < 0 && sections.length > 1 ? 1 : value === 0 && sections.length > 2 ? 2 : 0;
  const section = sections[own];
  const magnitude = own === 1 ? -value : value;
  const scaled = section.percent ? magnitude * 100 : magnitude;
  let digits = fixed(scaled, section.decimals);
  if (section.grouped) digits = grouped(digits);
  return `${section.prefix}${digits}${section.suffix}`;
}

/** "1234567.5" → "1,234,567.5" (sign kept in front). */
function grouped(digits: string): string {
  const sign = digits.startsWith("-") ? "-" : "";
  const body = sign ? digits.slice(1) : digits;
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const rest = dot < 0 ? "" : body.slice(dot);
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${rest}`;
}

/** Excel's General: up to 11 characters of a number (about 10 significant digits). */
function generalText(value: number): string {
  const text = String(value);
  return text.length <= 11 ? text : String(Number(value.toPrecision(10)));
}

function sectionsOf(format: string): Section[] {
  let sections = parsed.get(format);
  if (!sections) {
    sections = format.split(";").map(parseSection);
    parsed.set(format, sections);
  }
  return sections;
}

function parseSection(code: string): Section {
  const first = code.search(/[#0]/);
  if (first < 0) return { prefix: code, suffix: "", decimals: 0, grouped: false, percent: false };
  let last = first;
  for (let i = first; i < code.length; i++) if (/[#0.,]/.test(code[i])) last = i;
  const number = code.slice(first, last + 1);
  const dot = number.indexOf(".");
  return {
    prefix: unquoted(code.slice(0, first)),
    suffix: unquoted(code.slice(last + 1)),
    decimals: dot < 0 ? 0 : number.length - dot - 1,
    grouped: number.includes(","),
    percent: code.includes("%"),
  };
}

function unquoted(text: string): string {
  return text.replace(/["\\]/g, "");
}

/** True when the number shows the same with no decimals as with two (a whole amount). */
export function isWholeAmount(value: number): boolean {
  return Math.abs(value - Math.round(value)) < 0.005;
}
