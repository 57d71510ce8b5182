/**
 * How two rows are recognised as the same project: by code, else by a normalised name.
 * Used by reconciliation, consolidation and the duplicate check.
 */
import type { ProjectRow } from "../types";
import { compactKey, compactUpperKey } from "../parse/text";
import { KeyIds } from "./key-ids";

/** Trailing words that vary between reports of one project ("XX路改造工程" / "XX路改造项目"). */
const TRAILING_WORDS = ["项目", "工程", "建设"];
const BRACKETS_AND_QUOTES = /[()[\]{}<>（）【】〔〕［］《》〈〉「」『』"'“”‘’]/g;

/** Full-width → half-width, Traditional → Simplified, no spaces, no brackets or quotes, no trailing 项目/工程/建设. */
export function normaliseName(name: string | null): string | null {
  if (!name) return null;
  let text = compactKey(name).replace(BRACKETS_AND_QUOTES, "");
  // Strip trailing 项目/工程/建设 one at a time ("XX路建设工程项目" → "XX路"), but never down to nothing.
  for (let changed = true; changed;) {
    changed = false;
    for (const word of TRAILING_WORDS) {
      if (text.endsWith(word) && text.length - word.length >= 2) {
        text = text.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return text === "" ? null : text;
}

export function normaliseCode(code: string | null): string | null {
  if (!code) return null;
  const text = compactUpperKey(code);
  return text === "" ? null : text;
}

/** The keys a project is recognised by, strongest first. */
const IDENTITY_KEYS = [
  ["code", (row: Pick<ProjectRow, "code" | "name">) => normaliseCode(row.code)],
  ["name", (row: Pick<ProjectRow, "code" | "name">) => normaliseName(row.name)],
] as const;

export interface MatchedPair<T> {
  previous: T;
  current: T;
  by: "code" | "name";
}

/**
 * Pairs rows of two lists: first by code, then the rest by normalised name, each row used once
 * (in sheet order, so duplicates pair up first-to-first). Two rows with different codes are
 * different projects even when their names agree.
 */
export function matchProjects<T extends Pick<ProjectRow, "code" | "name">>(
  previous: T[],
  current: T[]
): { pairs: MatchedPair<T>[]; unmatchedPrevious: T[]; unmatchedCurrent: T[] } {
  const pairs: MatchedPair<T>[] = [];
  let restPrevious = previous;
  let restCurrent = current;
  for (const [by, key] of IDENTITY_KEYS) {
    const waiting = new Map<string, T[]>();
    for (const row of restPrevious) {
      const k = key(row);
      if (k !== null) waiting.set(k, [...(waiting.get(k) ?? []), row]);
    }
    const used = new Set<T>();
    const stillCurrent: T[] = [];
    for (const row of restCurrent) {
      const k = key(row);
      const queue = k === null ? undefined : waiting.get(k);
      const index = queue ? queue.findIndex((other) => codesCompatible(other, row)) : -1;
      const candidate = queue && index >= 0 ? queue.splice(index, 1)[0] : undefined;
      if (candidate) {
        pairs.push({ previous: candidate, current: row, by });
        used.add(candidate);
      } else {
        stillCurrent.push(row);
      }
    }
    restPrevious = restPrevious.filter((row) => !used.has(row));
    restCurrent = stillCurrent;
  }
  return { pairs, unmatchedPrevious: restPrevious, unmatchedCurrent: restCurrent };
}

/** Same project as far as codes tell: equal codes, or at least one row without a code. */
export function codesCompatible(a: Pick<ProjectRow, "code">, b: Pick<ProjectRow, "code">): boolean {
  const codeA = normaliseCode(a.code);
  const codeB = normaliseCode(b.code);
  return codeA === null || codeB === null || codeA === codeB;
}

export interface DuplicatePair<T> {
  first: T;
  second: T;
  by: "code" | "name";
}

/** Pairs of rows (in list order) that are the same project: same code, or same name without conflicting codes. */
export function duplicatePairs<T extends Pick<ProjectRow, "code" | "name">>(
  rows: T[]
): DuplicatePair<T>[] {
  const pairs: DuplicatePair<T>[] = [];
  for (const [by, key] of IDENTITY_KEYS) {
    // The first row of a key is kept alone (by the key's id); a list is made only for keys seen twice.
    const ids = new KeyIds(rows.length);
    const firstOf: T[] = [];
    const more = new Map<number, T[]>();
    for (const row of rows) {
      const k = key(row);
      if (k === null) continue;
      const id = ids.idOf(k);
      if (id === firstOf.length) {
        firstOf.push(row);
        continue;
      }
      let earlier = more.get(id);
      if (!earlier) {
        earlier = [firstOf[id]];
        more.set(id, earlier);
      }
      for (const first of earlier) {
        const sameCode =
          normaliseCode(first.code) !== null &&
          normaliseCode(first.code) === normaliseCode(row.code);
        // A name pair whose codes agree is already a code pair; one whose codes differ is two projects.
        if (by === "code" || (!sameCode && codesCompatible(first, row)))
          pairs.push({ first, second: row, by });
      }
      earlier.push(row);
    }
  }
  return pairs;
}
