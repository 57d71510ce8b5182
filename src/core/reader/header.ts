/** Finding the header rows and the combined header text of each column. */
import type { FieldKey } from "../types";
import { unitFromUnitLine } from "../parse/amount";
import { parseNumber } from "../parse/number";
import { cellText, compactKey } from "../parse/text";
import { matchHeader } from "./fields";
import type { GridView } from "./grid-view";
import { isFootnoteLabel, parseSectionLabel, parseSubtotalLabel } from "./labels";

/** How far down a header may start, and how many rows it may span. */
const SCAN_ROWS = 60;
const MAX_HEADER_ROWS = 4;

export interface HeaderRange {
  first: number;
  last: number;
}

export interface HeaderTexts {
  /** Combined text per column ("2024年/计划投资"). */
  headers: string[];
  /** Lowest header text per column ("计划投资"). */
  leaves: string[];
  /** Group text above the leaf ("2024年"), "" when none. */
  groups: string[];
}

/** Header text as displayed: line breaks inside a cell dropped, space runs collapsed. */
export function headerCellText(value: unknown): string {
  return cellText(value)
    .replace(/\s*[\r\n]+\s*/g, "")
    .replace(/\s+/g, " ");
}

/** Distinct fields the cells of a row name with confidence (a header row names several). */
function fieldsNamed(view: GridView, r: number): Set<FieldKey> {
  const fields = new Set<FieldKey>();
  const row = view.row(r);
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value !== "string" || value.length > 40) continue;
    const match = matchHeader(headerCellText(value));
    if (match && match.confidence >= 0.9) fields.add(match.field);
  }
  return fields;
}

/** A row that could be part of a header: text only, no figures, no unit line, no title, no data labels. */
function couldBeHeaderRow(view: GridView, r: number, maxTextLength: number): boolean {
  const row = view.row(r);
  let texts = 0;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value === "number" || typeof value === "boolean") return false;
    if (typeof value !== "string" || value.trim() === "") continue;
    if (parseNumber(value).kind === "number") return false;
    const key = compactKey(value);
    if (
      key.length > maxTextLength ||
      /台账|进度|情况|统计|汇总|一览|明细|表$/.test(key) ||
      unitFromUnitLine(value)
    )
      return false;
    if (parseSubtotalLabel(value) || isFootnoteLabel(value) || parseSectionLabel(value)?.enumerated)
      return false;
    texts++;
  }
  return texts > 0;
}

/** A row whose only text stands in its first cell, unmerged: a title ("Key projects 2024"), no group header. */
function isLoneFirstCell(view: GridView, r: number): boolean {
  const row = view.row(r);
  let texts = 0;
  let first = -1;
  for (let c = 0; c < row.length; c++) {
    const value = row[c];
    if (typeof value === "string" && value.trim() !== "") {
      texts++;
      if (first < 0) first = c;
    }
  }
  if (texts !== 1 || first !== 0) return false;
  return !(view.merges ?? []).some(
    (m) => m.top === r && m.left === 0 && m.right > 0 && m.right < 3
  );
}

function distinctTexts(view: GridView, r: number): number {
  const seen = new Set<string>();
  for (const value of view.row(r))
    if (typeof value === "string" && value.trim() !== "") seen.add(value.trim());
  return seen.size;
}

/**
 * The header: the row (within the first rows) naming the most fields, extended up over group-header
 * rows and down over sub-header rows and vertical merges. Null when no row names enough fields.
 */
export function locateHeader(view: GridView): HeaderRange | null {
  let best = -1;
  let bestScore = 0;
  let bestHasName = false;
  const limit = Math.min(view.rowCount, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const fields = fieldsNamed(view, r);
    if (fields.size > bestScore) {
      best = r;
      bestScore = fields.size;
      bestHasName = fields.has("name");
    }
  }
  if (best < 0 || bestScore < 2 || (bestScore < 3 && !bestHasName)) return null;
  let first = best;
  let last = best;
  while (
    first > 0 &&
    last - first + 1 < MAX_HEADER_ROWS &&
    couldBeHeaderRow(view, first - 1, 16) &&
    !isLoneFirstCell(view, first - 1)
  )
    first--;
  while (
    last + 1 < view.rowCount &&
    last - first + 1 < MAX_HEADER_ROWS &&
    couldBeHeaderRow(view, last + 1, 40) &&
    (fieldsNamed(view, last + 1).size > 0 || distinctTexts(view, last + 1) >= 2)
  ) {
    last++;
  }
  for (const m of view.merges ?? []) {
    if (m.top >= first && m.top <= last && m.bottom > last && m.bottom - first < MAX_HEADER_ROWS)
      last = m.bottom;
  }
  return { first, last };
}

/**
 * Combined header text per column. Merged areas are filled with their top-left text; when the host
 * reports no merges, a group header followed by blanks over sub-headers is taken to span them.
 */
export function combineHeaders(view: GridView, range: HeaderRange): HeaderTexts {
  const height = range.last - range.first + 1;
  const matrix: string[][] = [];
  for (let i = 0; i < height; i++) {
    const line: string[] = new Array<string>(view.width).fill("");
    const row = view.row(range.first + i);
    for (let c = 0; c < Math.min(row.length, view.width); c++) line[c] = headerCellText(row[c]);
    matrix.push(line);
  }
  const merges = view.merges ?? [];
  for (const m of merges) {
    if (m.top > range.last || m.bottom < range.first || m.left >= view.width) continue;
    const master = headerCellText(view.cell(m.top, m.left));
    if (master === "") continue;
    for (let r = Math.max(m.top, range.first); r <= Math.min(m.bottom, range.last); r++) {
      for (let c = m.left; c <= Math.min(m.right, view.width - 1); c++)
        if (matrix[r - range.first][c] === "") matrix[r - range.first][c] = master;
    }
  }
  if (merges.length === 0) inferGroupSpans(matrix);
  const headers: string[] = [];
  const leaves: string[] = [];
  const groups: string[] = [];
  for (let c = 0; c < view.width; c++) {
    const parts: string[] = [];
    for (let i = 0; i < height; i++) {
      const text = matrix[i][c];
      if (text !== "" && !parts.includes(text)) parts.push(text);
    }
    headers.push(parts.join("/"));
    leaves.push(parts.length > 0 ? parts[parts.length - 1] : "");
    groups.push(parts.slice(0, -1).join("/"));
  }
  return { headers, leaves, groups };
}

/** A group header cell with a sub-header under it spans the blanks to its right that also have sub-headers. */
function inferGroupSpans(matrix: string[][]): void {
  for (let i = 0; i + 1 < matrix.length; i++) {
    const line = matrix[i];
    const below = matrix[i + 1];
    for (let c = 0; c < line.length; c++) {
      if (line[c] === "" || below[c] === "") continue;
      for (let next = c + 1; next < line.length && line[next] === "" && below[next] !== ""; next++)
        line[next] = line[c];
    }
  }
}
