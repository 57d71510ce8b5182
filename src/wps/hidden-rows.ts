/**
 * Hidden rows of a worksheet area in a bounded number of WPS calls.
 *
 * The visible cells of one visible column (Range.SpecialCells(xlCellTypeVisible)) come back as
 * one multi-area range whose Address lists the visible runs ("$B$1:$B$5,$B$7:$B$10"): the
 * hidden rows are the gaps. That is 4 calls per probe of PROBE_ROWS rows, however many rows are
 * hidden. Whatever is doubtful there (an error such as "No cells were found" when every row is
 * hidden, no SpecialCells in an old WPS, an address that does not add up to the range's cell
 * count) falls back to the halving search over EntireRow.Hidden, which is exact but costs about
 * 2·log2(rows) calls per run of hidden rows.
 */
import type { MergedArea } from "../core/index";
import { areaAddress, columnLetters, parseMultiAreaAddress, rowsAddress } from "../core/index";
import type { WpsRange, WpsWorksheet } from "./wps-api";

/** XlCellType.xlCellTypeVisible. */
const VISIBLE_CELLS = 12;
/**
 * Rows per SpecialCells probe: at most 8,000 visible runs, under the 8,192 areas past which
 * Excel answers with the whole range and no error (a behaviour WPS may share).
 */
export const PROBE_ROWS = 16_000;

/** 0-based sheet rows hidden between area.top and area.bottom. */
export function hiddenRowsOf(sheet: WpsWorksheet, area: MergedArea): number[] {
  const probe = visibleColumn(sheet, area.left, area.right);
  const hidden: number[] = [];
  for (let top = area.top; top <= area.bottom; top += PROBE_ROWS) {
    const bottom = Math.min(area.bottom, top + PROBE_ROWS - 1);
    hidden.push(
      ...(probe === null
        ? searchHidden(sheet, "rows", top, bottom)
        : hiddenRowsByVisibleCells(sheet, probe, top, bottom))
    );
  }
  return hidden;
}

/**
 * The first column between left and right that is not hidden (a hidden column has no visible
 * cells at all), or null when all are hidden.
 */
function visibleColumn(sheet: WpsWorksheet, left: number, right: number): number | null {
  if (sheet.Range(columnsAddress(left, left)).Hidden === false) return left;
  const hidden = new Set(searchHidden(sheet, "columns", left, right));
  for (let c = left; c <= right; c++) if (!hidden.has(c)) return c;
  return null;
}

function hiddenRowsByVisibleCells(
  sheet: WpsWorksheet,
  column: number,
  top: number,
  bottom: number
): number[] {
  const hidden: number[] = [];
  let from = top;
  while (from <= bottom) {
    // On one cell SpecialCells searches the sheet's whole used range instead.
    const answer =
      from === bottom
        ? null
        : visibleRuns(sheet, { top: from, bottom, left: column, right: column });
    if (answer === null) {
      hidden.push(...searchHidden(sheet, "rows", from, bottom));
      break;
    }
    let next = from;
    for (const run of answer.runs) {
      for (let r = next; r < run.top; r++) hidden.push(r);
      next = run.bottom + 1;
    }
    if (answer.through === bottom) for (let r = next; r <= bottom; r++) hidden.push(r);
    from = answer.through + 1;
  }
  return hidden;
}

/**
 * The visible runs of a one-column area as SpecialCells gives them, and the last row they settle
 * (the area's bottom when the answer is complete); null when it cannot be trusted.
 */
function visibleRuns(
  sheet: WpsWorksheet,
  column: MergedArea
): { runs: MergedArea[]; through: number } | null {
  let address: unknown;
  let count: unknown;
  try {
    const visible = sheet.Range(areaAddress(column)).SpecialCells(VISIBLE_CELLS);
    address = addressOf(visible);
    count = visible.Count;
  } catch {
    return null; // "No cells were found" (every row hidden), or an old WPS: the search decides
  }
  if (typeof address !== "string" || typeof count !== "number") return null;
  const parts = address.split(",");
  const runs: MergedArea[] = [];
  for (const part of parts) {
    const run = runAfter(part, column, runs[runs.length - 1]);
    if (run === null) break;
    runs.push(run);
  }
  const cells = runs.reduce((sum, run) => sum + run.bottom - run.top + 1, 0);
  if (runs.length === parts.length && cells === count) return { runs, through: column.bottom };
  // Otherwise only an address cut short is understood (a length limit): fewer cells than
  // counted, every part but the last one in order. The last part may itself be cut.
  const trusted = runs.length === parts.length ? runs.slice(0, -1) : runs;
  if (runs.length < parts.length - 1 || trusted.length === 0 || cells >= count) return null;
  return { runs: trusted, through: trusted[trusted.length - 1].bottom };
}

/** One area of the address if it is a run of the column below `previous`, else null. */
function runAfter(part: string, column: MergedArea, previous?: MergedArea): MergedArea | null {
  let run: MergedArea;
  try {
    [run] = parseMultiAreaAddress(part);
  } catch {
    return null;
  }
  const top = previous ? previous.bottom + 1 : column.top;
  const inColumn = run !== undefined && run.left === column.left && run.right === column.left;
  return inColumn && run.top >= top && run.bottom <= column.bottom ? run : null;
}

/** Address is a method in WPS's JavaScript API (Address()), a property through COM bridges. */
function addressOf(range: WpsRange): unknown {
  const member: unknown = range.Address;
  return typeof member === "function" ? (member as () => unknown).call(range) : member;
}

/** 0-based rows or columns hidden in first..last, by halving: Hidden is null on a mixed range. */
export function searchHidden(
  sheet: WpsWorksheet,
  axis: "rows" | "columns",
  first: number,
  last: number
): number[] {
  const hidden: number[] = [];
  const address = axis === "rows" ? rowsAddress : columnsAddress;
  const visit = (from: number, to: number): void => {
    const state = sheet.Range(address(from, to)).Hidden;
    if (state === false) return;
    if (state === true || from === to) {
      for (let i = from; i <= to; i++) hidden.push(i);
      return;
    }
    const middle = Math.floor((from + to) / 2);
    visit(from, middle);
    visit(middle + 1, to);
  };
  visit(first, last);
  return hidden;
}

/** Entire columns "C:D" (0-based inclusive columns 2..3). */
function columnsAddress(left: number, right: number): string {
  return `${columnLetters(left)}:${columnLetters(right)}`;
}
