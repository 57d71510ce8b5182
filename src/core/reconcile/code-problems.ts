/**
 * Project codes that keep reconciliation from pairing rows reliably: one code on several rows of
 * a ledger (those rows are paired in sheet order, perhaps wrongly), and rows without a code in a
 * ledger that has a code column (those can only be matched by name).
 */
import type { Finding, LocalText, ProjectRow } from "../types";
import { normaliseCode } from "./identity";
import { findingIn, placeText, rowsText, type SourceLedger } from "./sources";

/** Duplicate and missing codes of one input; `role` names it ("本期台账" / "The current ledger"). */
export function codeProblems(source: SourceLedger, role: LocalText): Finding[] {
  if (!source.ledger.columns.code) return [];
  const where: LocalText = {
    "zh-CN": `${role["zh-CN"]} ${placeText(source)["zh-CN"]}`,
    en: `${role.en}, ${placeText(source).en}`,
  };
  return [...duplicateCodes(source, where), ...missingCodes(source, where)];
}

function duplicateCodes(source: SourceLedger, where: LocalText): Finding[] {
  const rowsOfCode = new Map<string, ProjectRow[]>();
  for (const row of source.ledger.projects) {
    const code = normaliseCode(row.code);
    if (code === null) continue;
    const rows = rowsOfCode.get(code);
    if (rows) rows.push(row);
    else rowsOfCode.set(code, [row]);
  }
  const findings: Finding[] = [];
  for (const rows of rowsOfCode.values()) {
    if (rows.length < 2) continue;
    const code = rows[0].code ?? "";
    const lines = rowsText(rows.map((r) => r.sheetRow));
    findings.push(
      findingIn(source, rows[0].sheetRow, {
        code: "reconcile.duplicate-code",
        severity: "warning",
        field: "code",
        message: {
          "zh-CN": `${where["zh-CN"]}${lines["zh-CN"]}项目编码相同（${code}）：核对时按行序逐一配对，这几行的比较可能配错，请先更正编码`,
          en: `${where.en}: ${lines.en} have the same project code (${code}); they are paired in row order, so their comparison may pair the wrong rows. Correct the codes first`,
        },
        data: { projectCode: code, rows: rows.map((r) => r.sheetRow) },
      })
    );
  }
  return findings;
}

function missingCodes(source: SourceLedger, where: LocalText): Finding[] {
  const rows = source.ledger.projects
    .filter((row) => normaliseCode(row.code) === null)
    .map((row) => row.sheetRow);
  if (rows.length === 0) return [];
  const lines = rowsText(rows);
  return [
    findingIn(source, rows[0], {
      code: "reconcile.missing-code",
      severity: "warning",
      field: "code",
      message: {
        "zh-CN": `${where["zh-CN"]}有${rows.length}个项目没有填项目编码（${lines["zh-CN"]}）：这些项目只能按名称匹配，名称改动后会被当作减少和新增`,
        en: `${where.en}: ${rows.length} project${rows.length > 1 ? "s" : ""} without a project code (${lines.en}), matched by name only: a renamed one shows as removed and added`,
      },
      data: { rows },
    }),
  ];
}
