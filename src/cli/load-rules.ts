/**
 * The rule set of a command: a built-in preset named by --rules, or a JSON rules file, with
 * --usd-rate overriding the rate. The file is read with a size limit (a device or a huge file is
 * refused, not read to the end) and decoded as Windows editors save it: UTF-8 with or without a
 * byte order mark, or UTF-16 with one ("Unicode" in Notepad).
 */
import { open } from "node:fs/promises";
import type { RuleSet } from "../core/index";
import { DEFAULT_RULES, PRESETS, cloneRuleSet, findPreset } from "../core/index";
import { MAX_RULES_CHARS, parseRuleSet } from "../core/index";
import { FileProblem, fileProblem } from "../xlsx/errors";

/** Bytes read at most: the core's character limit, in UTF-16 (two bytes a character) + BOM. */
const MAX_RULES_BYTES = MAX_RULES_CHARS * 2 + 2;

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
  const { rules, errors } = parseRuleSet(decodeRulesText(file, await readBounded(file)));
  if (!rules) {
    throw new FileProblem(file, {
      "zh-CN": `${file}：规则文件有误：\n${errors.map((e) => `  · ${e["zh-CN"]}`).join("\n")}`,
      en: `${file}: the rules file has errors:\n${errors.map((e) => `  · ${e.en}`).join("\n")}`,
    });
  }
  return rules;
}

/** The file's first MAX_RULES_BYTES + 1 bytes: enough to tell it is too large. */
async function readBounded(file: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, "r");
  } catch {
    const ids = PRESETS.map((p) => p.id).join(", ");
    throw fileProblem(
      file,
      `既不是内置规则（${ids}），也找不到这个规则文件。`,
      `neither a built-in rule set (${ids}) nor a rules file that exists.`
    );
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw fileProblem(file, "是文件夹，不是规则文件。", "is a folder, not a rules file.");
    const buffer = Buffer.alloc(MAX_RULES_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_RULES_BYTES) {
      throw fileProblem(
        file,
        "太大，不像规则文件（规则文件通常只有几 KB，上限 1 MB）。",
        "is too large for a rules file (rules files are a few KB; the limit is 1 MB)."
      );
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw fileProblem(file, `无法读取（${code}）。`, `cannot be read (${code}).`);
  } finally {
    await handle.close();
  }
}

/** UTF-16 with its byte order mark, else UTF-8 (the BOM, if any, is left for parseRuleSet). */
function decodeRulesText(file: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw fileProblem(
      file,
      "不是 UTF-8 文本（可能以 GBK/ANSI 编码保存）。请在记事本中“另存为”，编码选 UTF-8。",
      'is not UTF-8 text (perhaps saved as GBK/ANSI). Save it again with the encoding "UTF-8".'
    );
  }
}
