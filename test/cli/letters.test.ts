/**
 * `check --letters DIR`: one .docx per unit with lagging or not-started projects, names from the
 * units, settings from the options, and the same refusals as every other output.
 */
import assert from "node:assert/strict";
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { localIsoDate } from "../../src/core/index";
import { runCli } from "./run-cli";

const SAMPLE = join(__dirname, "..", "..", "samples", "county-2024-m09.xlsx");

function workFolder(): { dir: string; ledger: string } {
  const dir = mkdtempSync(join(tmpdir(), "tz-letters-"));
  const ledger = join(dir, "台账.xlsx");
  copyFileSync(SAMPLE, ledger);
  return { dir, ledger };
}

function documentText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))["word/document.xml"]);
  return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
}

/** The units the JSON report says have projects behind or not started, in ledger order. */
async function unitsToRemind(ledger: string): Promise<string[]> {
  const run = await runCli(["check", ledger, "--json", "-"]);
  const projects = JSON.parse(run.stdout).projects as {
    responsibleUnit: string | null;
    scheduleStatus: string;
  }[];
  const units = projects
    .filter((p) => ["behind", "severely-behind", "not-started"].includes(p.scheduleStatus))
    .map((p) => p.responsibleUnit)
    .filter((u): u is string => u !== null && u.trim() !== "");
  return [...new Set(units)];
}

describe("cli: check --letters", function () {
  this.timeout(60_000);

  it("writes one 督导函 per unit into the folder (made if missing), with the options' 文号, sender and date", async () => {
    const { dir, ledger } = workFolder();
    const out = join(dir, "新建", "督导函");
    const run = await runCli([
      "check",
      ledger,
      "--letters",
      out,
      "--letter-date",
      "2024-10-15",
      "--letter-number",
      "县重点办督〔{year}〕{n}号",
      "--letter-start",
      "7",
      "--issuer",
      "某某县重点项目建设推进办公室",
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, "", "no summary on stdout when only letters are asked for");
    const units = await unitsToRemind(ledger);
    assert.ok(units.length >= 2, units.join());
    const expected = units.map((u) => `督导函-${u}.docx`);
    assert.deepEqual(readdirSync(out).sort(), [...expected].sort());
    for (const name of expected) assert.match(run.stderr, new RegExp(`已写出：.*${name}`));
    units.forEach((unit, i) => {
      const text = documentText(join(out, `督导函-${unit}.docx`));
      assert.match(text, new RegExp(`^县重点办督〔2024〕${7 + i}号\\n关于加快推进`));
      assert.match(text, new RegExp(`\\n${unit}：\\n`));
      assert.match(text, /时序进度/);
      assert.doesNotMatch(text, /时间进度|X日/);
      assert.match(text, /\n某某县重点项目建设推进办公室\n2024年10月15日$/);
    });
  });

  it("dates the letters today by default and writes English letters with --lang en", async () => {
    const { dir, ledger } = workFolder();
    const out = join(dir, "letters");
    const run = await runCli(["check", ledger, "--letters", out, "--lang", "en"]);
    assert.equal(run.code, 0, run.stderr);
    const files = readdirSync(out);
    assert.ok(files.length > 0 && files.every((f) => /^Letter-.+\.docx$/.test(f)), files.join());
    const [y, m, d] = localIsoDate(new Date()).split("-").map(Number);
    const months = ["January", "February", "March", "April", "May", "June", "July"];
    const monthName = [...months, "August", "September", "October", "November", "December"][m - 1];
    assert.match(documentText(join(out, files[0])), new RegExp(`\\n${d} ${monthName} ${y}$`));
    assert.match(run.stderr, /Wrote /);
  });

  it("replaces a letter of the same name and leaves the folder's other files alone", async () => {
    const { dir, ledger } = workFolder();
    const out = join(dir, "letters");
    assert.equal((await runCli(["check", ledger, "--letters", out])).code, 0);
    const [first] = readdirSync(out);
    writeFileSync(join(out, first), "old");
    writeFileSync(join(out, "说明.txt"), "keep me");
    assert.equal((await runCli(["check", ledger, "--letters", out])).code, 0);
    assert.ok(statSync(join(out, first)).size > 1000);
    assert.equal(readFileSync(join(out, "说明.txt"), "utf8"), "keep me");
    assert.ok(readdirSync(out).every((f) => !f.endsWith(".tmp")));
  });

  it("refuses a --letters path that is a file, the ledger itself included (exit 2)", async () => {
    const { dir, ledger } = workFolder();
    const before = readFileSync(ledger);
    for (const target of [ledger, join(dir, "note.txt")]) {
      writeFileSync(join(dir, "note.txt"), "x");
      const run = await runCli(["check", ledger, "--letters", target]);
      assert.equal(run.code, 2, target);
      assert.match(run.stderr, /--letters 应是一个文件夹.*是一个文件/);
    }
    const en = await runCli(["check", ledger, "--letters", ledger, "--lang", "en"]);
    assert.match(en.stderr, /--letters must be a folder/);
    assert.deepEqual(readFileSync(ledger), before);
  });

  it("never writes a letter over the input (a letter name that links to the ledger)", async () => {
    const { dir, ledger } = workFolder();
    const out = join(dir, "letters");
    assert.equal((await runCli(["check", ledger, "--letters", out])).code, 0);
    const [first] = readdirSync(out);
    const before = readFileSync(ledger);
    // Last month's letter replaced by a symbolic link to the ledger.
    const target = join(out, first);
    rmSync(target);
    symlinkSync(ledger, target);
    const run = await runCli(["check", ledger, "--letters", out]);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /是同一个文件/);
    assert.deepEqual(readFileSync(ledger), before);
  });

  it("refuses letter settings without --letters, and bad dates, patterns and numbers", async () => {
    const { ledger } = workFolder();
    const cases: [string[], RegExp][] = [
      [["--letter-date", "2024-10-15"], /--letter-date 设置督导函，需与 --letters 文件夹 同用/],
      [["--issuer", "某办", "--letter-start", "3"], /--letter-start --issuer 设置督导函/],
      [
        ["--letters", "d", "--letter-date", "2024-02-30"],
        /--letter-date：督导函日期“2024-02-30”无效/,
      ],
      [["--letters", "d", "--letter-number", "督〔{year}〕号"], /缺少 \{n\}/],
      [["--letters", "d", "--letter-start", "0"], /--letter-start 应为正整数/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(["check", ledger, ...args]);
      assert.equal(run.code, 2, args.join(" "));
      assert.match(run.stderr, message, run.stderr);
    }
    const reconcile = await runCli(["reconcile", ledger, ledger, "--letters", "d"]);
    assert.equal(reconcile.code, 2);
    assert.match(reconcile.stderr, /reconcile 命令不接受 --letters/);
  });

  it("is described in the check help in both languages", async () => {
    const zh = await runCli(["check", "--help"]);
    const en = await runCli(["check", "--help", "--lang", "en"]);
    assert.match(zh.stdout, /--letters 文件夹\s+为每个有滞后或未开工项目的责任单位写一份督导函/);
    assert.match(en.stdout, /--letters FOLDER\s+write one reminder letter/);
    for (const flag of ["--letter-date", "--letter-number", "--letter-start", "--issuer"]) {
      assert.ok(zh.stdout.includes(flag) && en.stdout.includes(flag), flag);
    }
  });
});
