/** How fields and rows are named inside messages. */
import type { AmountField, Currency, LocalText, ProjectRow } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { FIELD_LABELS } from "../reader/fields";
import { wanText, wanTextEn } from "../text/wording";

/**
 * Field names as the reader calls them, lower-cased in English for use inside sentences;
 * "completed" says 本年 so it is never confused with 开工累计.
 */
export const AMOUNT_LABELS: Record<AmountField, LocalText> = {
  ...(Object.fromEntries(
    AMOUNT_FIELDS.map((field) => [
      field,
      { "zh-CN": FIELD_LABELS[field]["zh-CN"], en: FIELD_LABELS[field].en.toLowerCase() },
    ])
  ) as Record<AmountField, LocalText>),
  completed: { "zh-CN": "本年累计完成投资", en: "completed this year" },
};

/** What cannot be done without a total or plan figure. */
export const MISSING_AMOUNT_CONSEQUENCES: Record<"totalInvestment" | "annualPlan", LocalText> = {
  totalInvestment: {
    "zh-CN": "无法判断是否达到入库标准",
    en: "the listing criteria cannot be checked",
  },
  annualPlan: {
    "zh-CN": "无法计算完成率和时序进度",
    en: "completion rates and the schedule cannot be computed",
  },
};

/** “XX项目” (or 第12行 when the row has no name). */
export function projectLabel(row: Pick<ProjectRow, "name" | "sheetRow">): LocalText {
  return row.name
    ? { "zh-CN": `“${row.name}”`, en: `"${row.name}"` }
    : { "zh-CN": `第${row.sheetRow}行项目`, en: `The project on row ${row.sheetRow}` };
}

/** An amount in both languages, in the row's currency. */
export function money(value: number, currency: Currency = "CNY"): LocalText {
  return { "zh-CN": wanText(value, currency), en: wanTextEn(value, currency) };
}

/** Amounts that differ only by floating noise from unit conversion are the same. */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a > b beyond floating noise. */
export function exceeds(a: number, b: number): boolean {
  return a > b && !sameAmount(a, b);
}
