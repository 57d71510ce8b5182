import assert from "node:assert/strict";
import { runCheck } from "../../../src/core/check";
import { BLANK_GROUP_KEY } from "../../../src/core/groups/fields";
import { groupKeyOrder } from "../../../src/core/groups/order";
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import { parseRuleSet } from "../../../src/core/rules/validate";
import type { SectionRow } from "../../../src/core/types";
import { makeLedger } from "../../helpers/ledger-builder";

const section = (name: string, i: number): SectionRow => ({
  gridRow: i,
  sheetRow: i + 1,
  label: `${i + 1}、${name}项目`,
  name,
  depth: 1,
  role: "sector",
  statedCount: null,
});

describe("group order", () => {
  const ledger = makeLedger([{ name: "甲" }]);

  it("falls back to first appearance, the blank group last", () => {
    const order = groupKeyOrder(ledger, DEFAULT_RULES);
    assert.deepEqual(order(["交通", BLANK_GROUP_KEY, "工业"]), ["交通", "工业", BLANK_GROUP_KEY]);
  });

  it("follows the ledger's own section order when it has one", () => {
    const withSections = { ...ledger, sections: ["工业", "交通", "社会事业"].map(section) };
    const order = groupKeyOrder(withSections, DEFAULT_RULES);
    // Keys as the ledger writes them: 交通项目 and 工业 name the sections 交通 and 工业.
    assert.deepEqual(order(["社会事业", "交通项目", "城建", "工业"]), [
      "工业",
      "交通项目",
      "社会事业",
      "城建",
    ]);
  });

  it("uses the standard category order 新开工, 续建, 竣工投产, 前期 without sections", () => {
    const order = groupKeyOrder(ledger, DEFAULT_RULES);
    assert.deepEqual(order(["前期", "续建项目", "竣工投产", "新开工"]), [
      "新开工",
      "续建项目",
      "竣工投产",
      "前期",
    ]);
  });

  it("a configured groupOrder comes first, in its order; the rest follow", () => {
    const rules = parseRuleSet({ groupOrder: ["城建", "工业"] }).rules!;
    const withSections = { ...ledger, sections: ["工业", "交通", "城建"].map(section) };
    assert.deepEqual(groupKeyOrder(withSections, rules)(["交通", "工业", "城建"]), [
      "城建",
      "工业",
      "交通",
    ]);
  });

  it("runCheck's groups, and the paragraph, are in that order", () => {
    const rules = parseRuleSet({ groupOrder: ["农业", "工业"] }).rules!;
    const report = runCheck(
      makeLedger([
        { name: "甲", sector: "工业", total: 5000, plan: 1000, done: 500 },
        { name: "乙", sector: "农业", total: 5000, plan: 1000, done: 500 },
      ]),
      { rules, groupBy: ["sector"] }
    );
    assert.deepEqual(
      report.groups.sector.map((g) => g.key),
      ["农业", "工业"]
    );
    const lines = report.narrative["zh-CN"].split("\n");
    assert.ok(lines[1].startsWith("1、农业项目"), lines[1]);
    assert.ok(lines[2].startsWith("2、工业项目"), lines[2]);
  });

  it("groupOrder is validated as a list of names and written out", () => {
    assert.match(
      parseRuleSet({ groupOrder: "工业" }).errors[0]["zh-CN"],
      /^groupOrder：应为关键词数组/
    );
    assert.deepEqual(DEFAULT_RULES.groupOrder, []);
  });
});
