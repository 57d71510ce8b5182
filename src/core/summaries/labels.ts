/**
 * Words the output sheets share: statuses and severities (field names are the reader's
 * FIELD_LABELS). Chinese is the main audience: the zh-CN wording follows published reports.
 */
import type { ScheduleStatus } from "../report-types";
import type { Lang, LocalText, Severity } from "../types";

/** The text of a LocalText in one language. */
export function pick(text: LocalText, lang: Lang): string {
  return text[lang];
}

/** Inline bilingual text: say(lang, "合计", "Total"). */
export function say(lang: Lang, zh: string, en: string): string {
  return lang === "zh-CN" ? zh : en;
}

/** "sector" → "Sector"; Chinese is unchanged. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const STATUS_LABELS: Record<ScheduleStatus, LocalText> = {
  ahead: { "zh-CN": "超时序进度", en: "Ahead" },
  behind: { "zh-CN": "滞后", en: "Behind" },
  "severely-behind": { "zh-CN": "严重滞后", en: "Severely behind" },
  "not-started": { "zh-CN": "未开工", en: "Not started" },
  "no-plan": { "zh-CN": "无年度计划", en: "No annual plan" },
  unknown: { "zh-CN": "无法判断", en: "Unknown" },
};

export const SEVERITY_LABELS: Record<Severity, LocalText> = {
  error: { "zh-CN": "错误", en: "Error" },
  warning: { "zh-CN": "警告", en: "Warning" },
  info: { "zh-CN": "提示", en: "Info" },
};

/** Font colour of rows that show errors (the "bad" red of Excel's standard styles). */
export const ERROR_FONT = "#9C0006";
