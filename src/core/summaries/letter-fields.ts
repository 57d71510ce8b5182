/**
 * The letters' 文号 pattern and date as the user gives them, checked: leaf code with no other
 * dependencies, so the command line checks its options without loading the letter builder.
 */
import { InputError } from "../errors";
import type { LocalText } from "../types";

export const DEFAULT_LETTER_NUMBER = "重点办督〔{year}〕{n}号";
const MAX_LETTER_NUMBER = 60;

/** What is wrong with a 文号 pattern, or null: it needs {n} (each letter its own number), knows only {year} and {n}. */
export function letterNumberProblem(pattern: string): LocalText | null {
  const unknown = (pattern.match(/\{[^}]*\}/g) ?? []).filter((p) => p !== "{year}" && p !== "{n}");
  if (pattern.trim() === "" || pattern.length > MAX_LETTER_NUMBER)
    return {
      "zh-CN": `文号格式应为 1 到 ${MAX_LETTER_NUMBER} 个字符，例如“${DEFAULT_LETTER_NUMBER}”。`,
      en: `The letter number pattern must have 1 to ${MAX_LETTER_NUMBER} characters, for example "${DEFAULT_LETTER_NUMBER}".`,
    };
  if (unknown.length > 0)
    return {
      "zh-CN": `文号格式“${pattern}”中的 ${unknown.join("、")} 无法识别：只能用 {year}（年份）和 {n}（序号）。`,
      en: `The letter number pattern "${pattern}" has ${unknown.join(", ")}: only {year} (the year) and {n} (the number) are known.`,
    };
  if (!pattern.includes("{n}"))
    return {
      "zh-CN": `文号格式“${pattern}”缺少 {n}（序号），各单位的督导函会是同一个文号。`,
      en: `The letter number pattern "${pattern}" has no {n} (the number): every letter would get the same number.`,
    };
  return null;
}

export interface LetterDate {
  year: number;
  month: number;
  day: number;
}

/** A YYYY-MM-DD date that exists, else an InputError naming it. */
export function parseLetterDate(text: string): LetterDate {
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day)
      return { year, month, day };
  }
  throw new InputError(
    {
      "zh-CN": `督导函日期“${text}”无效：请按“年-月-日”填写，例如 2024-10-15。`,
      en: `Letter date "${text}" is not valid: write it as year-month-day, for example 2024-10-15.`,
    },
    "input.letter-date"
  );
}
