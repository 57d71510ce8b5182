/** Row labels: section headings, subtotal labels, footnotes. */
import { memoize, normalizeText } from "../parse/text";
import { isAreaWord, isCategoryWord, isSectorWord } from "./vocabulary";

export interface SectionLabel {
  name: string;
  depth: number;
  role: "sector" | "category" | "area" | "other";
  statedCount: number | null;
  /** True when the label starts with an enumerator (一、 （二） 1. (1) 第一部分). */
  enumerated: boolean;
}

const CN_DIGITS = "一二三四五六七八九十百零〇";
const ENUMERATORS: ReadonlyArray<[RegExp, number]> = [
  [new RegExp(`^第[${CN_DIGITS}\\d]+(?:部分|类|篇|章)[、.,:\\s]*`), 1],
  [new RegExp(`^[${CN_DIGITS}]+\\s*[、.,:\\s]\\s*`), 1],
  [new RegExp(`^\\(\\s*[${CN_DIGITS}]+\\s*\\)\\s*[、.]?\\s*`), 2],
  [/^\d{1,2}\s*[、.](?!\d)\s*/, 3],
  [/^\(\s*\d{1,2}\s*\)\s*[、.]?\s*/, 4],
];
/** "（21个）", "(共21个项目)", "21个", "：21个", "5项", "(48项)" anywhere after the name. */
const COUNT = /[([:,]?\s*(?:共|计|合计)?\s*(\d+)\s*(?:个|项)(?:项目)?\s*[)\]]?/;

/** A cell that only states a count: "15个", "（120个）", "共13个项目", "48项". */
const COUNT_ONLY = /^[([]?\s*(?:共|计|合计)?\s*(\d+)\s*(?:个|项)(?:项目)?\s*[)\]]?$/;

/** The count a count-only cell states ("15个" → 15), or null. */
export const statedCountOf = memoize((text: string): number | null => {
  const match = COUNT_ONLY.exec(normalizeText(text).replace(/\s+/g, ""));
  return match ? Number(match[1]) : null;
});

function cleanName(text: string): string {
  return text
    .replace(/[:,;.\s]+$/g, "")
    .replace(/(类项目|项目)$/, "")
    .replace(/类$/, "")
    .trim();
}

/**
 * "一、工业项目（21个）" → 工业, depth 1, sector, 21; "（二）续建项目" → 续建, depth 2, category.
 * Labels without an enumerator count only when they name a sector or category or state a count.
 */
export function parseSectionLabel(label: string): SectionLabel | null {
  return label.length <= 60 ? sectionLabel(label) : null;
}

const sectionLabel = memoize((label: string): SectionLabel | null => {
  const text = normalizeText(label);
  if (text === "" || text.length > 60) return null;
  let depth = 0;
  let rest = text;
  for (const [pattern, level] of ENUMERATORS) {
    const match = pattern.exec(text);
    if (match) {
      depth = level;
      rest = text.slice(match[0].length);
      break;
    }
  }
  const count = COUNT.exec(rest);
  const statedCount = count ? Number(count[1]) : null;
  if (count) rest = rest.slice(0, count.index) + rest.slice(count.index + count[0].length);
  const name = cleanName(rest);
  // A numbered note ("1、项目性质：指前期、续建…") is no section: names are short and plain.
  if (name === "" || name.length > 24 || /[。；;：:，,]/.test(name)) return null;
  const role = isCategoryWord(name)
    ? "category"
    : isSectorWord(name)
      ? "sector"
      : isAreaWord(name)
        ? "area"
        : "other";
  const enumerated = depth > 0;
  // Without a number, only a sector or category word or a stated count makes a section (an area
  // word alone is as likely a project's own name: "丙县园区").
  if (!enumerated && (role === "other" || role === "area") && statedCount === null) return null;
  return { name, depth: enumerated ? depth : 1, role, statedCount, enumerated };
});

export interface SubtotalLabel {
  /** Text before 合计/小计 ("工业项目小计" → "工业"), "" when none. */
  prefix: string;
  word: "合计" | "小计" | "总计" | "共计";
  statedCount: number | null;
}

const SUBTOTAL = /^(.{0,20}?)(总合计|合计|小计|总计|共计)(.*)$/;

/** "合计", "合  计", "合计（120个）", "工业项目小计", "总计：" → a subtotal label; anything else → null. */
export function parseSubtotalLabel(label: string): SubtotalLabel | null {
  if (label.length > 40) return null;
  // Cheap gate: every Chinese subtotal word contains 计 (計 in Traditional). Asked of every
  // row's labels: a search for a character, not a regex.
  if (label.includes("计") || label.includes("計")) return subtotalLabel(label);
  return /total|sum/i.test(label) ? englishSubtotal(label) : null;
}

const ENGLISH_SUBTOTAL =
  /^(grand\s*total|sub-?\s*total|total|sum)\s*[:(]?\s*(?:(\d+)\s*(?:projects?)?)?\s*\)?$/i;

/** "Total", "Grand total", "Subtotal", "Total (120 projects)". */
const englishSubtotal = memoize((label: string): SubtotalLabel | null => {
  const match = ENGLISH_SUBTOTAL.exec(label.trim());
  if (!match) return null;
  const word = /^sub/i.test(match[1]) ? "小计" : /^grand/i.test(match[1]) ? "总计" : "合计";
  return { prefix: "", word, statedCount: match[2] ? Number(match[2]) : null };
});

const subtotalLabel = memoize((label: string): SubtotalLabel | null => {
  const text = normalizeText(label).replace(/\s+/g, "");
  if (text.length > 40) return null;
  const match = SUBTOTAL.exec(text);
  if (!match) return null;
  const tail = match[3].replace(/^[:：]/, "");
  const count = /^\(?(?:共)?(\d+)(?:个|项)?(?:项目)?\)?$/.exec(tail);
  if (tail !== "" && !count) return null;
  const prefix = cleanName(
    match[1].replace(/^[一二三四五六七八九十]+[、.]|^\([一二三四五六七八九十]+\)/, "")
  );
  const word = match[2] === "总合计" ? "总计" : (match[2] as SubtotalLabel["word"]);
  return { prefix, word, statedCount: count ? Number(count[1]) : null };
});

const FOOTNOTE =
  /^(注\s*[:：\d一二三①]|注释|备注\s*[:：]|说明\s*[:：]|填报人|填表人|审核人|制表人|联系人|联系电话|负责人|填报日期|填报时间|资料来源|数据来源|note\s*:|notes?\s*:)/i;

/** "注：…", "备注：", "说明：", "填报人：", "审核人：" … */
const footnoteLabel = memoize((label: string): boolean => FOOTNOTE.test(normalizeText(label)));

/** Cheap gate on the first character before normalising. */
const FOOTNOTE_START = /^\s*[注註备備说說填审審制联聯负負资資数數nNＮｎ]/;

export function isFootnoteLabel(label: string): boolean {
  return FOOTNOTE_START.test(label) && footnoteLabel(label);
}
