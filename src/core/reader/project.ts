/** Parsing the cells of one row into typed values, logging every cell that cannot be read. */
import type {
  AmountField,
  AmountUnit,
  Amounts,
  ColumnMap,
  Currency,
  FieldKey,
  ProjectRow,
  SimpleDate,
} from "../types";
import { parseAmount } from "../parse/amount";
import { isDateFormat, isOnOrBefore, parseDate } from "../parse/date";
import {
  clean,
  hasStrayComma,
  isErrorValue,
  isPlaceholderText,
  parseNumber,
} from "../parse/number";
import { cellText } from "../parse/text";
import { quote, type FindingLog } from "./findings";
import type { GridView } from "./grid-view";
import type { AmountColumn, FieldColumn, RowColumns } from "./row-columns";
import { categoryStart, currencyOf, startedFromStatus, yesNoOf } from "./vocabulary";

export interface RowContext {
  view: GridView;
  columns: ColumnMap;
  /** The columns the row readers read, by field (see row-columns.ts). */
  layout: RowColumns;
  log: FindingLog;
  /** Unit each amount column is converted from. */
  units: Record<AmountField, AmountUnit>;
  defaultCurrency: Currency;
  /** How plain numbers in the stated-rate column read: 69.13 (percent) or 0.6913 (fraction). */
  rateScale: "percent" | "fraction";
  period: { year: number; month: number } | null;
  hasStartDateColumn: boolean;
  /** The grid has number formats (dates in amount columns can be told apart). */
  hasFormats: boolean;
  /** The last number format judged, and whether it shows a date (see isDateFormatCached). */
  lastFormat: { format: string | null; isDate: boolean };
  /** Currencies the amount cells of the row being read type ("500万美元"); see readAmounts. */
  typed: Partial<Record<AmountField, Currency>> | null;
  /** Some amount column's header is in 万美元 (its plain numbers are USD whatever the row says). */
  usdColumns: boolean;
  /** First grid row of each currency typed into each amount column ("500万美元"). */
  typedCurrencies: Map<AmountField, Partial<Record<Currency, number>>>;
}

function errorFinding(ctx: RowContext, r: number, c: number, field: FieldKey, text: string): void {
  ctx.log.cell(
    "read.error-value",
    "error",
    r,
    c,
    field,
    {
      "zh-CN": `单元格是错误值“${text}”，按空值处理`,
      en: `the cell holds the error value ${text}; read as empty`,
    },
    { value: text }
  );
}

/** A text field: trimmed text, numbers as written, dashes → null, error values → null with a finding. */
export function readText(
  ctx: RowContext,
  r: number,
  column: FieldColumn | null,
  keepDashes = false
): string | null {
  if (column === null) return null;
  const value = column.mergeFilled
    ? ctx.view.shownCell(r, column.col)
    : ctx.view.cell(r, column.col);
  if (isErrorValue(value)) {
    errorFinding(ctx, r, column.col, column.field, String(value).trim().toUpperCase());
    return null;
  }
  const text = cellText(value);
  if (text === "" || (!keepDashes && isPlaceholderText(text))) return null;
  return text;
}

/** A formula with no cached result: the file was saved by a program that does not calculate. */
function noFormulaResult(ctx: RowContext, r: number, c: number, field: FieldKey): void {
  const formula = ctx.view.formula(r, c);
  if (formula === null) return;
  ctx.log.cell(
    "read.formula-no-result",
    "warning",
    r,
    c,
    field,
    {
      "zh-CN": `公式“${quote(formula)}”没有计算结果（文件保存前未经 Excel 计算），按空值处理；请在 Excel 中打开并保存后再读取`,
      en: `the formula ${quote(formula)} has no calculated result (the file was saved without being calculated); read as empty. Open and save it in Excel, then read it again`,
    },
    { formula }
  );
}

/** isDateFormat of the last format seen: amount columns repeat one format down 100,000 rows. */
function isDateFormatCached(ctx: RowContext, format: string | null): boolean {
  if (format === null) return false;
  const last = ctx.lastFormat;
  if (last.format !== format) {
    last.format = format;
    last.isDate = isDateFormat(format);
  }
  return last.isDate;
}

/** A number shown as a date ("2024/3/1") in an amount column: a date typed where money belongs. */
function dateInAmount(ctx: RowContext, r: number, c: number, field: AmountField): void {
  ctx.log.cell(
    "read.date-in-amount",
    "error",
    r,
    c,
    field,
    {
      "zh-CN": "金额列中是一个日期（单元格格式为日期），按空值处理",
      en: "the amount column holds a date (the cell is formatted as a date); read as empty",
    },
    { format: ctx.view.format(r, c) }
  );
}

/**
 * One amount cell in 万 of the currency it is in. `stated` receives the currency the cell itself
 * types ("500万美元", "3000万元") when that differs from the column's.
 */
export function readAmount(ctx: RowContext, r: number, column: AmountColumn | null): number | null {
  if (column === null) return null;
  const { field, col } = column;
  const value = ctx.view.cell(r, col);
  // Most amount cells are plain numbers: the result parseAmount would give, without its objects.
  if (typeof value === "number" && Number.isFinite(value)) {
    if (ctx.hasFormats && isDateFormatCached(ctx, ctx.view.format(r, col))) {
      dateInAmount(ctx, r, col, field);
      return null;
    }
    return column.factor === 1 ? value : clean(value * column.factor);
  }
  const parsed = parseAmount(value, column.unit);
  switch (parsed.kind) {
    case "number":
      if (parsed.currency) {
        (ctx.typed ??= {})[field] = parsed.currency;
        noteCurrency(ctx, field, parsed.currency, r);
      }
      return parsed.value;
    case "empty":
      if (value === null) noFormulaResult(ctx, r, col, field);
      return null;
    case "error":
      errorFinding(ctx, r, col, field, parsed.text);
      return null;
    default:
      if (hasStrayComma(parsed.text)) {
        ctx.log.cell(
          "read.ambiguous-comma",
          "error",
          r,
          col,
          field,
          {
            "zh-CN": `数值“${quote(parsed.text)}”中的逗号不是千位分隔符，无法确定金额（小数请用小数点，如 3000.5）`,
            en: `the comma in "${quote(parsed.text)}" is not a thousands separator, so the amount is unclear (write decimals with a point, such as 3000.5)`,
          },
          { value: parsed.text }
        );
        return null;
      }
      ctx.log.cell(
        "read.unparseable-number",
        "error",
        r,
        col,
        field,
        {
          "zh-CN": `无法识别的数值“${quote(parsed.text)}”`,
          en: `cannot read the number "${quote(parsed.text)}"`,
        },
        { value: parsed.text }
      );
      return null;
  }
}

/** Remembers the first row of each currency typed in an amount column, for the mixed-currency note. */
function noteCurrency(ctx: RowContext, field: AmountField, currency: Currency, r: number): void {
  const seen = ctx.typedCurrencies.get(field) ?? {};
  if (seen[currency] === undefined) {
    seen[currency] = r;
    ctx.typedCurrencies.set(field, seen);
  }
}

/**
 * The amount cells of a row. The currencies its cells type ("500万美元") are left in ctx.typed
 * for the caller to read right after (null when none does: most rows, with nothing allocated).
 */
export function readAmounts(ctx: RowContext, r: number): Amounts {
  ctx.typed = null;
  const columns = ctx.layout.amounts;
  // One literal in AMOUNT_FIELDS order (one object shape for every row).
  return {
    totalInvestment: readAmount(ctx, r, columns.totalInvestment),
    annualPlan: readAmount(ctx, r, columns.annualPlan),
    completed: readAmount(ctx, r, columns.completed),
    completedSinceStart: readAmount(ctx, r, columns.completedSinceStart),
    completedThisMonth: readAmount(ctx, r, columns.completedThisMonth),
    completedBeforeThisYear: readAmount(ctx, r, columns.completedBeforeThisYear),
  };
}

/** Stated completion rate as a fraction: "69.13%" → 0.6913; 0.6913 shown as % → 0.6913; 69.13 in a (%) column → 0.6913. */
export function readRate(ctx: RowContext, r: number): number | null {
  const match = ctx.layout.fields.statedRate;
  if (!match) return null;
  const value = ctx.view.cell(r, match.col);
  // Most rate cells are plain numbers: what parseNumber would say of them, without its object.
  if (typeof value === "number" && Number.isFinite(value))
    return plainRate(ctx, value, isPercentFormat(ctx.view.format(r, match.col)));
  const parsed = parseNumber(value);
  if (parsed.kind === "number" && (parsed.suffix === null || parsed.suffix === "%")) {
    if (parsed.suffix === "%") return clean(parsed.value / 100);
    return plainRate(ctx, parsed.value, false);
  }
  if (parsed.kind === "empty") return null;
  if (parsed.kind === "error") {
    errorFinding(ctx, r, match.col, "statedRate", parsed.text);
    return null;
  }
  const text = parsed.kind === "number" ? String(value) : parsed.text;
  ctx.log.cell(
    "read.unparseable-number",
    "error",
    r,
    match.col,
    "statedRate",
    {
      "zh-CN": `无法识别的比率“${quote(text)}”`,
      en: `cannot read the rate "${quote(text)}"`,
    },
    { value: text }
  );
  return null;
}

/** A rate without a % sign: a fraction when shown as a percentage or the column reads so. */
function plainRate(ctx: RowContext, value: number, shownAsPercent: boolean): number {
  return shownAsPercent || ctx.rateScale === "fraction" ? value : clean(value / 100);
}

function isPercentFormat(format: string | null): boolean {
  return format !== null && format.includes("%");
}

export function readDate(ctx: RowContext, r: number, match: FieldColumn | null): SimpleDate | null {
  if (match === null) return null;
  const { field } = match;
  const value = ctx.view.cell(r, match.col);
  const parsed = parseDate(value, ctx.view.format(r, match.col));
  if (parsed.kind === "date") return parsed.date;
  if (parsed.kind === "error") errorFinding(ctx, r, match.col, field, parsed.text);
  if (parsed.kind === "invalid") {
    ctx.log.cell(
      "read.unparseable-date",
      "warning",
      r,
      match.col,
      field,
      {
        "zh-CN": `无法识别的日期“${quote(parsed.text)}”`,
        en: `cannot read the date "${quote(parsed.text)}"`,
      },
      { value: parsed.text }
    );
  }
  return null;
}

export function readListed(ctx: RowContext, r: number): boolean | null {
  const match = ctx.layout.fields.listed;
  if (!match) return null;
  const value = ctx.view.cell(r, match.col);
  if (typeof value === "boolean") return value;
  const text = readText(ctx, r, match);
  if (text === null) return null;
  const flag = yesNoOf(text);
  if (flag === null) {
    ctx.log.cell(
      "read.unparseable-flag",
      "warning",
      r,
      match.col,
      "listed",
      {
        "zh-CN": `无法识别的是/否“${quote(text)}”`,
        en: `cannot read yes/no from "${quote(text)}"`,
      },
      { value: text }
    );
  }
  return flag;
}

export function readCurrency(ctx: RowContext, r: number): Currency {
  const match = ctx.layout.fields.currency;
  if (!match) return ctx.defaultCurrency;
  const text = readText(ctx, r, match);
  if (text === null) return ctx.defaultCurrency;
  const currency = currencyOf(text);
  if (currency) return currency;
  const fallback =
    ctx.defaultCurrency === "USD" ? { zh: "美元", en: "USD" } : { zh: "人民币", en: "CNY" };
  ctx.log.cell(
    "read.unknown-currency",
    "warning",
    r,
    match.col,
    "currency",
    {
      "zh-CN": `无法识别的币种“${quote(text)}”，按${fallback.zh}处理`,
      en: `unknown currency "${quote(text)}"; read as ${fallback.en}`,
    },
    { value: text }
  );
  return ctx.defaultCurrency;
}

export interface StartedDecision {
  started: boolean | null;
  by: ProjectRow["startedBy"];
}

const UNKNOWN_START: StartedDecision = { started: null, by: null };
const BY_COMPLETION: StartedDecision = { started: true, by: "completion" };
// One shared object per answer (this runs for every project).
const STARTED = {
  status: [
    { started: false, by: "status" },
    { started: true, by: "status" },
  ],
  category: [
    { started: false, by: "category" },
    { started: true, by: "category" },
  ],
  date: [
    { started: false, by: "start-date" },
    { started: true, by: "start-date" },
  ],
} as const satisfies Record<string, readonly [StartedDecision, StartedDecision]>;

function by(source: keyof typeof STARTED, started: boolean): StartedDecision {
  return STARTED[source][started ? 1 : 0];
}

/**
 * Started: the status column decides when it says; else the category (前期 → no, 竣工 → yes,
 * 续建/新开工 by the start date against the reporting period); else the start date alone; else
 * completed investment this year, which a project that has not started cannot have.
 * A 新开工 project with a blank start date in a ledger that has a start-date column is taken as
 * not started yet; without such a column it counts as started.
 */
export function decideStarted(
  ctx: RowContext,
  status: string | null,
  category: string | null,
  startDate: SimpleDate | null,
  completed: number | null
): StartedDecision {
  const byStatus = status ? startedFromStatus(status) : null;
  if (byStatus !== null) return by("status", byStatus);
  const dated =
    startDate && ctx.period ? isOnOrBefore(startDate, ctx.period.year, ctx.period.month) : null;
  const byDate = dated === null ? null : by("date", dated);
  switch (category ? categoryStart(category) : null) {
    case "not-started":
      return by("category", false);
    case "finished":
      return by("category", true);
    case "continuing":
      return byDate ?? by("category", true);
    case "new-start":
      if (startDate) return byDate ?? UNKNOWN_START;
      return by("category", !ctx.hasStartDateColumn);
    default:
      if (byDate) return byDate;
      return completed !== null && completed > 0 ? BY_COMPLETION : UNKNOWN_START;
  }
}

/** Decide how plain numbers in the rate column read: a "%" header or values above 2 mean percent. */
export function rateScaleOf(
  view: GridView,
  columns: ColumnMap,
  header: string,
  rows: readonly number[]
): "percent" | "fraction" {
  const match = columns.statedRate;
  if (!match) return "percent";
  if (/[%％]/.test(header)) return "percent";
  let seen = 0;
  for (const r of rows) {
    const parsed = parseNumber(view.cell(r, match.col));
    if (parsed.kind !== "number" || parsed.suffix === "%") continue;
    if (isDateFormat(view.format(r, match.col))) continue;
    if (isPercentFormat(view.format(r, match.col))) continue;
    seen++;
    if (Math.abs(parsed.value) > 2) return "percent";
  }
  return seen > 0 ? "fraction" : "percent";
}
