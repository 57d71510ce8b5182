/** Text normalisation shared by header matching, vocabulary checks and cell parsing. */
import { foldTraditional } from "./traditional";

const CACHE_LIMIT = 20000;

/** A small memo for pure string → value functions; ledgers repeat the same texts a lot. */
export function memoize<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Anything a host may put in a cell, as display text ("" for empty). Never throws. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "";
}

export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

/**
 * Full-width → half-width (NFKC: "（" → "(", "３" → "3", "％" → "%"), Traditional → Simplified,
 * whitespace runs (incl. ideographic space) → one space, trimmed.
 */
export const normalizeText = memoize((text: string): string =>
  foldTraditional(text.normalize("NFKC")).replace(/\s+/g, " ").trim()
);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** normalizeText, lower-cased, with every space removed: the key headers and labels are matched on. */
export const compactKey = memoize((text: string): string =>
  // Printable ASCII (codes like "XM2024001") needs no NFKC or Traditional folding.
  (PRINTABLE_ASCII.test(text) ? text : normalizeText(text)).toLowerCase().replace(/\s+/g, "")
);

/** Dash variants (—, –, －, ‐, ~ …) and "至"/"到" between digits → "-", for period/date patterns. */
export function unifyDashes(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D~～〜]/g, "-")
    .replace(/(\d)\s*[至到]\s*(\d)/g, "$1-$2");
}
