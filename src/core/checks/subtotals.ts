/**
 * Stated 合计/小计 rows and section counts against the rows they cover. People SUM the column
 * as typed, so a covered USD row may be added raw or converted: either sum is accepted.
 */
import type { RuleSet, StatedTotalsCheck } from "../report-types";
import type { AmountField, Currency, Finding, Ledger, ProjectRow, SubtotalRow } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { agrees, projectsByGridRow } from "../reader/reading-check";
import { amountCurrency } from "../rules/currency";
import { locatedFinding } from "./finding";
import { AMOUNT_LABELS, money } from "./labels";

export { subtotalTolerance } from "../reader/reading-check";

export function subtotalFindings(ledger: Ledger, rules: RuleSet): Finding[] {
  const byGridRow = projectsByGridRow(ledger.projects);
  const findings: Finding[] = [];
  for (const subtotal of ledger.subtotals) {
    const rows = coveredRows(subtotal, byGridRow);
    for (const field of AMOUNT_FIELDS) {
      const finding = amountMismatch(ledger, rules, subtotal, rows, field);
      if (finding) findings.push(finding);
    }
    const countFinding = subtotalCountMismatch(ledger, subtotal, rows.length);
    if (countFinding) findings.push(countFinding);
  }
  findings.push(...sectionCountFindings(ledger));
  return findings;
}

/**
 * The table's own 合计/总计 row against the projects read, field by field (raw or converted sums
 * both count, as in the subtotal check); null when the sheet states no total.
 */
export function statedTotalsCheck(ledger: Ledger, rules: RuleSet): StatedTotalsCheck | null {
  const total = ledger.subtotals.find((s) => s.scope === "total");
  if (!total) return null;
  const byGridRow = projectsByGridRow(ledger.projects);
  const rows = coveredRows(total, byGridRow);
  const currency = sheetCurrency(ledger);
  const amounts: StatedTotalsCheck["amounts"] = [];
  for (const field of AMOUNT_FIELDS) {
    const stated = total.amounts[field];
    if (stated === null || !ledger.columns[field]) continue;
    const { raw, converted } = sums(rows, field, currency, rules);
    const ok = agrees(stated, converted) || agrees(stated, raw);
    amounts.push({
      field,
      stated,
      computed: ok && !agrees(stated, converted) ? raw : converted,
      agrees: ok,
    });
  }
  const count =
    total.statedCount === null
      ? null
      : {
          stated: total.statedCount,
          computed: rows.length,
          agrees: total.statedCount === rows.length,
        };
  return {
    sheetRow: total.sheetRow,
    label: total.label,
    amounts,
    count,
    agrees: amounts.every((a) => a.agrees) && (count?.agrees ?? true),
  };
}

/** The projects a subtotal covers (a loop: flatMap's array per row cost more than the sums). */
function coveredRows(
  subtotal: SubtotalRow,
  byGridRow: readonly (ProjectRow | undefined)[]
): ProjectRow[] {
  const rows: ProjectRow[] = [];
  for (const g of subtotal.covers) {
    const p = byGridRow[g];
    if (p !== undefined) rows.push(p);
  }
  return rows;
}

/** Σ of a field over rows as typed and converted to the sheet's currency. */
function sums(
  rows: readonly ProjectRow[],
  field: AmountField,
  currency: Currency,
  rules: RuleSet
): { raw: number; converted: number; figures: number } {
  let figures = 0;
  let raw = 0;
  let converted = 0;
  for (const r of rows) {
    const value = r.amounts[field];
    if (value === null) continue;
    figures++;
    raw += value;
    converted += convert(value, amountCurrency(r, field), currency, rules);
  }
  return { raw, converted, figures };
}

function sheetCurrency(ledger: Ledger): Currency {
  return ledger.amountUnit === "万美元" ? "USD" : "CNY";
}

function amountMismatch(
  ledger: Ledger,
  rules: RuleSet,
  subtotal: SubtotalRow,
  rows: ProjectRow[],
  field: AmountField
): Finding | null {
  const stated = subtotal.amounts[field];
  if (stated === null) return null;
  const currency = sheetCurrency(ledger);
  const { raw, converted, figures } = sums(rows, field, currency, rules);
  if (figures === 0) return null;
  if (agrees(stated, converted) || agrees(stated, raw)) return null;

  const statedText = money(stated, currency);
  const computedText = money(converted, currency);
  const gapText = money(Math.abs(stated - converted), currency);
  const label = AMOUNT_LABELS[field];
  return locatedFinding(ledger, subtotal.sheetRow, {
    code: "check.subtotal-mismatch",
    severity: "error",
    field,
    message: {
      "zh-CN": `“${subtotal.label}”行的${label["zh-CN"]}填报为${statedText["zh-CN"]}，所含${rows.length}个项目相加为${computedText["zh-CN"]}（相差${gapText["zh-CN"]}）`,
      en: `"${subtotal.label}" row: ${label.en} is stated as ${statedText.en}, its ${rows.length} projects add up to ${computedText.en} (${gapText.en} apart)`,
    },
    data: { stated, computed: converted, rows: rows.length },
  });
}

function convert(value: number, from: Currency, to: Currency, rules: RuleSet): number {
  if (from === to) return value;
  return from === "USD" ? value * rules.usdToCny : value / rules.usdToCny;
}

function subtotalCountMismatch(
  ledger: Ledger,
  subtotal: SubtotalRow,
  actual: number
): Finding | null {
  if (subtotal.statedCount === null || subtotal.statedCount === actual) return null;
  return locatedFinding(ledger, subtotal.sheetRow, {
    code: "check.subtotal-count-mismatch",
    severity: "warning",
    field: null,
    message: {
      "zh-CN": `“${subtotal.label}”注明${subtotal.statedCount}个项目，实际列出${actual}个`,
      en: `"${subtotal.label}" states ${subtotal.statedCount} projects, ${actual} are listed`,
    },
    data: { stated: subtotal.statedCount, actual },
  });
}

/** "一、工业项目（21个）": projects between this section row and the next one of the same or outer depth. */
function sectionCountFindings(ledger: Ledger): Finding[] {
  const sections = [...ledger.sections].sort((a, b) => a.gridRow - b.gridRow);
  const findings: Finding[] = [];
  sections.forEach((section, i) => {
    if (section.statedCount === null) return;
    const end = sections.slice(i + 1).find((s) => s.depth <= section.depth)?.gridRow ?? Infinity;
    const actual = ledger.projects.filter(
      (p) => p.gridRow > section.gridRow && p.gridRow < end
    ).length;
    if (actual === section.statedCount) return;
    findings.push(
      locatedFinding(ledger, section.sheetRow, {
        code: "check.section-count-mismatch",
        severity: "warning",
        field: null,
        message: {
          "zh-CN": `“${section.label}”注明${section.statedCount}个项目，其下实际列出${actual}个`,
          en: `"${section.label}" states ${section.statedCount} projects, ${actual} are listed under it`,
        },
        data: { stated: section.statedCount, actual },
      })
    );
  });
  return findings;
}
