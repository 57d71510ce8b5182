/**
 * String.prototype.normalize for IE11, which lacks it (the reader folds full-width characters
 * with NFKC) and core-js cannot polyfill it. Only the compatibility characters of the blocks in
 * nfkc-table.ts are mapped, one character at a time; everything else is left as it is, which is
 * what NFKC does to ASCII and to ordinary CJK text. Combining sequences are not composed.
 */
import { NFKC_TABLE } from "./nfkc-table";

const ENTRY_SEPARATOR = "\u0000";
/** Any character from U+00A0 up: only such strings can contain a mapped character. */
const MAYBE_MAPPED = /[\u00a0-\uffff]/;

let mappings: Record<string, string> | null = null;

function mappingTable(): Record<string, string> {
  if (mappings) return mappings;
  const table: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const block of NFKC_TABLE) {
    for (const entry of block.split(ENTRY_SEPARATOR)) table[entry.charAt(0)] = entry.slice(1);
  }
  mappings = table;
  return table;
}

/** NFKC of the characters ledgers contain (full-width forms, ①, ㈠, ㎡, Kangxi radicals…). */
export function nfkcLite(text: string): string {
  if (!MAYBE_MAPPED.test(text)) return text;
  const table = mappingTable();
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    const mapped = table[char];
    result += mapped === undefined ? char : mapped;
  }
  return result;
}

const FORMS = ["NFC", "NFD", "NFKC", "NFKD"];

/** Installs normalize() where the engine has none; compatibility forms use nfkcLite. */
export function installNormalize(): void {
  if (typeof String.prototype.normalize === "function") return;
  Object.defineProperty(String.prototype, "normalize", {
    configurable: true,
    writable: true,
    value: function normalize(this: string, form?: string): string {
      const name = form === undefined ? "NFC" : String(form);
      if (FORMS.indexOf(name) < 0)
        throw new RangeError(`The normalization form should be one of ${FORMS.join(", ")}.`);
      const text = String(this);
      return name === "NFKC" || name === "NFKD" ? nfkcLite(text) : text;
    },
  });
}
