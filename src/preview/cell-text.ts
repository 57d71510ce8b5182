/** A stored cell as the preview's grid shows it, roughly as Excel would with its number format. */
import { fixed } from "../core/index";

/** Excel serial → yyyy-mm-dd (1900 date system). */
function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000));
  return date.toISOString().slice(0, 10);
}

function decimalsOf(format: string): number {
  const match = /\.(0+)/.exec(format);
  return match ? match[1].length : 0;
}

export function cellText(value: unknown, format: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (format.includes("%")) return `${fixed(value * 100, decimalsOf(format))}%`;
  if (/[yd]/i.test(format) && !/^\[/.test(format)) return serialDate(value);
  if (format !== "General" && /0/.test(format)) {
    const text = fixed(value, decimalsOf(format));
    return format.includes(",")
      ? Number(text).toLocaleString("en", { minimumFractionDigits: decimalsOf(format) })
      : text;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}
