/**
 * The time progress a project is judged against. A project that started this year (开工时间 in
 * the reporting year, after January) has only the months since its start month to do its annual
 * plan in, so it is judged against the share of that stretch gone by, not the full year's:
 *   T_p = (T − S) / (1 − S), S = the share of the year before the start
 * Month mode, start month s, reporting month N: S = (s − 1)/12, T = N/12, so
 *   T_p = (N − s + 1) / (12 − s + 1)      (started October, end of October: 1/3 = 33.33%)
 * the start month counting as a whole month, as month mode counts the reporting month. Day mode:
 * S = days of the year before the start day (the 1st when the ledger gives only a month) / days
 * in the year. Every other project, and any project when the year or T is unknown, gets T.
 */
import type { Period } from "../report-types";
import type { SimpleDate } from "../types";
import { dayOfYear, daysInYear } from "./period";

export function projectTimeProgress(period: Period, startDate: SimpleDate | null): number | null {
  const T = period.timeProgress;
  const before = shareBeforeStart(period, startDate);
  // A start after the reporting period is not judged by it (the reader says not started).
  if (T === null || before === null || before <= 0 || before >= T) return T;
  // Month mode in whole months (exact: 1/3, not 0.33…35 from the fractions).
  if (period.mode === "month" && period.month !== null && startDate !== null)
    return (period.month - startDate.month + 1) / (12 - startDate.month + 1);
  return (T - before) / (1 - before);
}

/** S: the share of the reporting year before the project's start, or null when not this year. */
function shareBeforeStart(period: Period, start: SimpleDate | null): number | null {
  if (start === null || period.year === null || start.year !== period.year) return null;
  if (period.mode === "month") return (start.month - 1) / 12;
  return (dayOfYear(start.year, start.month, start.day ?? 1) - 1) / daysInYear(start.year);
}

/** Whether a project is judged against its own time progress (it started this year). */
export function startedThisYear(period: Period, startDate: SimpleDate | null): boolean {
  const T = projectTimeProgress(period, startDate);
  return T !== null && T !== period.timeProgress;
}
