/**
 * 排名: rank by variance, most behind first = 1. Variances that read the same at the two
 * decimals the sheets show share a rank, and the next rank skips (1, 2, 2, 4), as league tables
 * do. No variance: no rank.
 */
import { fixed } from "../format";

export function lagRanks(variances: readonly (number | null)[]): (number | null)[] {
  // Compared as shown: −12.345 and −12.3449 both read −12.35 and −12.34… only equal texts tie.
  const shown = variances.map((v) => (v === null || !Number.isFinite(v) ? null : Number(fixed(v))));
  const order = shown
    .map((v, i) => ({ v, i }))
    .filter((x): x is { v: number; i: number } => x.v !== null)
    .sort((a, b) => a.v - b.v || a.i - b.i);
  const ranks = new Array<number | null>(variances.length).fill(null);
  order.forEach((x, k) => {
    const previous = k > 0 ? order[k - 1] : null;
    ranks[x.i] = previous !== null && previous.v === x.v ? ranks[previous.i] : k + 1;
  });
  return ranks;
}
