/**
 * Small phrases of the report text, shared by the narrative and anything else that words figures
 * (lists, letters): "低于时间进度7.86个百分点", name lists "A、B等3个项目".
 */
import { pointsAbs } from "../format";
import type { Lang } from "../types";

/**
 * 高于/低于/与时间进度持平, decided on the displayed (rounded) value so that the words never
 * contradict the number shown. Empty when V is unknown. `term`: the bulletins' 时间进度 (the
 * narrative, as the seeds say it) or the tables' 时序进度 (letters).
 */
export function compareText(
  variancePoints: number | null,
  lang: Lang,
  term: "时间进度" | "时序进度" = "时间进度"
): string {
  if (variancePoints === null) return "";
  const shown = pointsAbs(variancePoints);
  if (Number(shown) === 0)
    return lang === "en" ? "in line with the time schedule" : `与${term}持平`;
  const ahead = variancePoints > 0;
  if (lang === "en")
    return `${shown} percentage points ${ahead ? "ahead of" : "behind"} the time schedule`;
  return `${ahead ? "高于" : "低于"}${term}${shown}个百分点`;
}

/** "A、B、C" / "A, B and C". */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (lang === "zh-CN") return names.join("、");
  return names.length <= 1
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** "1 project" / "2 projects". */
export function countNoun(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "is" / "are" for a count. */
export function isAre(count: number): string {
  return count === 1 ? "is" : "are";
}

/** "has" / "have" for a count. */
export function hasHave(count: number): string {
  return count === 1 ? "has" : "have";
}
