/**
 * Listing criteria (入库标准): is a project big enough to be a listed major project, and in
 * which tier. Reasons are sentences a ledger keeper understands, with the figures.
 */
import type { ListingResult, ListingTier, RuleSet } from "../report-types";
import type { LocalText, ProjectRow } from "../types";
import { findKeyword } from "./keywords";
import { wanText, wanTextEn } from "./number-text";

/** Floating noise from unit conversion must not push an amount exactly at the threshold below it. */
const EPSILON = 1e-9;

export function evaluateListing(row: ProjectRow, rules: RuleSet): ListingResult {
  const tier = listingTier(row, rules);
  const reasons: LocalText[] = tier.reason ? [tier.reason] : [];
  const criterion = applicableThreshold(row, rules);
  const total = row.amounts.totalInvestment;
  let eligible = false;
  if (total === null) {
    reasons.push({
      "zh-CN": "缺少总投资，无法判断是否达到入库标准",
      en: "Total investment is missing, so the listing criteria cannot be checked",
    });
  } else {
    eligible = total + EPSILON * Math.max(1, Math.abs(criterion.threshold)) >= criterion.threshold;
    reasons.push(comparisonReason(total, eligible, criterion));
  }
  // One literal in the contract's key order (this runs for every project).
  return {
    tier: tier.tier,
    threshold: criterion.threshold,
    thresholdCurrency: criterion.currency,
    eligible,
    reasons,
  };
}

interface Criterion {
  threshold: number;
  currency: "CNY" | "USD";
  /** The reduced-threshold sector the project belongs to, if that is why the threshold is lower. */
  reducedSector: string | null;
}

function applicableThreshold(row: ProjectRow, rules: RuleSet): Criterion {
  if (row.currency === "USD")
    return { threshold: rules.thresholdUSD, currency: "USD", reducedSector: null };
  const sectorTexts = row.sector ? [row.sector] : row.sections;
  const keyword = findKeyword(sectorTexts, rules.reducedSectors);
  if (keyword && rules.reducedThresholdCNY < rules.thresholdCNY) {
    const sector = sectorTexts.find((text) => text.includes(keyword)) ?? keyword;
    return { threshold: rules.reducedThresholdCNY, currency: "CNY", reducedSector: sector };
  }
  return { threshold: rules.thresholdCNY, currency: "CNY", reducedSector: null };
}

function listingTier(
  row: ProjectRow,
  rules: RuleSet
): { tier: ListingTier; reason: LocalText | null } {
  const texts = [row.category, row.status, ...row.sections];
  const keyword = findKeyword(texts, rules.preliminaryCategories);
  if (!keyword) return { tier: "construction", reason: null };
  const where = texts.find((text) => text?.includes(keyword)) ?? keyword;
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

function comparisonReason(total: number, eligible: boolean, criterion: Criterion): LocalText {
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
