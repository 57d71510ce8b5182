/**
 * A table described by its columns: each column knows its header, width, format and how to get
 * its value from one item. Header rows, SpecColumns and row values all come from the same list.
 */
import { FORMATS, type HeaderCell, type SpecColumn, type SpecValue } from "../sheet-spec";
import type { Lang } from "../types";
import { LIST_AMOUNTS, SUMMARY_AMOUNTS, type AmountFormat } from "./amount-formats";
import { say } from "./labels";

export interface ColumnDef<T> {
  header: string;
  /** Upper header spanning consecutive columns of the same group ("2024年" over 计划/完成/占比). */
  group?: string;
  width: number;
  format: string;
  wholeFormat?: string;
  align: SpecColumn["align"];
  wrap?: boolean;
  value: (item: T, index: number) => SpecValue;
}

export function specColumns<T>(defs: ColumnDef<T>[]): SpecColumn[] {
  return defs.map((d) => ({
    width: d.width,
    format: d.format,
    ...(d.wholeFormat ? { wholeFormat: d.wholeFormat } : {}),
    align: d.align,
    ...(d.wrap ? { wrap: true } : {}),
  }));
}

/**
 * One header row when no group spans two or more columns; otherwise two rows, ungrouped headers
 * spanning both. A group left with a single column reads as one header ("2024年计划投资").
 */
export function headerRows<T>(defs: ColumnDef<T>[]): HeaderCell[][] {
  const runs: { group: string | undefined; defs: ColumnDef<T>[] }[] = [];
  for (const def of defs) {
    const last = runs[runs.length - 1];
    if (last && def.group !== undefined && last.group === def.group) last.defs.push(def);
    else runs.push({ group: def.group, defs: [def] });
  }
  const joined = (run: (typeof runs)[number]): string => `${run.group ?? ""}${run.defs[0].header}`;
  if (!runs.some((run) => run.group !== undefined && run.defs.length > 1)) {
    return [runs.map((run) => ({ text: joined(run) }))];
  }
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  for (const run of runs) {
    if (run.group !== undefined && run.defs.length > 1) {
      top.push({ text: run.group, colSpan: run.defs.length });
      bottom.push(...run.defs.map((d) => ({ text: d.header })));
    } else {
      top.push({ text: joined(run), rowSpan: 2 });
    }
  }
  return [top, bottom];
}

/** The columns that apply (optional ones are null when the data has nothing for them). */
export function compact<T>(columns: (ColumnDef<T> | null)[]): ColumnDef<T>[] {
  return columns.filter((c): c is ColumnDef<T> => c !== null);
}

export function rowValues<T>(defs: ColumnDef<T>[], item: T, index: number): SpecValue[] {
  // A plain loop into an array of the right size: this runs for every row of every list.
  const values = new Array<SpecValue>(defs.length);
  for (let c = 0; c < defs.length; c++) values[c] = defs[c].value(item, index);
  return values;
}

// ───────────── Column kinds shared by every sheet ─────────────

export function seqColumn<T>(
  lang: Lang,
  value: (item: T, index: number) => SpecValue = (_item, i) => i + 1
): ColumnDef<T> {
  return {
    header: say(lang, "序号", "No."),
    width: 6,
    format: FORMATS.integer,
    align: "center",
    value,
  };
}

export function textColumn<T>(
  header: string,
  width: number,
  value: (item: T) => SpecValue,
  align: SpecColumn["align"] = "left"
): ColumnDef<T> {
  return { header, width, format: FORMATS.text, align, wrap: true, value };
}

export function countColumn<T>(header: string, value: (item: T) => SpecValue): ColumnDef<T> {
  return { header, width: 9, format: FORMATS.integer, align: "right", value };
}

/** An amount column in the sheet kind's format (amount-formats.ts); the layout widens it to its longest figure. */
export function amountColumn<T>(
  header: string,
  value: (item: T) => SpecValue,
  group?: string,
  amounts: AmountFormat = SUMMARY_AMOUNTS
): ColumnDef<T> {
  return { header, group, width: 10, ...amounts, align: "right", value };
}

/** An amount of a project list or letter: 万元, thousands separators, decimals only where some has them. */
export function listAmountColumn<T>(
  header: string,
  value: (item: T) => SpecValue,
  group?: string
): ColumnDef<T> {
  return amountColumn(header, value, group, LIST_AMOUNTS);
}

export function percentColumn<T>(
  header: string,
  value: (item: T) => SpecValue,
  group?: string
): ColumnDef<T> {
  return { header, group, width: 11, format: FORMATS.percent2, align: "right", value };
}

export function pointsColumn<T>(lang: Lang, value: (item: T) => SpecValue): ColumnDef<T> {
  return {
    header: say(lang, "与时序进度比\n（±个百分点）", "vs time progress (± points)"),
    // Wide enough for "（±个百分点）" on one line.
    width: 15,
    format: FORMATS.points2,
    align: "right",
    value,
  };
}

/** Header of the completion-rate column: "占年度计划%" / "% of plan". */
export function rateHeader(lang: Lang): string {
  return say(lang, "占年度计划%", "% of plan");
}
