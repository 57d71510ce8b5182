/** The reporting period as headers and titles state it: 1-6月, 1—6月, 截至5月底, 5月末, 2024年1-9月. */
import { memoize, normalizeText, unifyDashes } from "./text";

export interface PeriodMatch {
  month: number;
  year: number | null;
}

const RANGE = /(?:(20\d{2})年)?(\d{1,2})月?-(\d{1,2})月/;
const AS_OF = /截[至止](?:(20\d{2})年)?(\d{1,2})月/;
const MONTH_END = /(?:(20\d{2})年)?(\d{1,2})月(?:底|末|份)/;
const YEAR_MONTH = /(20\d{2})年(\d{1,2})月/;
const ANY_YEAR = /(20\d{2})年/;
const NAMED: ReadonlyArray<[RegExp, number]> = [
  [/上半年/, 6],
  [/前三季度|三季度/, 9],
  [/(?:第)?一季度/, 3],
  [/(?:第)?二季度/, 6],
];

function valid(month: number, year: number | null): PeriodMatch | null {
  return month >= 1 && month <= 12 ? { month, year } : null;
}

function yearIn(text: string, stated: string | undefined): number | null {
  if (stated) return Number(stated);
  const any = ANY_YEAR.exec(text);
  return any ? Number(any[1]) : null;
}

function find(text: string, allowBareMonth: boolean): PeriodMatch | null {
  const s = unifyDashes(normalizeText(text)).replace(/\s+/g, "");
  const range = RANGE.exec(s);
  if (range && Number(range[2]) <= Number(range[3]))
    return valid(Number(range[3]), yearIn(s, range[1]));
  const asOf = AS_OF.exec(s) ?? MONTH_END.exec(s);
  if (asOf) return valid(Number(asOf[2]), yearIn(s, asOf[1]));
  for (const [pattern, month] of NAMED)
    if (pattern.test(s)) return valid(month, yearIn(s, undefined));
  if (allowBareMonth) {
    const ym = YEAR_MONTH.exec(s);
    if (ym) return valid(Number(ym[2]), Number(ym[1]));
  }
  return null;
}

/** Period stated in a column header ("1-6月累计完成投资", "截至5月底累计"). */
export const periodFromHeader = memoize((text: string) => find(text, false));

/** Period stated in a title or note, where a bare "2024年6月" also counts. */
export const periodFromTitle = memoize((text: string) => find(text, true));

/** The first 20xx年 in a text ("2024年重点项目…" → 2024). */
export const yearFromText = memoize((text: string): number | null =>
  yearIn(normalizeText(text), undefined)
);
