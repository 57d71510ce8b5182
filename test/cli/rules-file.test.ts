/** --rules FILE as Windows editors save it, and files that are not rule sets at all. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureWorkbooks, runCli } from "./run-cli";

const dir = mkdtempSync(join(tmpdir(), "tz-rules-"));

function rulesFile(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** check the messy fixture with --rules, JSON to stdout. */
async function checkWith(rules: string, lang = "zh-CN") {
  const { paths } = await fixtureWorkbooks();
  return runCli(["check", paths.messy, "--rules", rules, "--json", "-", "--lang", lang]);
}

describe("cli: rules files", () => {
  const rules = { thresholdCNY: 2000, usdToCny: 7 };

  it("reads a UTF-8 rules file with a byte order mark (Windows Notepad)", async () => {
    const path = rulesFile("bom.json", `\uFEFF${JSON.stringify(rules)}`);
    const run = await checkWith(path);
    assert.equal(run.code, 0, run.stderr);
    const plain = await checkWith(rulesFile("plain.json", JSON.stringify(rules)));
    assert.equal(run.stdout, plain.stdout);
  });

  it('reads UTF-16 rules files with their byte order mark (Notepad\'s "Unicode")', async () => {
    const text = `${JSON.stringify({ ...rules, name: { "zh-CN": "县级 2000 万", en: "County" } })}`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    for (const bytes of [le, be]) {
      const run = await checkWith(rulesFile("utf16.json", bytes));
      assert.equal(run.code, 0, run.stderr);
    }
  });

  it("a 100,000-level nested file is a clear message, not a stack overflow", async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    for (const [lang, message] of [
      ["zh-CN", /deep\.json：规则文件有误：\n {2}· 规则嵌套过深（超过 32 层）/],
      ["en", /deep\.json: the rules file has errors:\n {2}· The rules are nested too deeply/],
    ] as const) {
      const run = await checkWith(rulesFile("deep.json", deep), lang);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /Maximum call stack|at .*\.ts:\d+/);
    }
  });

  it("a file far too large for rules is refused without reading it all", async () => {
    const big = rulesFile("big.json", `{"name": "${"x".repeat(3_000_000)}"}`);
    const run = await checkWith(big);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /big\.json：太大，不像规则文件（规则文件通常只有几 KB，上限 1 MB）/);
    const justOver = await checkWith(
      rulesFile("over.json", `{"name": "${"x".repeat(1_100_000)}"}`)
    );
    assert.equal(justOver.code, 2);
    assert.match(justOver.stderr, /规则内容过大/);
  });

  it("names an encoding problem (GBK) and a syntax error in Chinese with line and column", async () => {
    const gbk = Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xcf, 0xd8, 0x22, 0x7d]);
    const run = await checkWith(rulesFile("gbk.json", gbk));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /gbk\.json：不是 UTF-8 文本（可能以 GBK\/ANSI 编码保存）/);
    const broken = await checkWith(rulesFile("broken.json", '{\n  "thresholdCNY": 2000,\n}'));
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /规则不是有效的 JSON：第 3 行第 1 列：此处应为用双引号括起的键名/);
    assert.doesNotMatch(broken.stderr, /Expected|position/);
  });

  it("a folder given as the rules file is named as such", async () => {
    const run = await checkWith(dir);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /是文件夹，不是规则文件/);
  });
});
