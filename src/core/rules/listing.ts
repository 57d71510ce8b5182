/**
 * Listing criteria (入库标准): is a project big enough to be a listed major project, and in
 * which tier. Reasons are sentences a ledger keeper understands, with the figures.
 */
import type { ListingResult, ListingTier, RuleSet } from "../report-types";
import type { LocalText, ProjectRow } from "../types";
import { keywordMatcher, type KeywordMatcher } from "./keywords";
import { wanText, wanTextEn } from "../text/wording";

/** Floating noise from unit conversion must not push an amount exactly at the threshold below it. */
const EPSILON = 1e-9;

export function evaluateListing(row: ProjectRow, rules: RuleSet): ListingResult {
  return listingEvaluator(rules)(row);
}

/** evaluateListing for every project of one check: the rule set's keyword lists looked up once. */
export function listingEvaluator(rules: RuleSet): (row: ProjectRow) => ListingResult {
  const matchers: ListingMatchers = {
    preliminary: keywordMatcher(rules.preliminaryCategories),
    reducedSectors: keywordMatcher(rules.reducedSectors),
  };
  return (row) => listingOf(row, rules, matchers);
}

interface ListingMatchers {
  preliminary: KeywordMatcher;
  reducedSectors: KeywordMatcher;
}

function listingOf(row: ProjectRow, rules: RuleSet, matchers: ListingMatchers): ListingResult {
  const tier = listingTier(row, matchers.preliminary);
  const criterion = applicableThreshold(row, rules, matchers.reducedSectors);
  const total = row.amounts.totalInvestment;
  // null: cannot be judged (no total investment), which is no failure.
  let eligible: boolean | null = null;
  let reason: LocalText;
  if (total === null) {
    reason = CANNOT_JUDGE;
  } else {
    eligible = total + EPSILON * Math.max(1, Math.abs(criterion.threshold)) >= criterion.threshold;
    reason = comparisonReason(total, eligible, criterion);
  }
  // Literals of the right length (a push would give every project's list spare room).
  const reasons = tier.reason ? [tier.reason, reason] : [reason];
  // One literal in the contract's key order (this runs for every project).
  return {
    tier: tier.tier,
    threshold: criterion.threshold,
    thresholdCurrency: criterion.currency,
    eligible,
    reasons,
  };
}

const CANNOT_JUDGE: LocalText = {
  "zh-CN": "缺少总投资，无法判断是否达到入库标准",
  en: "Total investment is missing, so the listing criteria cannot be checked",
};

interface Criterion {
  threshold: number;
  currency: "CNY" | "USD";
  /** The reduced-threshold sector the project belongs to, if that is why the threshold is lower. */
  reducedSector: string | null;
}

function applicableThreshold(
  row: ProjectRow,
  rules: RuleSet,
  reducedSectors: KeywordMatcher
): Criterion {
  if (row.currency === "USD")
    return { threshold: rules.thresholdUSD, currency: "USD", reducedSector: null };
  const match = row.sector ? reducedSectors.match(row.sector) : reducedSectors.find(row.sections);
  if (match && rules.reducedThresholdCNY < rules.thresholdCNY)
    return { threshold: rules.reducedThresholdCNY, currency: "CNY", reducedSector: match.text };
  return { threshold: rules.thresholdCNY, currency: "CNY", reducedSector: null };
}

const CONSTRUCTION = { tier: "construction", reason: null } as const;

function listingTier(
  row: ProjectRow,
  preliminary: KeywordMatcher
): { tier: ListingTier; reason: LocalText | null } {
  const match =
    preliminary.match(row.category) ??
    preliminary.match(row.status) ??
    preliminary.find(row.sections);
  if (!match) return CONSTRUCTION;
  const where = match.text;
  return {
    tier: "preliminary",
    reason: {
      "zh-CN": `类别为“${where}”，属于重大前期工作项目`,
      en: `Category "${where}": a major preliminary-work project`,
    },
  };
}

/** A rule set has a few thresholds: their texts are made once (keyed by the number itself). */
const thresholdTexts = {
  CNY: { "zh-CN": new Map<number, string>(), en: new Map<number, string>() },
  USD: { "zh-CN": new Map<number, string>(), en: new Map<number, string>() },
};
function thresholdText(threshold: number, currency: "CNY" | "USD", lang: "zh-CN" | "en"): string {
  const texts = thresholdTexts[currency][lang];
  let text = texts.get(threshold);
  if (text === undefined) {
    text = lang === "en" ? wanTextEn(threshold, currency) : wanText(threshold, currency);
    if (texts.size < 64) texts.set(threshold, text);
  }
  return text;
}

/**
 * Reasons already worded, by threshold, then currency or reduced sector, then total: the wording
 * depends on nothing else, and ledgers repeat round totals. The objects are only ever read.
 */
const reasonMemo = new Map<number, Map<string, Map<number, LocalText>>>();
const REASON_MEMO_LIMIT = 20000;
let reasonMemoSize = 0;

function comparisonReason(total: number, eligible: boolean, criterion: Criterion): LocalText {
  const { threshold, currency, reducedSector } = criterion;
  // -0 would share 0's entry (Map keys), though it may be worded differently.
  if (total === 0 && 1 / total < 0) return wordedReason(total, eligible, criterion);
  let byCriterion = reasonMemo.get(threshold);
  if (byCriterion === undefined) reasonMemo.set(threshold, (byCriterion = new Map()));
  const tag = currency === "USD" ? "\u0000USD" : (reducedSector ?? "");
  let byTotal = byCriterion.get(tag);
  if (byTotal === undefined) byCriterion.set(tag, (byTotal = new Map()));
  let reason = byTotal.get(total);
  if (reason === undefined) {
    if (reasonMemoSize >= REASON_MEMO_LIMIT) {
      reasonMemo.clear();
      reasonMemoSize = 0;
      return wordedReason(total, eligible, criterion);
    }
    reason = wordedReason(total, eligible, criterion);
    byTotal.set(total, reason);
    reasonMemoSize++;
  }
  return reason;
}

function wordedReason(total: number, eligible: boolean, criterion: Criterion): LocalText {
  const { threshold, currency, reducedSector } = criterion;
  const zhTotal = wanText(total, currency);
  const enTotal = wanTextEn(total, currency);
  const zhThreshold = thresholdText(threshold, currency, "zh-CN");
  const enThreshold = thresholdText(threshold, currency, "en");
  // The gap is only worded for projects below the threshold (this runs for every project).
  const zhGap = eligible ? "" : wanText(threshold - total, currency);
  const enGap = eligible ? "" : wanTextEn(threshold - total, currency);

  if (currency === "USD") {
    return eligible
      ? {
          "zh-CN": `外资项目按美元标准：总投资${zhTotal}，达到${zhThreshold}`,
          en: `Foreign-currency project, USD criterion: total ${enTotal}, meets ${enThreshold}`,
        }
      : {
          "zh-CN": `外资项目按美元标准：总投资${zhTotal}，低于${zhThreshold}（差${zhGap}）`,
          en: `Foreign-currency project, USD criterion: total ${enTotal}, below ${enThreshold} (short by ${enGap})`,
        };
  }
  if (reducedSector) {
    const zhSector = reducedSector.endsWith("项目") ? reducedSector : `${reducedSector}项目`;
    return eligible
      ? {
          "zh-CN": `${zhSector}适用降低后的标准${zhThreshold}：总投资${zhTotal}，达到标准`,
          en: `${reducedSector} projects have the reduced criterion of ${enThreshold}: total ${enTotal}, meets it`,
        }
      : {
          "zh-CN": `${zhSector}适用降低后的标准${zhThreshold}：总投资${zhTotal}，低于标准（差${zhGap}）`,
          en: `${reducedSector} projects have the reduced criterion of ${enThreshold}: total ${enTotal}, below it (short by ${enGap})`,
        };
  }
  return eligible
    ? {
        "zh-CN": `总投资${zhTotal}，达到入库标准${zhThreshold}`,
        en: `Total ${enTotal} meets the listing criterion of ${enThreshold}`,
      }
    : {
        "zh-CN": `总投资${zhTotal}，低于入库标准${zhThreshold}（差${zhGap}）`,
        en: `Total ${enTotal} is below the listing criterion of ${enThreshold} (short by ${enGap})`,
      };
}
