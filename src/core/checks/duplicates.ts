/** The same project listed twice in one ledger (same code, or same normalised name). */
import type { Finding, Ledger, ProjectRow } from "../types";
import { duplicatePairs } from "../reconcile/identity";
import { rowFinding } from "./finding";

export function duplicateFindings(ledger: Ledger): { row: ProjectRow; finding: Finding }[] {
  const others = new Map<ProjectRow, { code: ProjectRow[]; name: ProjectRow[] }>();
  const entry = (row: ProjectRow) => {
    const existing = others.get(row) ?? { code: [], name: [] };
    others.set(row, existing);
    return existing;
  };
  for (const pair of duplicatePairs(ledger.projects)) {
    entry(pair.first)[pair.by].push(pair.second);
    entry(pair.second)[pair.by].push(pair.first);
  }
  const results: { row: ProjectRow; finding: Finding }[] = [];
  for (const row of ledger.projects) {
    const dup = others.get(row);
    if (!dup) continue;
    for (const by of ["code", "name"] as const) {
      if (dup[by].length > 0)
        results.push({ row, finding: duplicateFinding(ledger, row, by, dup[by]) });
    }
  }
  return results;
}

function duplicateFinding(
  ledger: Ledger,
  row: ProjectRow,
  by: "code" | "name",
  others: ProjectRow[]
): Finding {
  const rows = rowList(others);
  const message =
    by === "code"
      ? {
          "zh-CN": `项目编码“${row.code}”与${rows.zh}重复`,
          en: `Project code "${row.code}" is also on ${rows.en}`,
        }
      : {
          "zh-CN": `项目“${row.name}”与${rows.zh}（“${others[0].name}”）名称相同，是否重复填报？`,
          en: `Project "${row.name}" has the same name as ${rows.en} ("${others[0].name}"); listed twice?`,
        };
  return rowFinding(ledger, row, {
    code: by === "code" ? "check.duplicate-code" : "check.duplicate-name",
    severity: by === "code" ? "error" : "warning",
    field: by,
    message,
    data: { rows: others.map((r) => r.sheetRow) },
  });
}

function rowList(rows: ProjectRow[]): { zh: string; en: string } {
  const sorted = rows.map((r) => r.sheetRow).sort((a, b) => a - b);
  return {
    zh: sorted.map((n) => `第${n}行`).join("、"),
    en: `row${sorted.length > 1 ? "s" : ""} ${sorted.join(", ")}`,
  };
}
