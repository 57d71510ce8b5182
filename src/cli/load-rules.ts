/**
 * The rule set of a command: a built-in preset named by --rules, or a JSON rules file, with
 * --usd-rate overriding the rate.
 */
import { readFile } from "node:fs/promises";
import type { RuleSet } from "../core/report-types";
import { DEFAULT_RULES, PRESETS, cloneRuleSet, findPreset } from "../core/rules/presets";
import { parseRuleSet } from "../core/rules/validate";
import { FileProblem, fileProblem } from "../xlsx/errors";

/** --rules is a preset id or a JSON file; --usd-rate overrides the rate. */
export async function loadRules(
  rulesOption: string | undefined,
  usdRate: number | undefined
): Promise<RuleSet> {
  let rules: RuleSet = cloneRuleSet(DEFAULT_RULES);
  if (rulesOption !== undefined) {
    const preset = findPreset(rulesOption);
    if (preset) rules = preset;
    else rules = await readRulesFile(rulesOption);
  }
  if (usdRate !== undefined) rules.usdToCny = usdRate;
  return rules;
}

async function readRulesFile(file: string): Promise<RuleSet> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    const ids = PRESETS.map((p) => p.id).join(", ");
    throw fileProblem(
      file,
      `既不是内置规则（${ids}），也找不到这个规则文件。`,
      `neither a built-in rule set (${ids}) nor a rules file that exists.`
    );
  }
  const { rules, errors } = parseRuleSet(text);
  if (!rules) {
    throw new FileProblem(file, {
      "zh-CN": `${file}：规则文件有误：\n${errors.map((e) => `  · ${e["zh-CN"]}`).join("\n")}`,
      en: `${file}: the rules file has errors:\n${errors.map((e) => `  · ${e.en}`).join("\n")}`,
    });
  }
  return rules;
}
