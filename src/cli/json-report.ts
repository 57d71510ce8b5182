/**
 * The stable JSON contracts of the CLI ("taizhang.report/1", "taizhang.reconcile/1"), documented
 * in README.md ("JSON report"). Rates are fractions, points raw numbers, amounts 万元 CNY;
 * nothing is rounded.
 */
import type { CheckReport, GroupFigures, ProjectResult, ReconcileResult } from "../core/index";
import { readingLines } from "../core/index";
import type { Finding, Lang } from "../core/index";
import { LazyJsonArray } from "./json-writer";

export const REPORT_SCHEMA = "taizhang.report/1";
export const RECONCILE_SCHEMA = "taizhang.reconcile/1";

export interface JsonGroup {
  projects: number;
  started: number;
  totalInvestment: number;
  annualPlan: number;
  completed: number | null;
  completionRate: number | null;
  variancePoints: number | null;
}

export interface JsonFinding {
  code: string;
  severity: Finding["severity"];
  field: string | null;
  message: string;
}

/** Sheet-level findings also say where they are (`file` where the command reads several). */
export interface JsonSheetFinding extends JsonFinding {
  file?: string;
  sheet: string;
  sheetRow: number | null;
  column: string | null;
}

export function groupJson(g: GroupFigures): JsonGroup {
  return {
    projects: g.projects,
    started: g.started,
    totalInvestment: g.totalInvestment,
    annualPlan: g.annualPlan,
    completed: g.completed,
    completionRate: g.completionRate,
    variancePoints: g.variancePoints,
  };
}

export function findingJson(f: Finding, lang: Lang): JsonFinding {
  return { code: f.code, severity: f.severity, field: f.field, message: f.message[lang] };
}

export function sheetFindingJson(f: Finding, lang: Lang): JsonSheetFinding {
  return {
    ...findingJson(f, lang),
    ...(f.file === undefined ? {} : { file: f.file }),
    sheet: f.sheet,
    sheetRow: f.sheetRow,
    column: f.column,
  };
}

export function projectJson(p: ProjectResult, lang: Lang) {
  const { row, cny, schedule, listing } = p;
  return {
    sheetRow: row.sheetRow,
    code: row.code,
    name: row.name,
    sector: row.sector,
    category: row.category,
    responsibleUnit: row.responsibleUnit,
    level: row.level,
    listed: row.listed,
    currency: row.currency,
    totalInvestment: cny.totalInvestment,
    annualPlan: cny.annualPlan,
    completed: cny.completed,
    started: row.started,
    startedBy: row.startedBy,
    owner: row.owner,
    ownerContact: row.ownerContact,
    responsibleContact: row.responsibleContact,
    completionRate: schedule.completionRate,
    variancePoints: schedule.variancePoints,
    spi: schedule.spi,
    timeProgress: schedule.timeProgress,
    scheduleStatus: schedule.status,
    listing: {
      eligible: listing.eligible,
      tier: listing.tier,
      threshold: listing.threshold,
      thresholdCurrency: listing.thresholdCurrency,
      reasons: listing.reasons.map((r) => r[lang]),
    },
    findings: p.findings.map((f) => findingJson(f, lang)),
  };
}

export function reportJson(
  report: CheckReport,
  source: { file: string; sheet: string },
  lang: Lang
) {
  const { period } = report;
  return {
    schema: REPORT_SCHEMA,
    source,
    period: {
      asOf: period.asOf,
      month: period.month,
      timeProgress: period.timeProgress,
      mode: period.mode,
    },
    amountUnit: "万元" as const,
    reading: readingJson(report, lang),
    totals: groupJson(report.totals),
    groups: Object.fromEntries(
      Object.entries(report.groups).map(([by, groups]) => [
        by,
        groups.map((g) => ({ key: g.key, ...groupJson(g) })),
      ])
    ),
    projects: new LazyJsonArray(report.projects, (p) => projectJson(p, lang)),
    findings: report.findings.map((f) => sheetFindingJson(f, lang)),
    narrative: report.narrative[lang],
  };
}

/**
 * How the sheet was read, to check in seconds: the columns used for each field and the amount
 * columns set aside (with why), the subtotal, section and breakdown rows, and the sheet's own
 * 合计 row against the projects read (amounts there in 万 of the sheet's currency, as stated).
 */
export function readingJson(report: CheckReport, lang: Lang) {
  const { ledger, statedTotals } = report;
  return {
    columns: Object.fromEntries(
      Object.entries(ledger.columns).map(([field, m]) => [
        field,
        { column: m.letter, header: m.header },
      ])
    ),
    setAside: ledger.setAside.map((c) => ({
      column: c.letter,
      header: c.header,
      reason: c.reason,
    })),
    subtotalRows: ledger.subtotals.map((s) => ({
      sheetRow: s.sheetRow,
      label: s.label,
      scope: s.scope,
      statedCount: s.statedCount,
    })),
    sectionRows: ledger.sections.map((s) => ({
      sheetRow: s.sheetRow,
      name: s.name,
      role: s.role,
      statedCount: s.statedCount,
    })),
    detailRows: ledger.reading.detailRows,
    statedTotals,
    text: readingLines(ledger).map((line) => line[lang]),
  };
}

export function reconcileJson(
  result: ReconcileResult,
  sources: { previous: { file: string; sheet: string }; current: { file: string; sheet: string } },
  lang: Lang
) {
  return {
    schema: RECONCILE_SCHEMA,
    previous: { ...sources.previous, month: result.previous.month },
    current: { ...sources.current, month: result.current.month },
    amountUnit: "万元" as const,
    added: result.added,
    removed: result.removed,
    decreased: result.decreased,
    planChanged: result.planChanged,
    totalChanged: result.totalChanged,
    increments: result.increments,
    monthIncrement: result.monthIncrement,
    monthMismatches: result.monthMismatches,
    findings: result.findings.map((f) => sheetFindingJson(f, lang)),
  };
}
