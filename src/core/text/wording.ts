/**
 * The one place where the reporting period, the time progress, amounts and percentage points
 * are put into words, in both languages, for the sheets, the letters, both panes and the CLI.
 */
import { fixed, percent, pointsSigned, yi } from "../format";
import type { Period, TimeMode } from "../report-types";
import { say } from "../summaries/labels";
import type { Lang, Ledger } from "../types";

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

/** How the time progress is counted: "按月" / "by month", "按日" / "by day". */
export function timeModeText(mode: TimeMode, lang: Lang): string {
  return mode === "day" ? say(lang, "按日", "by day") : say(lang, "按月", "by month");
}

/** The period the reader found in a ledger's headers or title: "2024年1-9月" / "Jan–Sep 2024"; null when none. */
export function ledgerPeriodLabel(ledger: Ledger, lang: Lang): string | null {
  if (ledger.reportingMonth === null) return null;
  return periodLabel(
    {
      asOf: null,
      month: ledger.reportingMonth,
      year: ledger.reportingYear,
      timeProgress: null,
      mode: "month",
      source: "ledger",
    },
    lang
  );
}

/** A fraction as a percentage, or "—". */
export function rateText(rate: number | null): string {
  return rate === null ? "—" : percent(rate);
}

/** Signed percentage points ("+3.20", "-9.54"), or "—". */
export function signedPointsText(points: number | null): string {
  return points === null ? "—" : pointsSigned(points);
}

/** Signed percentage points with their unit: "-9.54个百分点" / "-9.54 points", or "—". */
export function pointsText(points: number | null, lang: Lang): string {
  if (points === null) return "—";
  return `${pointsSigned(points)}${say(lang, "个百分点", " points")}`;
}

/** A 万元 amount in the summaries' unit (亿元): "718.59亿元" / "CNY 71.86 bn", or "—". */
export function yiText(wan: number | null, lang: Lang): string {
  if (wan === null) return "—";
  return lang === "en" ? `CNY ${fixed(wan / 100000, 2)} bn` : `${yi(wan)}亿元`;
}

/**
 * Figures inside messages and lists: thousands separators, at most two decimals, no trailing
 * zeros (2800 → "2,800", 1234.5 → "1,234.5", 2999.99 → "2,999.99"). Rounding happens only here.
 */
export function groupedNumber(value: number, decimals = 2): string {
  // A whole number (most 万元 figures) needs no rounding: its digits are String(value).
  if (Number.isInteger(value) && Math.abs(value) < 1e15)
    return value < 0 ? `-${groupThousands(String(-value))}` : groupThousands(String(value));
  // Beyond 10^15 digits are float noise and toFixed writes exponents ("1e+300"): say it as
  // a plain exponent, never grouped ("1e+,300").
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15)
    return value.toPrecision(3).replace("+", "");
  const text = fixed(value, decimals);
  const dot = text.indexOf(".");
  const wholeEnd = dot < 0 ? text.length : dot;
  const negative = text.charCodeAt(0) === 45; // "-"
  const digits = text.slice(negative ? 1 : 0, wholeEnd);
  let end = text.length;
  if (dot >= 0) while (end > dot + 1 && text.charCodeAt(end - 1) === 48) end--; // trailing zeros
  const fraction = dot >= 0 && end > dot + 1 ? text.slice(dot, end) : "";
  return `${negative ? "-" : ""}${groupThousands(digits)}${fraction}`;
}

/** "1234567" → "1,234,567" (a loop: this runs for every project's listing reason). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** "2,800万元" / "480万美元". */
export function wanText(value: number, currency: "CNY" | "USD" = "CNY"): string {
  return `${groupedNumber(value)}${currency === "USD" ? "万美元" : "万元"}`;
}

/** English: 万 amounts as millions ("2800万元" → "CNY 28 million", "480万美元" → "USD 4.8 million"). */
export function wanTextEn(value: number, currency: "CNY" | "USD" = "CNY"): string {
  return `${currency} ${groupedNumber(value / 100, 4)} million`;
}

/** A 万元 amount as lists and messages word it: "1,234.5万元" / "CNY 12.345 million", or "—". */
export function wanAmountText(wan: number | null, lang: Lang): string {
  if (wan === null) return "—";
  return lang === "en" ? wanTextEn(wan) : wanText(wan);
}

/** "时序进度83.33%" / "Time progress 83.33%". */
export function timeProgressText(timeProgress: number, lang: Lang): string {
  return say(lang, `时序进度${percent(timeProgress)}`, `Time progress ${percent(timeProgress)}`);
}

/** The label every result carries, its sheet and period: "10月 · 2024年1-10月 · 时序进度83.33%". */
export function resultLabel(sheetName: string, period: Period, lang: Lang): string {
  return [
    sheetName,
    periodLabel(period, lang),
    period.timeProgress === null ? "" : timeProgressText(period.timeProgress, lang),
  ]
    .filter((part) => part !== "")
    .join(" · ");
}
