/**
 * Policy: how the saved workbook settings become the reader's options, the check's options and
 * the rules. One place for every host and both panes. Bad saved rules are never replaced by the
 * defaults silently: savedRules() throws an InputError (code "settings.rules") that the panes
 * show, for the check and for reconciliation alike.
 */
import {
  type CheckOptions,
  DEFAULT_RULES,
  GROUP_FIELD_KEYS,
  InputError,
  type Lang,
  type Ledger,
  type OutputOptions,
  type ReaderOptions,
  type RuleSet,
  type ProjectResult,
  defaultGroupBy,
  parseRuleSet,
  resolveGroupBy,
} from "../core/index";
import type { WorkbookOptions } from "./settings";

export const SAVED_RULES_CODE = "settings.rules";

/** The saved rule set (default rules when none is saved); invalid saved rules are an InputError. */
export function savedRules(saved: WorkbookOptions): RuleSet {
  if (saved.rules === undefined) return DEFAULT_RULES;
  const parsed = parseRuleSet(saved.rules);
  if (!parsed.rules) {
    const first = parsed.errors[0] ?? { "zh-CN": "", en: "" };
    throw new InputError(
      {
        "zh-CN": `工作簿中保存的规则有误：${first["zh-CN"]}`,
        en: `The rules saved in this workbook are invalid: ${first.en}`,
      },
      SAVED_RULES_CODE
    );
  }
  return parsed.rules;
}

/** The reader's options for a sheet: the saved mapping (row roles only for the sheet they were given on). */
export function readerOptionsOf(saved: WorkbookOptions, sheetName: string): ReaderOptions {
  return withoutUndefined({
    columns: saved.columns,
    amountUnit: saved.amountUnit,
    header: saved.header,
    rowRoles: saved.rowRoles?.sheet === sheetName ? saved.rowRoles.roles : undefined,
  });
}

/** The check's options from the saved settings, with overrides. */
export function checkOptionsOf(
  saved: WorkbookOptions,
  overrides: Partial<CheckOptions> = {}
): CheckOptions {
  return withoutUndefined({
    rules: overrides.rules ?? savedRules(saved),
    asOf: overrides.asOf ?? saved.asOf,
    month: overrides.month ?? saved.month,
    timeMode: overrides.timeMode ?? saved.timeMode,
    groupBy: overrides.groupBy ?? saved.groupBy,
  });
}

/** The groupings of the summary tables: the saved ones, else the ledger's defaults. */
export function summaryGroupings(ledger: Ledger, settings: WorkbookOptions): string[] {
  return settings.groupBy ?? defaultGroupBy(ledger);
}

/** The group key function of a grouping, or null when the ledger cannot be grouped so. */
export function groupKeyFunction(
  ledger: Ledger,
  spec: string
): ((p: ProjectResult) => string) | null {
  try {
    const groupBy = resolveGroupBy(ledger, spec);
    return (p) => groupBy.keyOf(p.row);
  } catch {
    return null;
  }
}

/** Groupings this ledger allows, the preferred ones first: the check computes all of them. */
export function groupingsOf(ledger: Ledger, preferred: readonly string[]): string[] {
  const available = GROUP_FIELD_KEYS.filter(
    (field) => field !== "currency" && groupKeyFunction(ledger, field) !== null
  );
  return [...new Set([...preferred, ...available])];
}

/**
 * The options of a check from a pane: the saved settings, with every grouping the ledger allows
 * (the saved or default ones first, so the report text groups as they say).
 */
export function paneCheckOptions(ledger: Ledger, settings: WorkbookOptions): CheckOptions {
  return checkOptionsOf(settings, {
    groupBy: groupingsOf(ledger, summaryGroupings(ledger, settings)),
  });
}

/** Output options from the saved choices, in the pane's language unless one was saved. */
export function outputOptionsOf(saved: WorkbookOptions, lang: Lang): OutputOptions {
  const options: OutputOptions = { lang: saved.lang ?? lang };
  if (saved.amountScale) options.amountScale = saved.amountScale;
  if (saved.area) options.area = saved.area;
  if (saved.issuer) options.issuer = saved.issuer;
  if (saved.letterNumber) options.letterNumber = saved.letterNumber;
  if (saved.firstLetterNumber) options.firstLetterNumber = saved.firstLetterNumber;
  if (saved.include) options.include = saved.include;
  return options;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
