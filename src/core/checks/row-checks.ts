/**
 * Checks of one project row against itself: blanks, impossible or suspicious combinations of
 * its amounts, its stated rate, its status and dates. Amounts are compared in the row's own
 * currency, so no conversion is involved.
 */
import type { Period, RuleSet } from "../report-types";
import type { AmountField, Ledger, ProjectRow, SimpleDate } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { fixed, percent } from "../format";
import { isBlankCell } from "../parse/text";
import type { FindingSpec } from "./finding";
import { AMOUNT_LABELS, exceeds, MISSING_AMOUNT_CONSEQUENCES, money, projectLabel } from "./labels";

export interface RowCheckContext {
  ledger: Ledger;
  rules: RuleSet;
  period: Period;
  /** "sheetRow:field" of cells the reader already reported (unparseable values…). */
  readerReported: Set<string>;
}

type RowCheck = (row: ProjectRow, context: RowCheckContext) => readonly FindingSpec[];

/** What a check returns for a row it has nothing to say about (most rows): one shared empty list. */
const NONE: readonly FindingSpec[] = [];

export const ROW_CHECKS: readonly RowCheck[] = [
  missingName,
  missingAmounts,
  negativeAmounts,
  planExceedsTotal,
  completedExceedsTotal,
  sinceStartBelowThisYear,
  completedOverPlan,
  statedRateMismatch,
  notStartedButCompleted,
  startAfterPeriod,
];

export function reportedKey(sheetRow: number | null, field: string | null): string {
  return `${sheetRow}:${field}`;
}

function missingName(row: ProjectRow): readonly FindingSpec[] {
  if (row.name && row.name.trim() !== "") return NONE;
  return [
    {
      code: "check.missing-name",
      severity: "warning",
      field: "name",
      message: {
        "zh-CN": `第${row.sheetRow}行有数据但缺少项目名称`,
        en: `Row ${row.sheetRow} has data but no project name`,
      },
    },
  ];
}

const REQUIRED_AMOUNTS = ["totalInvestment", "annualPlan"] as const;

/**
 * Blank total or plan where the column exists. A cell the reader could not parse is reported
 * by the reader; a dash or 无 is the user saying "none" on purpose (a 前期 project without a plan).
 */
function missingAmounts(
  row: ProjectRow,
  { ledger, readerReported }: RowCheckContext
): readonly FindingSpec[] {
  let findings: FindingSpec[] | null = null;
  for (const field of REQUIRED_AMOUNTS) {
    const column = ledger.columns[field];
    if (!column || row.amounts[field] !== null || !isBlankCell(row.cells[column.col])) continue;
    if (readerReported.has(reportedKey(row.sheetRow, field))) continue;
    const who = projectLabel(row);
    const label = AMOUNT_LABELS[field];
    const consequence = MISSING_AMOUNT_CONSEQUENCES[field];
    (findings ??= []).push({
      code: field === "totalInvestment" ? "check.missing-total" : "check.missing-plan",
      severity: "warning",
      field,
      message: {
        "zh-CN": `${who["zh-CN"]}缺少${label["zh-CN"]}，${consequence["zh-CN"]}`,
        en: `${who.en}: ${label.en} is missing, so ${consequence.en}`,
      },
    });
  }
  return findings ?? NONE;
}

function negativeAmounts(row: ProjectRow): readonly FindingSpec[] {
  // A plain loop: this runs for every project, and almost none has a negative amount.
  let specs: FindingSpec[] | null = null;
  for (const field of AMOUNT_FIELDS) {
    const value = row.amounts[field];
    if (value === null || value >= 0) continue;
    const who = projectLabel(row);
    const amount = money(value, row.currency);
    (specs ??= []).push({
      code: "check.negative-amount",
      severity: "error" as const,
      field,
      message: {
        "zh-CN": `${who["zh-CN"]}的${AMOUNT_LABELS[field]["zh-CN"]}为负数（${amount["zh-CN"]}）`,
        en: `${who.en}: ${AMOUNT_LABELS[field].en} is negative (${amount.en})`,
      },
      data: { value },
    });
  }
  return specs ?? NONE;
}

/** "“X”的A（a）大于B（b）" for two amounts of one row. */
function greaterThan(
  row: ProjectRow,
  spec: {
    code: FindingSpec["code"];
    severity: FindingSpec["severity"];
    larger: AmountField;
    smaller: AmountField;
    field: AmountField;
  }
): readonly FindingSpec[] {
  const larger = row.amounts[spec.larger];
  const smaller = row.amounts[spec.smaller];
  if (larger === null || smaller === null || !exceeds(larger, smaller)) return NONE;
  const who = projectLabel(row);
  const a = money(larger, row.currency);
  const b = money(smaller, row.currency);
  const la = AMOUNT_LABELS[spec.larger];
  const lb = AMOUNT_LABELS[spec.smaller];
  return [
    {
      code: spec.code,
      severity: spec.severity,
      field: spec.field,
      message: {
        "zh-CN": `${who["zh-CN"]}的${la["zh-CN"]}${a["zh-CN"]}大于${lb["zh-CN"]}${b["zh-CN"]}`,
        en: `${who.en}: ${la.en} ${a.en} is more than ${lb.en} ${b.en}`,
      },
      data: { [spec.larger]: larger, [spec.smaller]: smaller },
    },
  ];
}

function planExceedsTotal(row: ProjectRow): readonly FindingSpec[] {
  return greaterThan(row, {
    code: "check.plan-exceeds-total",
    severity: "warning",
    larger: "annualPlan",
    smaller: "totalInvestment",
    field: "annualPlan",
  });
}

function completedExceedsTotal(row: ProjectRow): readonly FindingSpec[] {
  return greaterThan(row, {
    code: "check.completed-exceeds-total",
    severity: "error",
    larger: "completed",
    smaller: "totalInvestment",
    field: "completed",
  });
}

function sinceStartBelowThisYear(row: ProjectRow): readonly FindingSpec[] {
  return greaterThan(row, {
    code: "check.since-start-below-year",
    severity: "error",
    larger: "completed",
    smaller: "completedSinceStart",
    field: "completedSinceStart",
  });
}

function completedOverPlan(row: ProjectRow, { rules }: RowCheckContext): readonly FindingSpec[] {
  const { completed, annualPlan } = row.amounts;
  if (completed === null || annualPlan === null || annualPlan <= 0) return NONE;
  if (!exceeds(completed, rules.overPlanRatio * annualPlan)) return NONE;
  const who = projectLabel(row);
  const done = money(completed, row.currency);
  const plan = money(annualPlan, row.currency);
  const share = percent(completed / annualPlan);
  const limit = percent(rules.overPlanRatio, 0);
  return [
    {
      code: "check.over-plan",
      severity: "warning",
      field: "completed",
      message: {
        "zh-CN": `${who["zh-CN"]}本年完成投资${done["zh-CN"]}，为年度计划${plan["zh-CN"]}的${share}，超过${limit}，请核实计划或完成数`,
        en: `${who.en}: completed ${done.en} is ${share} of the annual plan ${plan.en}, above ${limit}; check the plan or the figure`,
      },
      data: { completed, annualPlan, ratio: completed / annualPlan },
    },
  ];
}

function statedRateMismatch(row: ProjectRow, { rules }: RowCheckContext): readonly FindingSpec[] {
  const { completed, annualPlan } = row.amounts;
  if (row.statedRate === null || completed === null || annualPlan === null || annualPlan <= 0)
    return NONE;
  const computed = completed / annualPlan;
  const gapPoints = Math.abs(row.statedRate - computed) * 100;
  if (gapPoints <= rules.rateTolerancePoints + 1e-9) return NONE;
  const who = projectLabel(row);
  return [
    {
      code: "check.rate-mismatch",
      severity: "warning",
      field: "statedRate",
      message: {
        "zh-CN": `${who["zh-CN"]}填报的完成率为${percent(row.statedRate)}，按完成投资÷年度计划计算为${percent(computed)}（相差${fixed(gapPoints)}个百分点）`,
        en: `${who.en}: the stated completion rate is ${percent(row.statedRate)}, completed ÷ plan gives ${percent(computed)} (${fixed(gapPoints)} points apart)`,
      },
      data: { stated: row.statedRate, computed },
    },
  ];
}

function notStartedButCompleted(
  row: ProjectRow,
  { ledger }: RowCheckContext
): readonly FindingSpec[] {
  const completed = row.amounts.completed;
  if (row.started !== false || completed === null || completed <= 0) return NONE;
  const who = projectLabel(row);
  const done = money(completed, row.currency);
  return [
    {
      code: "check.not-started-but-completed",
      severity: "warning",
      field: ledger.columns.status ? "status" : "completed",
      message: {
        "zh-CN": `${who["zh-CN"]}标为未开工，但本年已完成投资${done["zh-CN"]}`,
        en: `${who.en} is marked not started, yet ${done.en} was completed this year`,
      },
      data: { completed },
    },
  ];
}

function startAfterPeriod(
  row: ProjectRow,
  { ledger, period }: RowCheckContext
): readonly FindingSpec[] {
  const year = period.year ?? ledger.reportingYear;
  const month = period.month ?? ledger.reportingMonth;
  const start = row.startDate;
  if (row.started !== true || !start || year === null) return NONE;
  const after = start.year > year || (start.year === year && month !== null && start.month > month);
  if (!after) return NONE;
  const who = projectLabel(row);
  const periodText = month === null ? `${year}年` : `${year}年${month}月`;
  const periodEn = month === null ? `${year}` : `${year}-${String(month).padStart(2, "0")}`;
  return [
    {
      code: "check.start-after-period",
      severity: "warning",
      field: "startDate",
      message: {
        "zh-CN": `${who["zh-CN"]}标为已开工，但开工时间${dateText(start)}晚于报告期${periodText}`,
        en: `${who.en} is marked started, but its start date ${dateTextEn(start)} is after the reporting period ${periodEn}`,
      },
      data: { startDate: start, period: { year, month } },
    },
  ];
}

function dateText(date: SimpleDate): string {
  return `${date.year}年${date.month}月${date.day ? `${date.day}日` : ""}`;
}

function dateTextEn(date: SimpleDate): string {
  const parts = [date.year, date.month, date.day].filter((p): p is number => p !== undefined);
  return parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, "0"))).join("-");
}
