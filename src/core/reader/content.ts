/** What a column's values look like, for recognising fields by content whatever the header says. */
import type { FieldKey } from "../types";
import { parseNumber } from "../parse/number";
import { compactKey } from "../parse/text";
import type { GridView } from "./grid-view";
import { currencyOf, isCategoryWord, isLevelWord, isSectorWord, yesNoOf } from "./vocabulary";

const NAME_WORDS =
  /项目|工程|建设|改造|园区|道路|公路|大道|厂|中心|基地|扩建|新建|产业|学校|医院|小区|一期|二期|三期|提升|project/;

export interface ContentProfile {
  /** Non-blank values sampled. */
  values: number;
  category: number;
  currency: number;
  level: number;
  yesNo: number;
  sector: number;
  nameLike: number;
}

/** Share of the sampled non-blank values of column c that look like each kind of value (0..1). */
export function profileColumn(view: GridView, c: number, rows: readonly number[]): ContentProfile {
  const counts = {
    values: 0,
    category: 0,
    currency: 0,
    level: 0,
    yesNo: 0,
    sector: 0,
    nameLike: 0,
  };
  for (const r of rows) {
    const value = view.cell(r, c);
    if (typeof value !== "string") {
      if (typeof value === "number" || typeof value === "boolean") counts.values++;
      continue;
    }
    const text = value.trim();
    if (text === "" || parseNumber(text).kind === "empty") continue;
    counts.values++;
    if (text.length > 80) continue;
    if (isCategoryWord(text)) counts.category++;
    if (currencyOf(text)) counts.currency++;
    if (isLevelWord(text)) counts.level++;
    if (yesNoOf(text) !== null) counts.yesNo++;
    if (isSectorWord(text)) counts.sector++;
    if (text.length >= 4 && NAME_WORDS.test(compactKey(text))) counts.nameLike++;
  }
  const share = (n: number) => (counts.values === 0 ? 0 : n / counts.values);
  return {
    values: counts.values,
    category: share(counts.category),
    currency: share(counts.currency),
    level: share(counts.level),
    yesNo: share(counts.yesNo),
    sector: share(counts.sector),
    nameLike: share(counts.nameLike),
  };
}

const STRONG = 0.6;

/** The field a column's content clearly shows, if any (category, currency, level or sector). */
export function fieldByContent(profile: ContentProfile): FieldKey | null {
  if (profile.values < 2) return null;
  if (profile.category >= STRONG) return "category";
  if (profile.currency >= STRONG) return "currency";
  if (profile.level >= STRONG) return "level";
  if (profile.sector >= STRONG) return "sector";
  return null;
}

export function looksLikeNames(profile: ContentProfile): boolean {
  return profile.values >= 2 && profile.nameLike >= 0.5;
}

export function looksLikeYesNo(profile: ContentProfile): boolean {
  return profile.values >= 1 && profile.yesNo >= STRONG;
}
