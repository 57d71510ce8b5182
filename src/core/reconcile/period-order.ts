/**
 * Which way the two ledgers of a reconciliation run in time, and the notes about it: a year
 * boundary, two ledgers given the wrong way round (by their reporting periods, or, when those
 * are not stated, by cumulative figures that mostly went down), and two ledgers of one month.
 */
import type { Finding, Ledger, LocalText } from "../types";
import { findingIn, periodText, placeText, type SourceLedger } from "./sources";

/**
 * "year-boundary": the previous ledger is of an earlier year (the cumulative restarts);
 * "maybe-year-boundary": December against January with a year missing; "unknown": a month is
 * not stated.
 */
export type PeriodOrder =
  "year-boundary" | "maybe-year-boundary" | "reversed" | "same" | "forward" | "unknown";

/** How the cumulative completed of the matched projects moved (projects with both figures). */
export interface CumulativeMoves {
  compared: number;
  decreased: number;
  increased: number;
}

export const REVERSED_CODE = "reconcile.reversed";
export const SAME_MONTH_CODE = "reconcile.same-month";

/** Most of at least this many cumulative figures going down reads as swapped ledgers. */
const MIN_DECREASES_FOR_SWAP = 2;

export function periodOrder(previous: Ledger, current: Ledger): PeriodOrder {
  const [py, cy] = [previous.reportingYear, current.reportingYear];
  if (py !== null && cy !== null && py !== cy) return py < cy ? "year-boundary" : "reversed";
  const [pm, cm] = [previous.reportingMonth, current.reportingMonth];
  if (pm === null || cm === null) return "unknown";
  // December then January with a year missing may cross the year: the months cannot tell.
  if (py !== cy && pm === 12 && cm === 1) return "maybe-year-boundary";
  return pm > cm ? "reversed" : pm === cm ? "same" : "forward";
}

/** The findings that warn about the order of the inputs, shown before everything else. */
export function orderWarnings(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.code === REVERSED_CODE || f.code === SAME_MONTH_CODE);
}

interface PeriodData {
  year: number | null;
  month: number | null;
}

/** An order warning in one short line, for a sheet's heading (the finding's message is long). */
export function orderHeadline(finding: Finding): LocalText {
  const data = finding.data ?? {};
  const period = (key: "previous" | "current") => {
    const { year, month } = data[key] as PeriodData;
    return periodText({ reportingYear: year, reportingMonth: month });
  };
  if (finding.code === SAME_MONTH_CODE) {
    const c = period("current");
    return { "zh-CN": `两期台账都是${c["zh-CN"]}的台账`, en: `Both ledgers are of ${c.en}` };
  }
  if (data.by === "figures") {
    const { compared, decreased } = data as unknown as CumulativeMoves;
    return {
      "zh-CN": `两期台账可能放反了：${compared}个项目中有${decreased}个累计完成投资比上期少`,
      en: `The two ledgers may be swapped: ${decreased} of ${compared} cumulative figures went down`,
    };
  }
  const [p, c] = [period("previous"), period("current")];
  return {
    "zh-CN": `两期台账可能放反了：上期为${p["zh-CN"]}，晚于本期的${c["zh-CN"]}`,
    en: `The two ledgers may be swapped: the previous is of ${p.en}, later than the current ${c.en}`,
  };
}

export function periodFindings(
  previous: SourceLedger,
  current: SourceLedger,
  order: PeriodOrder,
  moves: CumulativeMoves
): Finding[] {
  const note = (
    code: Finding["code"],
    severity: Finding["severity"],
    message: LocalText,
    data: object
  ) => findingIn(current, null, { code, severity, field: null, message, data: { ...data } });
  const [p, c] = [previous.ledger, current.ledger];
  const [pp, cp] = [periodText(p), periodText(c)];
  const [pw, cw] = [placeText(previous), placeText(current)];
  switch (order) {
    case "year-boundary":
      return [
        note(
          "reconcile.year-boundary",
          "info",
          {
            "zh-CN": `上期台账为${p.reportingYear}年，本期为${c.reportingYear}年：本年累计完成投资从年初重新累计，不检查累计数减少，本期增量按本期累计计算，年度计划也不作比较`,
            en: `The previous ledger is of ${p.reportingYear}, the current one of ${c.reportingYear}: the cumulative for the year restarts, so decreases are not checked, the increment is the current cumulative, and annual plans are not compared`,
          },
          { previousYear: p.reportingYear, currentYear: c.reportingYear }
        ),
      ];
    case "reversed":
      return [
        note(
          REVERSED_CODE,
          "warning",
          {
            "zh-CN": `两期台账很可能放反了：上期台账（${pw["zh-CN"]}）为${pp["zh-CN"]}，晚于本期台账（${cw["zh-CN"]}）的${cp["zh-CN"]}。上期台账应为较早月份的台账；下面的“累计完成投资减少”多半由此而来`,
            en: `The two ledgers are probably swapped: the previous ledger (${pw.en}) is of ${pp.en}, later than the current ledger (${cw.en}, ${cp.en}). The previous ledger should be the earlier month's; the decreases below most likely come from this`,
          },
          { by: "months", previous: periodOf(p), current: periodOf(c) }
        ),
      ];
    case "same":
      return [
        note(
          SAME_MONTH_CODE,
          "info",
          {
            "zh-CN": `上期台账（${pw["zh-CN"]}）与本期台账（${cw["zh-CN"]}）都是${cp["zh-CN"]}的台账：是同一月份的两个版本吗？上期台账应为上个月的台账；以下的变化是两个版本之间的差异，不核对“上期累计＋当月完成＝本期累计”`,
            en: `The previous ledger (${pw.en}) and the current ledger (${cw.en}) are both of ${cp.en}: two versions of one month? The previous ledger should be last month's; the changes below are differences between the versions, and "previous + this month = current" is not checked`,
          },
          { previous: periodOf(p), current: periodOf(c) }
        ),
      ];
    case "maybe-year-boundary":
      return [
        note(
          "reconcile.year-not-stated",
          "info",
          {
            "zh-CN": `上期台账为12月、本期为1月，但未都注明年份：若是跨年核对，本年累计完成投资从年初重新累计，下面的“累计完成投资减少”并非错误。请在台账标题或表头写明年份`,
            en: `The previous ledger is of December and the current of January, but a year is not stated: across a year the cumulative restarts, so the decreases below are not errors. State the year in the ledgers' titles or headers`,
          },
          { previous: periodOf(p), current: periodOf(c) }
        ),
      ];
    case "forward":
    case "unknown":
      return looksSwapped(moves)
        ? [
            note(REVERSED_CODE, "warning", swappedByFigures(moves, order, pp, cp), {
              by: "figures",
              ...moves,
            }),
          ]
        : [];
  }
}

function looksSwapped({ compared, decreased }: CumulativeMoves): boolean {
  return decreased >= MIN_DECREASES_FOR_SWAP && decreased * 2 > compared;
}

function swappedByFigures(
  { compared, decreased }: CumulativeMoves,
  order: "forward" | "unknown",
  pp: LocalText,
  cp: LocalText
): LocalText {
  const why: LocalText =
    order === "unknown"
      ? {
          "zh-CN": "（台账未注明月份，无法按月份判断先后）",
          en: " (the ledgers do not state both months)",
        }
      : {
          "zh-CN": `（台账注明上期为${pp["zh-CN"]}、本期为${cp["zh-CN"]}，请同时核对月份是否写错）`,
          en: ` (the ledgers state ${pp.en} and ${cp.en}; check the months too)`,
        };
  return {
    "zh-CN": `两期台账是否放反了？两期都有本年累计完成投资的${compared}个项目中，有${decreased}个本期比上期少${why["zh-CN"]}。上期台账应为较早月份的台账`,
    en: `Are the two ledgers swapped? Of the ${compared} projects with a cumulative in both, ${decreased} have less now than before${why.en}. The previous ledger should be the earlier month's`,
  };
}

function periodOf(ledger: Ledger): { year: number | null; month: number | null } {
  return { year: ledger.reportingYear, month: ledger.reportingMonth };
}
