/**
 * The order groups are shown in (summaries, the pane's group table, the report paragraph):
 *   1. the rule set's groupOrder (the office's standard order, configured): named groups first,
 *      in that order;
 *   2. the ledger's own section order (一、工业项目 … 二、交通项目 …) for groups that are sections;
 *   3. the standard order of project categories (PRODUCT.md; seed 004 "新开工、续建、竣工投产和
 *      前期工作项目四类"): 新开工, 续建, 竣工投产, 前期;
 *   4. first appearance in the ledger.
 * A blank group (（未填）) always comes last. Names compare without spaces and a trailing 项目/类.
 * Keys sort as their tier: whether 工业 comes before 交通 is one rule for the whole table.
 */
import type { RuleSet } from "../report-types";
import { categoryStart, stripProjectSuffix, type CategoryStart } from "../reader/vocabulary";
import { matchKeyword } from "../rules/keywords";
import type { Ledger } from "../types";
import { BLANK_GROUP_KEY } from "./fields";

/** Puts group keys (given in order of first appearance) in the order to show them. */
export type GroupKeyOrder = (keys: readonly string[]) => string[];

const CATEGORY_ORDER: Record<Exclude<CategoryStart, null>, number> = {
  "new-start": 0,
  continuing: 1,
  finished: 2,
  "not-started": 3,
};

export function groupKeyOrder(ledger: Ledger, rules: RuleSet): GroupKeyOrder {
  const configured = indexOfNames(rules.groupOrder);
  const sections = indexOfNames(ledger.sections.map((s) => s.name));
  const standard = (key: string): number | undefined => {
    if (matchKeyword(key, rules.preliminaryCategories)) return CATEGORY_ORDER["not-started"];
    const start = categoryStart(key);
    return start === null ? undefined : CATEGORY_ORDER[start];
  };
  return (keys) => {
    const ranked = keys.map((key, first) => {
      const name = stripProjectSuffix(key);
      const places = [configured.get(name), sections.get(name), standard(key)];
      const found = places.findIndex((at) => at !== undefined);
      // Tiers 0–2 as found, 3 = first appearance, 4 = the blank group.
      const tier = key === BLANK_GROUP_KEY ? 4 : found < 0 ? 3 : found;
      return { key, tier, at: found < 0 ? first : (places[found] as number), first };
    });
    ranked.sort((a, b) => a.tier - b.tier || a.at - b.at || a.first - b.first);
    return ranked.map((r) => r.key);
  };
}

/** First position of each name; "工业项目", "工业类" and "工 业" are one name (stripProjectSuffix). */
function indexOfNames(names: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    const key = stripProjectSuffix(name);
    if (key !== "" && !index.has(key)) index.set(key, i);
  });
  return index;
}
