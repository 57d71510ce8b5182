/**
 * Columns or cells whose magnitudes suggest the wrong unit, typically 元 typed into a 万元
 * column: a whole column whose median is implausibly large, or one cell 1000× its column's median.
 */
import type { AmountField, Finding, Ledger, ProjectRow } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { locatedFinding, rowFinding } from "./finding";
import { AMOUNT_LABELS, money, projectLabel } from "./labels";
import { groupedNumber } from "../text/wording";

/** A median of 1,000,000万元 (100亿元) per project means the column was almost surely typed in 元. */
const IMPLAUSIBLE_MEDIAN_WAN = 1_000_000;
/** 元 vs 万元 is a factor of 10,000; one cell 1000× its column's median is far past any real spread. */
const OUTLIER_FACTOR = 1000;
/** A median needs a few values to mean anything. */
const MIN_VALUES = 3;

export function unitFindings(ledger: Ledger): {
  sheet: Finding[];
  rows: { row: ProjectRow; finding: Finding }[];
} {
  const sheet: Finding[] = [];
  const rows: { row: ProjectRow; finding: Finding }[] = [];
  for (const field of AMOUNT_FIELDS) {
    if (!ledger.columns[field]) continue;
    const { values, at } = positiveMagnitudes(ledger.projects, field);
    if (values.length < MIN_VALUES) continue;
    const columnMedian = median(values);
    if (columnMedian >= IMPLAUSIBLE_MEDIAN_WAN) {
      sheet.push(columnFinding(ledger, field, columnMedian));
      continue;
    }
    // The median is positive, so only the magnitudes collected can be outliers: their list is
    // scanned, not the projects again.
    for (let i = 0; i < values.length; i++) {
      if (values[i] < OUTLIER_FACTOR * columnMedian) continue;
      const row = ledger.projects[at[i]];
      const value = row.amounts[field] as number;
      rows.push({ row, finding: cellFinding(ledger, row, field, value, columnMedian) });
    }
  }
  return { sheet, rows };
}

function sheetUnit(ledger: Ledger, field: AmountField): string {
  return ledger.columns[field]?.unit ?? ledger.amountUnit;
}

function columnFinding(ledger: Ledger, field: AmountField, columnMedian: number): Finding {
  const label = AMOUNT_LABELS[field];
  const unit = sheetUnit(ledger, field);
  const value = money(columnMedian);
  return locatedFinding(ledger, null, {
    code: "check.unit-suspect-column",
    severity: "warning",
    field,
    message: {
      "zh-CN": `${label["zh-CN"]}列的数值中位数为${value["zh-CN"]}（约${groupedNumber(columnMedian / 10000)}亿元），单个项目如此之大不合常理：是否按“元”填写，而表的单位是“${unit}”？`,
      en: `The ${label.en} column has a median of ${value.en}, implausibly large per project: was it typed in yuan while the sheet's unit is ${unit}?`,
    },
    data: { median: columnMedian, unit },
  });
}

function cellFinding(
  ledger: Ledger,
  row: ProjectRow,
  field: AmountField,
  value: number,
  columnMedian: number
): Finding {
  const who = projectLabel(row);
  const label = AMOUNT_LABELS[field];
  const amount = money(value, row.currency);
  const typical = money(columnMedian);
  const unit = sheetUnit(ledger, field);
  return rowFinding(ledger, row, {
    code: "check.unit-suspect-cell",
    severity: "warning",
    field,
    message: {
      "zh-CN": `${who["zh-CN"]}的${label["zh-CN"]}为${amount["zh-CN"]}，是该列中位数${typical["zh-CN"]}的${OUTLIER_FACTOR}倍以上：是否按“元”填写，而表的单位是“${unit}”？`,
      en: `${who.en}: ${label.en} is ${amount.en}, over ${OUTLIER_FACTOR}× the column's median of ${typical.en}: typed in yuan while the sheet's unit is ${unit}?`,
    },
    data: { value, median: columnMedian, unit },
  });
}

/** |amount| of every project with a non-zero amount in the field, and each one's project index. */
function positiveMagnitudes(
  projects: readonly ProjectRow[],
  field: AmountField
): { values: Float64Array; at: Int32Array } {
  const values = new Float64Array(projects.length);
  const at = new Int32Array(projects.length);
  let n = 0;
  for (let i = 0; i < projects.length; i++) {
    const v = Math.abs(projects[i].amounts[field] ?? 0);
    if (v > 0) {
      values[n] = v;
      at[n++] = i;
    }
  }
  return { values: values.subarray(0, n), at };
}

/** The median, by selection (no full sort): the middle one or two values of the sorted order. */
function median(values: Float64Array): number {
  const work = new Float64Array(values); // a copy (IE11's typed arrays have no slice)
  const middle = Math.floor(work.length / 2);
  const upper = selectNth(work, middle);
  if (work.length % 2 === 1) return upper;
  // After selection everything left of `middle` is ≤ it: the lower middle is their maximum.
  let lower = -Infinity;
  for (let i = 0; i < middle; i++) if (work[i] > lower) lower = work[i];
  return (lower + upper) / 2;
}

/** Rearranges `a` so that a[n] is the value a sort would put there (Hoare's quickselect). */
function selectNth(a: Float64Array, n: number): number {
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = a[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (n <= j) right = j;
    else if (n >= i) left = i;
    else break;
  }
  return a[n];
}
