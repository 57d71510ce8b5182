/**
 * Rule sets as plain JSON the user edits (settings editor, CLI `--rules FILE`). Input may be
 * partial: missing keys keep the base (or named preset) values. Every problem is reported with
 * the key that is wrong and what is wrong with it, in zh-CN and en.
 */
import { editDistance } from "../text/edit-distance";
import type { ColourBand, RuleSet, TimeMode } from "../report-types";
import type { LocalText } from "../types";
import { bandsWithSevereFrom, severeLagPoints } from "./bands";
import {
  bandLabel,
  cloneRuleSet,
  DEFAULT_RULES,
  DEFAULT_SEVERE_LAG_POINTS,
  findPreset,
  PRESETS,
} from "./presets";

/** RuleSet keys in the order they are written out. */
const RULE_KEYS = [
  "id",
  "name",
  "thresholdCNY",
  "thresholdUSD",
  "reducedThresholdCNY",
  "reducedSectors",
  "usdToCny",
  "timeMode",
  "colourBands",
  "overPlanRatio",
  "rateTolerancePoints",
  "preliminaryCategories",
  "groupOrder",
] as const satisfies readonly (keyof RuleSet)[];

const BAND_KEYS = [
  "minLagPoints",
  "maxLagPoints",
  "fill",
  "font",
  "label",
] as const satisfies readonly (keyof ColourBand)[];

/**
 * `preset` names a built-in rule set to start from. `severeBehindPoints` (older files, the
 * settings form) says where the last colour band, 严重滞后, starts; it is not written out.
 */
const ACCEPTED_KEYS: readonly string[] = ["preset", ...RULE_KEYS, "severeBehindPoints"];

const TIME_MODES: readonly TimeMode[] = ["month", "day"];

type Errors = LocalText[];
type Limit = "non-negative" | "positive";

/**
 * A rule set is a few KB of objects at most four levels deep (colourBands → band → label →
 * text). Far more is not a rule set, and a 100,000-level nesting would exhaust the stack.
 */
export const MAX_RULES_CHARS = 1_000_000;
export const MAX_RULES_DEPTH = 32;

export function parseRuleSet(
  input: unknown,
  base: RuleSet = DEFAULT_RULES
): { rules: RuleSet | null; errors: LocalText[] } {
  const errors: Errors = [];
  const source = typeof input === "string" ? parseJson(input, errors) : input;
  if (errors.length === 0 && typeof input !== "string" && nestedDeeperThan(source, MAX_RULES_DEPTH))
    errors.push(tooDeep());
  if (errors.length > 0) return { rules: null, errors };
  if (!isPlainObject(source)) {
    errors.push({
      "zh-CN": `规则应为一个 JSON 对象（形如 {"thresholdCNY": 3000}），现为 ${describe(source)}`,
      en: `Rules must be a JSON object (like {"thresholdCNY": 3000}), got ${describe(source)}`,
    });
    return { rules: null, errors };
  }

  const start = startingPoint(source, base, errors);
  const rules = cloneRuleSet(start);
  for (const key of Object.keys(source)) {
    if (!ACCEPTED_KEYS.includes(key)) errors.push(unknownKey(key, ACCEPTED_KEYS));
  }
  if ("id" in source) assign(readText(source.id, "id", errors), (v) => (rules.id = v));
  if ("name" in source) assign(readLocalText(source.name, "name", errors), (v) => (rules.name = v));
  for (const key of [
    "thresholdCNY",
    "thresholdUSD",
    "reducedThresholdCNY",
    "rateTolerancePoints",
  ] as const) {
    if (key in source)
      assign(readNumber(source[key], key, "non-negative", errors), (v) => (rules[key] = v));
  }
  for (const key of ["usdToCny", "overPlanRatio"] as const) {
    if (key in source)
      assign(readNumber(source[key], key, "positive", errors), (v) => (rules[key] = v));
  }
  for (const key of ["reducedSectors", "preliminaryCategories", "groupOrder"] as const) {
    if (key in source) assign(readKeywords(source[key], key, errors), (v) => (rules[key] = v));
  }
  if ("timeMode" in source)
    assign(readTimeMode(source.timeMode, errors), (v) => (rules.timeMode = v));
  if ("colourBands" in source)
    assign(readBands(source.colourBands, errors), (v) => (rules.colourBands = v));
  const severe =
    "severeBehindPoints" in source
      ? readNumber(source.severeBehindPoints, "severeBehindPoints", "non-negative", errors)
      : undefined;
  rules.colourBands = withSevereBand(rules.colourBands, severe, start);

  if (rules.reducedThresholdCNY > rules.thresholdCNY) {
    errors.push({
      "zh-CN": `reducedThresholdCNY（${rules.reducedThresholdCNY}）不应高于 thresholdCNY（${rules.thresholdCNY}）：降低后的标准须不高于一般标准`,
      en: `reducedThresholdCNY (${rules.reducedThresholdCNY}) must not be higher than thresholdCNY (${rules.thresholdCNY})`,
    });
  }
  return errors.length > 0 ? { rules: null, errors } : { rules, errors };
}

/**
 * One status rule (rules/bands.ts): the last band is open ended and is 严重滞后. A file's
 * severeBehindPoints moves its start there (files before the rule had bands 10–30 and 30+ beside
 * severeBehindPoints 20: they now read as 10–20 and 20+, as 严重滞后 always meant). Bands without
 * an open-ended last band get the red band from the starting rule set's threshold.
 */
function withSevereBand(
  bands: ColourBand[],
  severe: number | undefined,
  start: RuleSet
): ColourBand[] {
  if (severe !== undefined) return bandsWithSevereFrom(bands, severe);
  if (severeLagPoints(bands) !== null) return bands;
  return bandsWithSevereFrom(
    bands,
    severeLagPoints(start.colourBands) ?? DEFAULT_SEVERE_LAG_POINTS
  );
}

/** Pretty JSON with a stable key order, as the settings editor and `--rules FILE` expect it. */
export function ruleSetToJson(rules: RuleSet): string {
  const ordered: Record<string, unknown> = {};
  for (const key of RULE_KEYS) ordered[key] = rules[key];
  ordered.name = { "zh-CN": rules.name["zh-CN"], en: rules.name.en };
  ordered.colourBands = rules.colourBands.map((band) => {
    const out: Record<string, unknown> = {};
    for (const key of BAND_KEYS) out[key] = band[key];
    out.label = { "zh-CN": band.label["zh-CN"], en: band.label.en };
    return out;
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

// ───────────────────────────── readers of single keys ─────────────────────────────

function assign<T>(value: T | undefined, set: (value: T) => void): void {
  if (value !== undefined) set(value);
}

function parseJson(input: string, errors: Errors): unknown {
  // Windows Notepad starts UTF-8 files with a byte order mark.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_RULES_CHARS) {
    const size = `${(text.length / 1_000_000).toFixed(1)}`;
    errors.push({
      "zh-CN": `规则内容过大（约 ${size} 百万个字符）：规则通常只有几 KB，上限为 1 MB。请确认选中的是规则文件。`,
      en: `The rules are too large (about ${size} million characters): rules are a few KB, the limit is 1 MB. Is this the rules file?`,
    });
    return undefined;
  }
  if (textNestedDeeperThan(text, MAX_RULES_DEPTH)) {
    errors.push(tooDeep());
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    errors.push({
      "zh-CN": `规则不是有效的 JSON：${jsonProblemZh(detail, text)}`,
      en: `The rules are not valid JSON: ${detail}`,
    });
    return undefined;
  }
}

function tooDeep(): LocalText {
  return {
    "zh-CN": `规则嵌套过深（超过 ${MAX_RULES_DEPTH} 层）：规则最多四层（如 colourBands → 一档 → label → 文字）。请确认选中的是规则文件。`,
    en: `The rules are nested too deeply (over ${MAX_RULES_DEPTH} levels): rules are at most four levels deep (colourBands → band → label → text). Is this the rules file?`,
  };
}

/** Bracket depth of JSON text (outside strings) beyond `limit`, found without parsing. */
function textNestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Nesting of a value beyond `limit` (iteratively: no stack to exhaust, cycles end too). */
function nestedDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (item === null || typeof item !== "object") continue;
    if (depth > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/** V8's JSON.parse message in Chinese, with the line and column it points at. */
function jsonProblemZh(detail: string, text: string): string {
  const at = /position (\d+)/.exec(detail);
  let where = "";
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split("\n").length;
    where = `第 ${line} 行第 ${before.length - before.lastIndexOf("\n")} 列：`;
  }
  const token = /Unexpected token '(.+?)'/.exec(detail);
  if (token) return `${where}出现了意外的字符“${token[1]}”`;
  const known: [RegExp, string][] = [
    [/Unexpected end of JSON input/, "内容在结尾处不完整（缺少 } 或 ]？）"],
    [/Unterminated string/, "字符串缺少结尾的双引号"],
    [/Expected ':'/, "键名后缺少冒号"],
    [/property name/, "此处应为用双引号括起的键名"],
    [/Expected ',' or '[}\]]'/, "此处缺少逗号或右括号"],
    [/Bad control character/, "字符串中有不允许的控制字符（如换行）"],
    [/Bad escaped character|Bad Unicode escape/, "字符串中有无效的转义（\\）"],
    [/after JSON/, "JSON 结束后还有多余的内容"],
  ];
  const phrase = known.find(([pattern]) => pattern.test(detail))?.[1] ?? "格式有误";
  return `${where}${phrase}`;
}

function startingPoint(source: Record<string, unknown>, base: RuleSet, errors: Errors): RuleSet {
  if (!("preset" in source)) return base;
  const preset = typeof source.preset === "string" ? findPreset(source.preset) : null;
  if (preset) return preset;
  const ids = PRESETS.map((p) => p.id).join("、");
  errors.push({
    "zh-CN": `preset：没有名为 ${describe(source.preset)} 的预设（可用：${ids}）`,
    en: `preset: there is no preset ${describe(source.preset)} (available: ${PRESETS.map((p) => p.id).join(", ")})`,
  });
  return base;
}

function readNumber(value: unknown, key: string, limit: Limit, errors: Errors): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    errors.push({
      "zh-CN": `${key}：应为数字，现为 ${describe(value)}`,
      en: `${key}: must be a number, got ${describe(value)}`,
    });
    return undefined;
  }
  if (limit === "non-negative" && value < 0) {
    errors.push({
      "zh-CN": `${key}：不能为负数（现为 ${value}）`,
      en: `${key}: must not be negative (got ${value})`,
    });
    return undefined;
  }
  if (limit === "positive" && value <= 0) {
    errors.push({
      "zh-CN": `${key}：应大于0（现为 ${value}）`,
      en: `${key}: must be greater than 0 (got ${value})`,
    });
    return undefined;
  }
  return value;
}

function readText(value: unknown, key: string, errors: Errors): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  errors.push({
    "zh-CN": `${key}：应为非空文字，现为 ${describe(value)}`,
    en: `${key}: must be non-empty text, got ${describe(value)}`,
  });
  return undefined;
}

/** Either one string (used for both languages) or {"zh-CN": …, "en": …}. */
function readLocalText(value: unknown, key: string, errors: Errors): LocalText | undefined {
  if (typeof value === "string" && value.trim() !== "")
    return { "zh-CN": value.trim(), en: value.trim() };
  if (isPlainObject(value) && typeof value["zh-CN"] === "string" && typeof value.en === "string") {
    return { "zh-CN": value["zh-CN"], en: value.en };
  }
  errors.push({
    "zh-CN": `${key}：应为文字或 {"zh-CN": "…", "en": "…"}，现为 ${describe(value)}`,
    en: `${key}: must be text or {"zh-CN": "…", "en": "…"}, got ${describe(value)}`,
  });
  return undefined;
}

function readKeywords(value: unknown, key: string, errors: Errors): string[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({
      "zh-CN": `${key}：应为关键词数组，如 ["农业", "教育"]，现为 ${describe(value)}`,
      en: `${key}: must be an array of keywords such as ["农业", "教育"], got ${describe(value)}`,
    });
    return undefined;
  }
  const keywords: string[] = [];
  value.forEach((item, i) => {
    const text = readText(item, `${key}[${i}]`, errors);
    if (text !== undefined) keywords.push(text);
  });
  return keywords.length === value.length ? keywords : undefined;
}

function readTimeMode(value: unknown, errors: Errors): TimeMode | undefined {
  if (TIME_MODES.includes(value as TimeMode)) return value as TimeMode;
  errors.push({
    "zh-CN": `timeMode：应为 "month"（按月，N/12）或 "day"（按日），现为 ${describe(value)}`,
    en: `timeMode: must be "month" (N/12) or "day" (elapsed days), got ${describe(value)}`,
  });
  return undefined;
}

function readColour(value: unknown, key: string, errors: Errors): string | undefined {
  if (typeof value === "string" && /^#[0-9A-Fa-f]{6}$/.test(value)) return value.toUpperCase();
  errors.push({
    "zh-CN": `${key}：颜色应写成 #RRGGBB（如 #FFC7CE），现为 ${describe(value)}`,
    en: `${key}: colours must be written #RRGGBB (like #FFC7CE), got ${describe(value)}`,
  });
  return undefined;
}

function readBands(value: unknown, errors: Errors): ColourBand[] | undefined {
  if (!Array.isArray(value)) {
    errors.push({
      "zh-CN": `colourBands：应为颜色段数组，现为 ${describe(value)}`,
      en: `colourBands: must be an array of bands, got ${describe(value)}`,
    });
    return undefined;
  }
  const before = errors.length;
  const bands = value.map((item, i) => readBand(item, `colourBands[${i}]`, errors));
  if (errors.length > before) return undefined;
  const complete = bands as ColourBand[];
  checkBandOrder(complete, errors);
  return errors.length > before ? undefined : complete;
}

function readBand(value: unknown, key: string, errors: Errors): ColourBand | undefined {
  if (!isPlainObject(value)) {
    errors.push({
      "zh-CN": `${key}：应为 {"minLagPoints": 10, "maxLagPoints": 30, "fill": "#FFEB9C", "font": "#9C5700"}，现为 ${describe(value)}`,
      en: `${key}: must be {"minLagPoints": 10, "maxLagPoints": 30, "fill": "#FFEB9C", "font": "#9C5700"}, got ${describe(value)}`,
    });
    return undefined;
  }
  for (const k of Object.keys(value)) {
    if (!(BAND_KEYS as readonly string[]).includes(k))
      errors.push(unknownKey(k, BAND_KEYS, `${key}.`));
  }
  const min = readNumber(value.minLagPoints, `${key}.minLagPoints`, "non-negative", errors);
  const max =
    value.maxLagPoints === null || value.maxLagPoints === undefined
      ? null
      : readNumber(value.maxLagPoints, `${key}.maxLagPoints`, "non-negative", errors);
  const fill = readColour(value.fill, `${key}.fill`, errors);
  const font = readColour(value.font, `${key}.font`, errors);
  const label =
    value.label === undefined ? undefined : readLocalText(value.label, `${key}.label`, errors);
  if (min === undefined || max === undefined || fill === undefined || font === undefined)
    return undefined;
  if (max !== null && max <= min) {
    errors.push({
      "zh-CN": `${key}：maxLagPoints（${max}）应大于 minLagPoints（${min}）`,
      en: `${key}: maxLagPoints (${max}) must be greater than minLagPoints (${min})`,
    });
    return undefined;
  }
  return { minLagPoints: min, maxLagPoints: max, fill, font, label: label ?? bandLabel(min, max) };
}

/** Bands must be listed from the smallest lag up and must not overlap. */
function checkBandOrder(bands: ColourBand[], errors: Errors): void {
  for (let i = 1; i < bands.length; i++) {
    const previous = bands[i - 1];
    const band = bands[i];
    if (band.minLagPoints < previous.minLagPoints) {
      errors.push({
        "zh-CN": `colourBands：各段应按 minLagPoints 从小到大排列（第${i + 1}段 ${band.minLagPoints} 排在第${i}段 ${previous.minLagPoints} 之后）`,
        en: `colourBands: bands must be listed by increasing minLagPoints (band ${i + 1} starts at ${band.minLagPoints}, after band ${i} at ${previous.minLagPoints})`,
      });
    } else if (previous.maxLagPoints === null || previous.maxLagPoints > band.minLagPoints) {
      errors.push({
        "zh-CN": `colourBands：第${i}段（${rangeText(previous)}）与第${i + 1}段（${rangeText(band)}）重叠`,
        en: `colourBands: band ${i} (${rangeText(previous)}) overlaps band ${i + 1} (${rangeText(band)})`,
      });
    }
  }
}

function rangeText(band: ColourBand): string {
  return `${band.minLagPoints}–${band.maxLagPoints ?? "∞"}`;
}

// ───────────────────────────── unknown keys ─────────────────────────────

function unknownKey(key: string, known: readonly string[], prefix = ""): LocalText {
  const suggestion = closestKey(key, known);
  return suggestion
    ? {
        "zh-CN": `未知的键 ${prefix}${key}（是否想写 ${suggestion}？）`,
        en: `Unknown key ${prefix}${key} (did you mean ${suggestion}?)`,
      }
    : {
        "zh-CN": `未知的键 ${prefix}${key}（可用的键：${known.join("、")}）`,
        en: `Unknown key ${prefix}${key} (known keys: ${known.join(", ")})`,
      };
}

function closestKey(key: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

// ───────────────────────────── helpers ─────────────────────────────

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
