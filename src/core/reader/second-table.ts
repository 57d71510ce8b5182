/**
 * A second ledger on the same sheet. The reader reads the first one only and says where the
 * second starts, instead of mixing both into one table:
 *  - side by side: a header naming 项目名称 again right of a column that is blank across the
 *    header rows → only the columns left of that gap are read;
 *  - one below the other: see readRows (a header repeated after a gap below the projects).
 */
import type { Finding, Grid, MergedArea } from "../types";
import { matchHeader } from "./fields";
import type { GridView } from "./grid-view";
import type { HeaderRange, HeaderTexts } from "./header";

export interface ColumnSplit {
  /** Columns [0, keep) hold the first table. */
  keep: number;
  /** First column of the second table's header. */
  second: number;
}

const isNameHeader = (texts: HeaderTexts, c: number): boolean => {
  const match = matchHeader(texts.leaves[c] ?? "", texts.groups[c] ?? "");
  return match !== null && match.field === "name" && match.confidence >= 0.9;
};

/** Where a second table starts right of the first, or null when the header is one table. */
export function sideBySideSplit(
  view: GridView,
  header: HeaderRange,
  texts: HeaderTexts
): ColumnSplit | null {
  const blankInHeader = (c: number) => {
    for (let r = header.first; r <= header.last; r++)
      if (String(view.cell(r, c) ?? "").trim() !== "") return false;
    return (texts.headers[c] ?? "") === "";
  };
  let firstName = -1;
  for (let c = 0; c < texts.headers.length; c++) {
    if (!isNameHeader(texts, c)) continue;
    if (firstName < 0) {
      firstName = c;
      continue;
    }
    // Walk left from the second 项目名称 to the blank column that separates the tables.
    let start = c;
    while (start > firstName && !blankInHeader(start - 1)) start--;
    if (start > firstName + 1) return { keep: start - 1, second: start };
  }
  return null;
}

/** The grid cut to its first `width` columns (values, formats, formulas, merges). */
export function firstColumns(grid: Grid, width: number): Grid {
  const cut = <T>(rows: T[][] | undefined) =>
    rows?.map((row) => (Array.isArray(row) ? row.slice(0, width) : row));
  const merges = grid.merges
    ?.filter((m) => m && m.left < width)
    .map((m): MergedArea => ({ ...m, right: Math.min(m.right, width - 1) }));
  return {
    ...grid,
    values: cut(grid.values) ?? [],
    ...(grid.numberFormats ? { numberFormats: cut(grid.numberFormats) } : {}),
    ...(grid.formulas ? { formulas: cut(grid.formulas) } : {}),
    ...(merges ? { merges } : {}),
  };
}

export function sideBySideFinding(view: GridView, split: ColumnSplit): Finding {
  const first = `${view.letter(0)}–${view.letter(split.keep - 1)}`;
  const second = view.letter(split.second);
  return {
    code: "read.second-table",
    severity: "warning",
    sheet: view.sheetName,
    sheetRow: null,
    column: second,
    field: null,
    message: {
      "zh-CN": `工作表“${view.sheetName}”的${second}列起另有一个表格，只读取了左边第一个表格（${first}列）；如需读取另一个，请把它放到单独的工作表`,
      en: `Sheet "${view.sheetName}" holds another table from column ${second}; only the first table on the left (columns ${first}) was read. Move the other one to a sheet of its own to read it`,
    },
    data: { keep: split.keep, second: split.second },
  };
}

export function stackedFinding(view: GridView, from: number, firstRows: [number, number]): Finding {
  const row = view.sheetRow(from);
  const [a, b] = firstRows.map((r) => view.sheetRow(r));
  return {
    code: "read.second-table",
    severity: "warning",
    sheet: view.sheetName,
    sheetRow: row,
    column: null,
    field: null,
    message: {
      "zh-CN": `工作表“${view.sheetName}”第${row}行起另有一个表格，只读取了上面第一个表格（第${a}–${b}行）；如需读取另一个，请把它放到单独的工作表`,
      en: `Sheet "${view.sheetName}" holds another table from row ${row}; only the first table above (rows ${a}–${b}) was read. Move the other one to a sheet of its own to read it`,
    },
    data: { from: row },
  };
}
