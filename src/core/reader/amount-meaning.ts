/**
 * What an amount header measures and over which period, read from its words and structure rather
 * than from a synonym list: "至2009年底累计完成投资" is completion up to the end of an earlier year,
 * "2010年1-7月完成投资" this year to date, "大干150天力争完成投资" a target, "开工累计完成投资" since
 * the start of construction, "月完成投资" one month. The column map picks each amount field from
 * these meanings (see amount-columns.ts).
 */
import { memoize, normalizeText, unifyDashes } from "../parse/text";

export type AmountKind = "total" | "plan" | "completion" | "target" | "funding";

export type AmountScope =
  /** From January to the reporting month of the ledger's year (1-7月, 截至5月底, 本年累计). */
  | "year-to-date"
  /** One month or one ten-day period (当月, 本月, 月完成, 旬完成). */
  | "month"
  /** From the start of construction (开工累计, 自开工以来, 历年累计). */
  | "since-start"
  /** Up to the end of an earlier year (至2009年底累计, 上年底累计, 以前年度). */
  | "before-year"
  /** The whole year (年度计划, 全年, 2010年计划, 年实际完成). */
  | "whole-year"
  /** Part of the year other than to date (8月至12月计划, 下半年, 后五个月). */
  | "part-year"
  /** A plan period of several years (十四五, 2021-2025年). */
  | "multi-year"
  /** Nothing said ("累计完成投资", "完成投资"). */
  | "unstated";

export interface AmountMeaning {
  kind: AmountKind;
  scope: AmountScope;
  /** The year the header names (2010年…), or null. */
  year: number | null;
  /** Last month of a stated range or as-of ("1-7月" → 7), or null ("1-  月" has none). */
  month: number | null;
  /** The header says 累计 (cumulative). */
  cumulative: boolean;
  /** The header says 实际 (actual) — "年实际完成投资" against "年计划完成投资". */
  actual: boolean;
}

/** A target, not a figure: "大干150天力争完成投资". (目标 alone is a plan: "年度目标任务".) */
const TARGET = /力争|争取完成|确保完成|预计完成|预期完成|大干|冲刺|拟完成|target/;
const FUNDING =
  /资金来源|到位资金|资金到位|中央(预算|资金|投资)|省级?资金|市级?资金|县级?资金|财政资金|自筹|银行贷款|贷款|融资|债券|专项债|争取资金|国债/;
const TOTAL = /总投资|投资总额|投资总规模|总额|估算投资|预估投资|概算投资|估算|概算|total/;
const PLAN = /计划|投资任务|任务数|目标|安排投资|预算|plan|budget/;
const COMPLETION = /完成|实际|累计|实绩|已投|完投|complet|actual|cumulative|ytd|spent/;
/** A bare amount noun ("投资额", "投资（万元）"); "投资主体" (the investor) is no amount. */
const AMOUNT_NOUN = /(投资|投资额|金额|资金)$/;
const RATE = /率|%|百分比|比例|占.{0,8}(计划|比)|比重/;

const SINCE_START =
  /开工(至|以来|起|累计|后|到)|自开工|建设以来|至今累计|以来累计|历年累计|项目累计|累计完成总投资|开工至今|开工至报告期|自开始|since ?(the )?start|since ?inception|since ?commencement/;
const BEFORE_YEAR_WORDS =
  /上年|去年|以前年度|往年|前期累计|截至上年|至上年|last ?year|prior ?years/;
/** 至2009年底, 截至2009年末, 2009年底前. */
const YEAR_END = /(?:至|截至|截止|到)?(\d{4})年(?:底|末|年底|年末)/;
const MONTH_WORDS = /当月|本月|月完成|月计划|月份完成|旬完成|本旬|当旬|旬计划|this ?month|monthly/;
const YTD_WORDS =
  /年初至|本年累计|今年累计|本年完成|今年完成|年度完成|当年完成|本年实际|本年度完成|年初以来|year ?to ?date|ytd/;
/** "1-7月", "1—7月", "1至7月", "1-  月" (a template's blank month). */
const RANGE = /(\d{1,2})\s*月?\s*-\s*(\d{0,2})\s*月/;
const AS_OF_MONTH = /截[至止]\s*(?:\d{4}年)?\s*(\d{1,2})\s*月|(\d{1,2})\s*月(?:底|末)/;
const WHOLE_YEAR =
  /全年|年度|\d{4}年(?:度)?(?:计划|投资)|年计划|本年计划|当年计划|年实际|本年|当年|今年|annual|this ?year/;
const PART_YEAR = /下半年|后[一二三四五六七八九十\d]+个?月|余下|剩余|下月|下旬|下季度/;
const MULTI_YEAR = /[一二三四五六七八九十]+五|(\d{4})\s*-\s*(\d{4})年?/;

function stateYear(text: string): number | null {
  const match = /(\d{4})\s*年/.exec(text);
  if (match) return Number(match[1]);
  const bare = /(?:^|[^\d])(20\d{2}|19\d{2})(?:[^\d]|$)/.exec(text);
  return bare ? Number(bare[1]) : null;
}

function kindOf(key: string): AmountKind | null {
  if (FUNDING.test(key)) return "funding";
  if (TARGET.test(key)) return "target";
  if (TOTAL.test(key) && !/完成总投资|累计完成/.test(key)) return "total";
  // "年计划完成投资", "1-6月计划完成投资": the plan, whatever the word 完成 says.
  if (PLAN.test(key) && !/实际/.test(key)) return "plan";
  if (COMPLETION.test(key)) return "completion";
  if (AMOUNT_NOUN.test(key)) return "plan";
  return null;
}

/**
 * The scope of an amount header. `ledgerYear`, when known, turns "至2024年底" into before-year
 * (an earlier year) or since-start (the ledger's own year, a cumulative figure).
 */
function scopeOf(key: string, kind: AmountKind, ledgerYear: number | null): AmountScope {
  if (SINCE_START.test(key)) return "since-start";
  if (BEFORE_YEAR_WORDS.test(key)) return "before-year";
  const yearEnd = YEAR_END.exec(key);
  if (yearEnd) {
    const year = Number(yearEnd[1]);
    if (ledgerYear !== null && year < ledgerYear) return "before-year";
    if (kind === "completion" && /累计/.test(key))
      return ledgerYear === null ? "before-year" : "since-start";
    return "whole-year";
  }
  if (MULTI_YEAR.test(key) && !RANGE.test(key.replace(/\d{4}\s*-\s*\d{4}/, ""))) {
    const multi = MULTI_YEAR.exec(key);
    if (multi && (multi[1] === undefined || Number(multi[2]) > Number(multi[1])))
      return "multi-year";
  }
  if (PART_YEAR.test(key)) return "part-year";
  const range = RANGE.exec(key);
  if (range) {
    const from = Number(range[1]);
    if (from === 1 || range[2] === "") return "year-to-date";
    return "part-year";
  }
  if (AS_OF_MONTH.test(key) || YTD_WORDS.test(key)) return "year-to-date";
  if (MONTH_WORDS.test(key) || /^\d{1,2}月份?/.test(key)) return "month";
  if (WHOLE_YEAR.test(key)) return "whole-year";
  return "unstated";
}

function monthOf(key: string): number | null {
  const range = RANGE.exec(key);
  if (range && range[2] !== "") return Number(range[2]);
  const asOf = AS_OF_MONTH.exec(key);
  if (asOf) return Number(asOf[1] ?? asOf[2]);
  return null;
}

/** The key the meaning is read from: normalised, dashes unified, units and brackets kept out. */
function meaningKey(text: string): string {
  return unifyDashes(normalizeText(text))
    .replace(/(\d)\s*月\s*[至到]\s*(\d)/g, "$1-$2")
    .toLowerCase()
    .replace(/[(（[]\s*(?:单位\s*[:：]?\s*)?(?:万美元|亿元|万元|元|%)\s*[)）\]]/g, "")
    .replace(/\s+/g, " ");
}

/**
 * What an amount header measures. `header` is the column's full header text (group headers and
 * leaf joined, "2024年/1-9月完成投资"); null when it names no amount (or names a rate).
 */
export function amountMeaning(header: string, ledgerYear: number | null): AmountMeaning | null {
  return cachedMeaning(`${ledgerYear ?? ""}\u0001${header}`);
}

const cachedMeaning = memoize((joined: string): AmountMeaning | null => {
  const split = joined.indexOf("\u0001");
  const ledgerYear = split > 0 ? Number(joined.slice(0, split)) : null;
  const key = meaningKey(joined.slice(split + 1));
  const compact = key.replace(/\s+/g, "");
  if (compact === "" || RATE.test(compact)) return null;
  const kind = kindOf(compact);
  if (kind === null) return null;
  return {
    kind,
    scope: scopeOf(key, kind, ledgerYear),
    year: stateYear(key),
    month: monthOf(key),
    cumulative: /累计/.test(compact),
    actual: /实际/.test(compact),
  };
});
