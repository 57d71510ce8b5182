/**
 * A ledger that states totals (a 合计 row, section subtotals, counts in labels) gives the reader
 * its own answer key. Where the form leaves a reading open (rows under a 其中 label: projects of
 * their own, or a breakdown of the project above), every reading is tried and the one under which
 * the stated totals and counts agree with the computed ones wins; the default wins ties.
 */
import type { AmountField, ProjectRow, SubtotalRow } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { FindingLog } from "./findings";
import type { HeaderRange, HeaderTexts } from "./header";
import type { RowContext } from "./project";
import { DEFAULT_POLICY, readRows, type RowPolicy, type RowsResult } from "./rows";

/** Rounding tolerance: 0.5% of the larger figure or 1 万, whichever is larger. */
export function subtotalTolerance(stated: number, computed: number): number {
  return Math.max(1, 0.005 * Math.max(Math.abs(stated), Math.abs(computed)));
}

export function agrees(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) <= subtotalTolerance(stated, computed);
}

/** Σ of a field over the rows a subtotal covers, as typed (null when no row has a figure). */
export function coveredSum(
  subtotal: SubtotalRow,
  byGridRow: readonly (ProjectRow | undefined)[],
  field: AmountField
): { sum: number; rows: number } | null {
  let sum = 0;
  let figures = 0;
  let rows = 0;
  for (const g of subtotal.covers) {
    const p = byGridRow[g];
    if (p === undefined) continue;
    rows++;
    const value = p.amounts[field];
    if (value === null) continue;
    figures++;
    sum += value;
  }
  return figures === 0 ? null : { sum, rows };
}

export function projectsByGridRow(projects: readonly ProjectRow[]): (ProjectRow | undefined)[] {
  // Indexed by grid row (rows ascend, so the array stays dense): lighter than a Map of 100,000.
  const byGridRow: (ProjectRow | undefined)[] = [];
  for (const p of projects) byGridRow[p.gridRow] = p;
  return byGridRow;
}

/** How many stated figures and counts a reading reproduces, and how many it contradicts. */
function agreementScore(rows: RowsResult): number {
  const byGridRow = projectsByGridRow(rows.projects);
  let score = 0;
  for (const subtotal of rows.subtotals) {
    for (const field of AMOUNT_FIELDS) {
      const stated = subtotal.amounts[field];
      if (stated === null) continue;
      const computed = coveredSum(subtotal, byGridRow, field);
      if (computed !== null) score += agrees(stated, computed.sum) ? 1 : -1;
    }
    if (subtotal.statedCount !== null)
      score += subtotal.statedCount === subtotal.covers.length ? 1 : -1;
  }
  for (const section of rows.sections) {
    if (section.statedCount === null) continue;
    const inSection = rows.projects.filter((p) => p.sections.includes(section.name)).length;
    score += inSection === section.statedCount ? 1 : -1;
  }
  return score;
}

const ALTERNATIVES: ReadonlyArray<RowPolicy["subRows"]> = ["project", "detail"];

/**
 * Read the rows under the default policy and, when some rows could be read another way and the
 * sheet states totals, under the alternatives too; keep the reading the totals agree with best.
 * Findings of the readings not kept are dropped.
 */
export function readRowsChecked(
  ctx: RowContext,
  header: HeaderRange,
  texts: HeaderTexts,
  roles: RowPolicy["roles"]
): RowsResult & { policy: RowPolicy } {
  const attempt = (policy: RowPolicy) => {
    const log = new FindingLog(ctx.view);
    const typedCurrencies = new Map();
    const result = readRows({ ...ctx, log, typedCurrencies }, header, texts, policy);
    return { result, log, typedCurrencies, policy };
  };
  let chosen = attempt({ ...DEFAULT_POLICY, roles });
  const hasKey =
    chosen.result.subtotals.length > 0 ||
    chosen.result.sections.some((s) => s.statedCount !== null);
  if (chosen.result.ambiguousRows.length > 0 && hasKey) {
    let bestScore = agreementScore(chosen.result);
    for (const subRows of ALTERNATIVES) {
      const other = attempt({ subRows, roles });
      const score = agreementScore(other.result);
      if (score > bestScore) {
        chosen = other;
        bestScore = score;
      }
    }
  }
  ctx.log.items.push(...chosen.log.items);
  for (const [field, seen] of chosen.typedCurrencies) ctx.typedCurrencies.set(field, seen);
  return { ...chosen.result, policy: chosen.policy };
}
