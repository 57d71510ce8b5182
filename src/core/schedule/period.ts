/**
 * The reporting period and time progress T (时间进度 / 时序进度).
 * Month mode (what published reports use): T = N / 12. Day mode: T = elapsed days / days in year.
 */
import { InputError } from "../errors";
import type { Period, RuleSet, TimeMode } from "../report-types";
import type { Ledger } from "../types";

export interface PeriodOptions {
  /** ISO date "YYYY-MM-DD" (or "YYYY-MM" = the month's last day). */
  asOf?: string;
  /** Reporting month 1–12; overrides the ledger's. */
  month?: number;
  timeMode?: TimeMode;
  rules: RuleSet;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * What the user gives wins over what the ledger says: month = options.month, else the as-of
 * date's, else the ledger's; year = the as-of date's, else the ledger's. Day mode counts up to the
 * as-of date when it falls in the resolved month, else up to the resolved month's last day.
 */
export function resolvePeriod(ledger: Ledger, options: PeriodOptions): Period {
  const mode = options.timeMode ?? options.rules.timeMode;
  const asOf = options.asOf === undefined ? null : parseAsOf(options.asOf);
  if (options.month !== undefined) validateMonth(options.month);

  const { month, source } =
    options.month !== undefined
      ? { month: options.month, source: "user" as const }
      : asOf
        ? { month: asOf.month, source: "as-of" as const }
        : ledger.reportingMonth !== null
          ? { month: ledger.reportingMonth, source: "ledger" as const }
          : { month: null, source: "none" as const };
  const year = asOf?.year ?? ledger.reportingYear ?? null;

  return {
    asOf: options.asOf ?? null,
    month,
    year,
    timeProgress: month === null ? null : timeProgress(mode, month, year, asOf),
    mode,
    source,
  };
}

function timeProgress(
  mode: TimeMode,
  month: number,
  year: number | null,
  asOf: CalendarDate | null
): number {
  if (mode === "month") return month / 12;
  // Without a year we cannot know about 29 February: count a common year.
  const countYear = year ?? 2001;
  const inMonth = asOf !== null && asOf.month === month && (year === null || asOf.year === year);
  const day = inMonth ? asOf.day : daysInMonth(countYear, month);
  return dayOfYear(countYear, month, day) / daysInYear(countYear);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 1 January → 1; 30 June 2024 → 182. */
export function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

function validateMonth(month: number): void {
  if (Number.isInteger(month) && month >= 1 && month <= 12) return;
  throw new InputError(
    {
      "zh-CN": `报告月份“${month}”无效：请填写 1 到 12 之间的整数。`,
      en: `Reporting month "${month}" is not valid: give a whole number from 1 to 12.`,
    },
    "input.month"
  );
}

function parseAsOf(text: string): CalendarDate {
  const match = /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$/.exec(text);
  const year = match ? Number(match[1]) : NaN;
  const month = match ? Number(match[2]) : NaN;
  const valid = match !== null && month >= 1 && month <= 12;
  const day = valid ? (match[3] === undefined ? daysInMonth(year, month) : Number(match[3])) : NaN;
  if (valid && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  throw new InputError(
    {
      "zh-CN": `截止日期“${text}”无效：请按“年-月-日”填写，例如 2024-06-30。`,
      en: `As-of date "${text}" is not valid: write it as year-month-day, for example 2024-06-30.`,
    },
    "input.as-of"
  );
}
