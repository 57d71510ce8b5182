/** The reporting period in the words of titles, headers and letters. */
import { percent } from "../format";
import type { Period } from "../report-types";
import type { Lang } from "../types";
import { say } from "./labels";

const EN_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** "9月" / "Sep". */
export function monthText(month: number, lang: Lang): string {
  return lang === "zh-CN" ? `${month}月` : EN_MONTHS[month - 1];
}

/** "1-9月" / "Jan–Sep"; "1月" / "Jan". */
export function monthRange(month: number, lang: Lang): string {
  if (lang === "zh-CN") return month === 1 ? "1月" : `1-${month}月`;
  return month === 1 ? EN_MONTHS[0] : `${EN_MONTHS[0]}–${EN_MONTHS[month - 1]}`;
}

/** "2024年1-9月" / "Jan–Sep 2024"; whatever part is known; "" when nothing is. */
export function periodLabel(period: Period, lang: Lang): string {
  const months = period.month === null ? "" : monthRange(period.month, lang);
  if (lang === "zh-CN") return `${period.year === null ? "" : `${period.year}年`}${months}`;
  return [months, period.year === null ? "" : String(period.year)]
    .filter((part) => part !== "")
    .join(" ");
}

/** Upper header over the year's figures: "2024年" / "2024"; "本年度" / "This year" without a year. */
export function yearHeader(period: Period, lang: Lang): string {
  if (period.year === null) return say(lang, "本年度", "This year");
  return say(lang, `${period.year}年`, String(period.year));
}

/** "1-9月完成投资" / "Completed Jan–Sep"; "累计完成投资" / "Completed" without a month. */
export function completedHeader(period: Period, lang: Lang): string {
  if (period.month === null) return say(lang, "累计完成投资", "Completed");
  return say(
    lang,
    `${monthRange(period.month, lang)}完成投资`,
    `Completed ${monthRange(period.month, lang)}`
  );
}

/** "时序进度：75.00%（1-9月）"; day mode names the date counted to. Null when T is unknown. */
export function timeProgressLine(period: Period, lang: Lang): string | null {
  if (period.timeProgress === null) return null;
  const basis =
    period.mode === "day"
      ? asOfText(period, lang)
      : period.month === null
        ? ""
        : monthRange(period.month, lang);
  const value = percent(period.timeProgress);
  if (lang === "zh-CN") return `时序进度：${value}${basis ? `（${basis}）` : ""}`;
  return `Time progress: ${value}${basis ? ` (${basis})` : ""}`;
}

/** "截至2024年9月底" (or "截至2024年9月15日" with an as-of day in day mode) / "as of end of Sep 2024". */
export function asOfText(period: Period, lang: Lang): string {
  const day = asOfDay(period);
  const year = period.year === null ? "" : `${period.year}年`;
  if (period.month === null) return say(lang, "截至目前", "to date");
  if (lang === "zh-CN") return `截至${year}${period.month}月${day === null ? "底" : `${day}日`}`;
  const when = `${EN_MONTHS[period.month - 1]}${period.year === null ? "" : ` ${period.year}`}`;
  return day === null ? `as of end of ${when}` : `as of ${day} ${when}`;
}

/** The day of the as-of date when it counts (day mode, same month), else null. */
function asOfDay(period: Period): number | null {
  if (period.mode !== "day" || period.asOf === null) return null;
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/.exec(period.asOf);
  if (!match || Number(match[2]) !== period.month) return null;
  return Number(match[3]);
}

/** A letter's date: the month after the period, day left to fill in: "2024年10月X日" / "__ Oct 2024". */
export function followingMonthDate(period: Period, lang: Lang): string {
  if (period.month === null) return say(lang, `${period.year ?? "X"}年X月X日`, "__ ____ ____");
  const nextMonth = period.month === 12 ? 1 : period.month + 1;
  const year = period.year === null ? null : period.month === 12 ? period.year + 1 : period.year;
  if (lang === "zh-CN") return `${year ?? "X"}年${nextMonth}月X日`;
  return `__ ${EN_MONTHS[nextMonth - 1]} ${year ?? "____"}`;
}
