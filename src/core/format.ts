/**
 * Display formatting, used by report text and summaries alike. Rounding happens only here,
 * at display; every computation upstream works on raw values.
 */

/** 万元 → 亿元. */
export function wanToYi(wan: number): number {
  return wan / 10000;
}

/** Fixed decimals without "-0.00" and without floating noise (1.005 → "1.01"). */
export function fixed(value: number, decimals = 2): string {
  const text = roundedTo(value, decimals).toFixed(decimals);
  // "-0.00" → "0.00" (a negative text that reads as zero; cheaper than a regex per call).
  return text.charCodeAt(0) === 45 && Number(text) === 0 ? text.slice(1) : text;
}

/**
 * Percentage points as shown (two decimals), the value statuses and colour bands are decided on,
 * so that "-10.00" is never "not yet 10 points behind" for float noise (40% − 50% = −9.999…).
 */
export function shownPoints(points: number): number {
  const rounded = roundedTo(points, 2);
  // Below 2^44 the double nearest k/100 is printed by toFixed as k/100 and read back as itself,
  // so the text (made for every project twice) is not needed; "-0.00" is shown, and read, as 0.
  if (Math.abs(rounded) < EXACT_TEXT_LIMIT) return rounded === 0 ? 0 : rounded;
  return Number(fixed(points, 2));
}

/** Magnitude under which a value rounded to two decimals reads back from its text unchanged. */
const EXACT_TEXT_LIMIT = 1e13;

/** The value rounded to `decimals` places, half away from zero, as `fixed` shows it. */
function roundedTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Math.sign(value) * Number.EPSILON) * factor) / factor;
}

/** 万元 amount shown in 亿元 with two decimals: 2595700 → "259.57". */
export function yi(wan: number, decimals = 2): string {
  return fixed(wanToYi(wan), decimals);
}

/** Fraction shown as a percentage: 0.42137 → "42.14%". */
export function percent(fraction: number, decimals = 2): string {
  return `${fixed(fraction * 100, decimals)}%`;
}

/** Absolute value of percentage points with two decimals: -7.8612 → "7.86". */
export function pointsAbs(points: number, decimals = 2): string {
  return fixed(Math.abs(points), decimals);
}

/** Signed percentage points: 3.2 → "+3.20", -7.86 → "-7.86". */
export function pointsSigned(points: number, decimals = 2): string {
  const text = fixed(points, decimals);
  return points > 0 && Number(text) !== 0 ? `+${text}` : text;
}

/** 万元 amount shown in billions (English text), three decimals so it keeps 亿元's precision: 2595700 → "25.957". */
export function billion(wan: number, decimals = 3): string {
  return fixed(wan / 100000, decimals);
}
