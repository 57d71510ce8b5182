/**
 * The per-workbook choices every host saves in the document (Office.js: workbook.settings
 * "taizhang.options"), so next month's run needs no setup: ledger sheet, column mapping, rule set,
 * period and output choices. parseWorkbookOptions() checks a stored value key by key, as
 * parseRuleSet() does for rule sets: a key of the wrong shape is left out and named, never cast.
 */
import {
  AMOUNT_UNITS,
  FIELD_LABELS,
  letterNumberProblem,
  parseLetterDate,
  OUTPUT_SHEET_KINDS,
  type AmountScale,
  type AmountUnit,
  type FieldKey,
  type Lang,
  type LocalText,
  type OutputSheetKind,
  type ReaderOptions,
  type TimeMode,
} from "../core/index";

export interface WorkbookOptions {
  /** The ledger sheet; default the active sheet. */
  ledgerSheet?: string;
  /** field → 0-based grid column chosen by the user (null = the field is absent). */
  columns?: Partial<Record<FieldKey, number | null>>;
  amountUnit?: AmountUnit;
  header?: { first: number; last: number };
  /** Row roles the user gave, by 1-based sheet row, for the sheet named (they mean nothing elsewhere). */
  rowRoles?: { sheet: string; roles: NonNullable<ReaderOptions["rowRoles"]> };
  /** A rule set as JSON the user edited (parseRuleSet input: a preset id and/or rule keys). */
  rules?: unknown;
  asOf?: string;
  month?: number;
  timeMode?: TimeMode;
  groupBy?: string[];
  lang?: Lang;
  amountScale?: AmountScale;
  area?: string;
  /** Sender of the 督导函. */
  issuer?: string;
  /** 文号 pattern of the 督导函, with {year} and {n}. */
  letterNumber?: string;
  /** {n} of the first letter. */
  firstLetterNumber?: number;
  /** The letters' date, YYYY-MM-DD; without it, the day they are made. */
  letterDate?: string;
  include?: OutputSheetKind[];
  /** Sheet of last month's ledger, for reconciliation. */
  previousSheet?: string;
}

export interface ParsedWorkbookOptions {
  options: WorkbookOptions;
  /** One line per key left out, naming it. */
  problems: LocalText[];
}

const AMOUNT_SCALES: readonly AmountScale[] = ["亿元", "万元"];
const TIME_MODES: readonly TimeMode[] = ["month", "day"];
const LANGS: readonly Lang[] = ["zh-CN", "en"];
const ROW_ROLES = ["project", "subtotal", "section", "detail", "ignore"] as const;
const SHEET_KINDS = OUTPUT_SHEET_KINDS.map((k) => k.kind);

type Check = (value: unknown) => boolean;

const isString: Check = (v) => typeof v === "string";
const isNonNegativeInteger = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const arrayOf =
  (item: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(item);

const isColumns: Check = (v) =>
  isRecord(v) &&
  Object.entries(v).every(
    ([field, column]) => field in FIELD_LABELS && (column === null || isNonNegativeInteger(column))
  );

const isHeader: Check = (v) =>
  isRecord(v) && isNonNegativeInteger(v.first) && isNonNegativeInteger(v.last) && v.first <= v.last;

const isLetterNumber: Check = (v) => typeof v === "string" && letterNumberProblem(v) === null;

const isLetterDate: Check = (v) => {
  if (typeof v !== "string") return false;
  try {
    parseLetterDate(v);
    return true;
  } catch {
    return false;
  }
};

const isRowRoles: Check = (v) =>
  isRecord(v) &&
  isString(v.sheet) &&
  isRecord(v.roles) &&
  Object.entries(v.roles).every(([row, role]) => /^[1-9]\d*$/.test(row) && oneOf(ROW_ROLES)(role));

/** Each key's check; `rules` is any JSON here and is validated by parseRuleSet where it is used. */
const CHECKS: { [K in keyof Required<WorkbookOptions>]: Check } = {
  ledgerSheet: isString,
  columns: isColumns,
  amountUnit: oneOf(AMOUNT_UNITS),
  header: isHeader,
  rowRoles: isRowRoles,
  rules: () => true,
  asOf: isString,
  month: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12,
  timeMode: oneOf(TIME_MODES),
  groupBy: arrayOf(isString),
  lang: oneOf(LANGS),
  amountScale: oneOf(AMOUNT_SCALES),
  area: isString,
  issuer: isString,
  letterNumber: isLetterNumber,
  firstLetterNumber: (v) => Number.isInteger(v) && (v as number) >= 1,
  letterDate: isLetterDate,
  include: arrayOf(oneOf(SHEET_KINDS)),
  previousSheet: isString,
};

/** A stored settings value (any JSON, or null when none is saved), checked key by key. */
export function parseWorkbookOptions(stored: unknown): ParsedWorkbookOptions {
  if (stored === null || stored === undefined) return { options: {}, problems: [] };
  if (!isRecord(stored))
    return {
      options: {},
      problems: [
        {
          "zh-CN": "工作簿中保存的设置不是一个对象，已忽略。",
          en: "The settings saved in this workbook are not an object and were ignored.",
        },
      ],
    };
  const options: Record<string, unknown> = {};
  const problems: LocalText[] = [];
  for (const [key, value] of Object.entries(stored)) {
    const check = (CHECKS as Record<string, Check | undefined>)[key];
    if (value === undefined) continue;
    if (check?.(value)) options[key] = value;
    else
      problems.push({
        "zh-CN": `工作簿中保存的设置“${key}”${check ? "取值有误" : "无法识别"}，已忽略。`,
        en: `The setting "${key}" saved in this workbook is ${check ? "invalid" : "unknown"} and was ignored.`,
      });
  }
  return { options: options as WorkbookOptions, problems };
}
