/** What the user can choose about the output sheets. */
import { wanToYi } from "../format";
import type { CheckReport } from "../report-types";
import { areaOf } from "../text/narrative";
import type { Lang } from "../types";

export type AmountScale = "亿元" | "万元";

export interface SummaryOptions {
  lang: Lang;
  /** Amount unit of the summary tables (lists and letters are always 万元). Default 亿元. */
  amountScale?: AmountScale;
  /** Whom the figures cover, in titles: "全县", "全市", "XX区". Default none. */
  area?: string;
  /** Sender of reminder letters ("县重点项目建设推进办公室"). */
  issuer?: string;
  /** Working days a unit has to report its measures. Default 5. */
  replyWithinDays?: number;
  /** 文号 pattern of the letters, with {year} and {n}: "县重点办督〔{year}〕{n}号". Default DEFAULT_LETTER_NUMBER. */
  letterNumber?: string;
  /** {n} of the first letter (the office's running number). Default 1. */
  firstLetterNumber?: number;
}

export const DEFAULT_REPLY_DAYS = 5;

/** 万元 → the chosen scale. */
export function scaleAmount(wan: number, scale: AmountScale): number {
  return scale === "亿元" ? wanToYi(wan) : wan;
}

export function amountScaleOf(options: SummaryOptions): AmountScale {
  return options.amountScale ?? "亿元";
}

/** Unit words of an amount scale: "亿元" / "CNY 100 million". */
export function amountUnitText(scale: AmountScale, lang: Lang): string {
  if (lang === "zh-CN") return scale;
  return scale === "亿元" ? "CNY 100 million" : "CNY 10,000";
}

/** "全县" in Chinese titles (the user's word, else the ledger title's, as the report text does); in English only the user's. */
export function areaWord(report: CheckReport, options: SummaryOptions): string {
  return options.area ?? (options.lang === "zh-CN" ? areaOf(report.ledger.title) : "");
}
