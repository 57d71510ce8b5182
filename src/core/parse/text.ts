/** Text normalisation shared by header matching, vocabulary checks and cell parsing. */
import { foldTraditional, isFolded } from "./traditional";

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
export function normalizeText(text: string): string {
  return isStable(text) ? text : normalizeMemo(text);
}

const normalizeMemo = memoize((text: string): string =>
  foldTraditional(text.normalize("NFKC")).replace(/\s+/g, " ").trim()
);

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** normalizeText, lower-cased, with every space removed: the key headers and labels are matched on. */
export function compactKey(text: string): string {
  // A stable text needs only A–Z lowered; most (Chinese names, lower-case codes) have none, and
  // toLowerCase would still copy them (through ICU for Chinese text).
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (STABLE_CHAR[code] === 0) return compactMemo(text);
    if (code >= 65 && code <= 90) upper = true;
  }
  return upper ? text.toLowerCase() : text;
}

/** compactKey(text).toUpperCase(), without copying a stable text that has no a–z (most codes). */
export function compactUpperKey(text: string): string {
  let lower = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (STABLE_CHAR[code] === 0) return compactMemo(text).toUpperCase();
    if (code >= 97 && code <= 122) lower = true;
  }
  // Stable text: lowering then raising A–Z/a–z is raising; nothing else has a case.
  return lower ? text.toUpperCase() : text;
}

const compactMemo = memoize((text: string): string =>
  // Printable ASCII (codes like "XM2024001") needs no NFKC or Traditional folding.
  (PRINTABLE_ASCII.test(text) ? text : normalizeText(text)).toLowerCase().replace(/\s+/g, "")
);

/**
 * Characters that NFKC, the Traditional folding and the whitespace rule all leave alone: printable
 * ASCII but the space, and CJK ideographs that are not folded. A text made only of them (most
 * project names and codes) normalises to itself, without the memo (100,000 names are all new).
 */
const STABLE_CHAR = new Uint8Array(0x10000);
for (let code = 0x21; code <= 0x7e; code++) STABLE_CHAR[code] = 1;
for (let code = 0x4e00; code <= 0x9fff; code++) STABLE_CHAR[code] = isFolded(code) ? 0 : 1;

function isStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (STABLE_CHAR[text.charCodeAt(i)] === 0) return false;
  return true;
}

/** Dash variants (—, –, －, ‐, ~ …) and "至"/"到" between digits → "-", for period/date patterns. */
export function unifyDashes(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D~～〜]/g, "-")
    .replace(/(\d)\s*[至到]\s*(\d)/g, "$1-$2");
}
