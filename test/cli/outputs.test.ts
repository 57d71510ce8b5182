/**
 * Output files: never an input under another name, never two outputs to one file, and written
 * through a temporary file so a failure leaves neither a half-written file nor the temporary one.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIo } from "../../src/cli/io";
import { writeJson, writeOutputFile } from "../../src/cli/output";
import { fixtureWorkbooks, runCli } from "./run-cli";

const quietIo: CliIo = { stdout: () => {}, stderr: () => {}, stderrIsTty: false, columns: 80 };

/** A fresh folder with a copy of the messy fixture as a.xlsx. */
async function folderWithLedger(): Promise<{ dir: string; ledger: string }> {
  const { paths } = await fixtureWorkbooks();
  const dir = mkdtempSync(join(tmpdir(), "tz-out-"));
  const ledger = join(dir, "a.xlsx");
  copyFileSync(paths.messy, ledger);
  return { dir, ledger };
}

function unchanged(path: string) {
  const before = { bytes: readFileSync(path), mtime: statSync(path).mtimeMs };
  return () => {
    assert.deepEqual(readFileSync(path), before.bytes, `${path}: bytes changed`);
    assert.equal(statSync(path).mtimeMs, before.mtime, `${path}: mtime changed`);
  };
}

describe("cli: output files", () => {
  it("refuses --out through a hard link to the input (the ledger is untouched)", async () => {
    const { dir, ledger } = await folderWithLedger();
    const link = join(dir, "b.xlsx");
    linkSync(ledger, link);
    const intact = unchanged(ledger);
    const run = await runCli(["check", ledger, "--out", link]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /输出文件 .*b\.xlsx 与输入文件 .*a\.xlsx 是同一个文件（硬链接/);
    intact();
    const en = await runCli(["check", ledger, "--json", link, "--lang", "en"]);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /is the input .*a\.xlsx under another name \(a hard or symbolic link/);
    intact();
  });

  it("refuses --out or --json through a symbolic link, or the input spelt another way", async () => {
    const { dir, ledger } = await folderWithLedger();
    symlinkSync(ledger, join(dir, "alias.xlsx"));
    mkdirSync(join(dir, "sub"));
    const intact = unchanged(ledger);
    for (const output of [join(dir, "alias.xlsx"), join(dir, "sub", "..", "a.xlsx")]) {
      for (const flag of ["--out", "--json"]) {
        const run = await runCli(["check", ledger, flag, output]);
        assert.equal(run.code, 2, `${flag} ${output}: ${run.stderr}`);
        assert.match(run.stderr, /同一个文件|不能是输入文件本身/);
      }
    }
    intact();
    // reconcile: either input.
    const other = join(dir, "other.xlsx");
    copyFileSync(ledger, other);
    const run = await runCli(["reconcile", other, ledger, "--out", join(dir, "alias.xlsx")]);
    assert.equal(run.code, 2, run.stderr);
    intact();
  });

  it("refuses --json X --out X: two outputs to one file", async () => {
    const { dir, ledger } = await folderWithLedger();
    const target = join(dir, "both.xlsx");
    const run = await runCli(["check", ledger, "--json", target, "--out", target]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /两个输出写到了同一个文件（.*both\.xlsx）/);
    assert.equal(existsSync(target), false);
    const spelt = await runCli([
      "check",
      ledger,
      "--json",
      join(dir, "x", "..", "both.xlsx"),
      "--out",
      target,
      "--lang",
      "en",
    ]);
    assert.equal(spelt.code, 2);
    assert.match(spelt.stderr, /two outputs go to one file/);
  });

  it("still overwrites an existing output that is not an input, keeping its permissions", async () => {
    const { dir, ledger } = await folderWithLedger();
    const json = join(dir, "old.json");
    writeFileSync(json, "old content");
    chmodSync(json, 0o640);
    const run = await runCli(["check", ledger, "--json", json]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(readFileSync(json, "utf8")).schema, "taizhang.report/1");
    assert.equal(statSync(json).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir).sort(), ["a.xlsx", "old.json"]);
  });

  it("a disk that fills up mid-write leaves the previous outputs whole and no partial file", async function () {
    // A 64 KB tmpfs with 8 KB free: needs root and mount rights (a container, CI); else skipped.
    const mnt = mkdtempSync(join(tmpdir(), "tz-full-"));
    if (process.getuid?.() !== 0) this.skip();
    if (spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt]).status !== 0)
      this.skip();
    try {
      const input = join(__dirname, "..", "..", "samples", "county-2024-m09.xlsx");
      writeFileSync(join(mnt, "report.json"), "previous json");
      writeFileSync(join(mnt, "report.xlsx"), "previous xlsx");
      writeFileSync(join(mnt, "filler"), Buffer.alloc(48 * 1024));
      for (const [flag, name] of [
        ["--json", "report.json"],
        ["--out", "report.xlsx"],
      ]) {
        const run = await runCli(["check", input, flag, join(mnt, name)]);
        assert.equal(run.code, 2, `${flag}: ${run.stderr}`);
        assert.match(run.stderr, /无法写入（ENOSPC）：磁盘空间不足/);
      }
      assert.equal(readFileSync(join(mnt, "report.json"), "utf8"), "previous json");
      assert.equal(readFileSync(join(mnt, "report.xlsx"), "utf8"), "previous xlsx");
      assert.deepEqual(readdirSync(mnt).sort(), ["filler", "report.json", "report.xlsx"]);
    } finally {
      spawnSync("umount", [mnt]);
    }
  });

  it("a write that fails half-way leaves the old file as it was and no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-out-"));
    const target = join(dir, "report.json");
    writeFileSync(target, "previous report");
    // JSON.stringify cannot write a BigInt: the failure comes after megabytes were written.
    const rows: unknown[] = Array.from({ length: 60_000 }, (_, i) => ({
      row: i,
      text: "x".repeat(40),
    }));
    rows.push({ bad: BigInt(1) });
    await assert.rejects(writeJson(target, { rows }, quietIo), TypeError);
    assert.equal(readFileSync(target, "utf8"), "previous report");
    assert.deepEqual(readdirSync(dir), ["report.json"]);
  });

  it("a rename that fails (the target is a folder) removes the temporary file and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "tz-out-"));
    mkdirSync(join(dir, "taken.xlsx"));
    writeFileSync(join(dir, "taken.xlsx", "inside"), "x");
    await assert.rejects(writeOutputFile(join(dir, "taken.xlsx"), Buffer.from("PK")), (error) => {
      assert.match(String((error as { text: { "zh-CN": string } }).text["zh-CN"]), /无法写入（E/);
      return true;
    });
    assert.deepEqual(readdirSync(dir), ["taken.xlsx"]);
    const { dir: ledgerDir, ledger } = await folderWithLedger();
    mkdirSync(join(ledgerDir, "r.xlsx"));
    const run = await runCli(["check", ledger, "--out", join(ledgerDir, "r.xlsx")]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /r\.xlsx.*无法写入/);
    assert.deepEqual(readdirSync(ledgerDir).sort(), ["a.xlsx", "r.xlsx"]);
  });

  it("writes compact JSON by default and indented JSON with --pretty, same content", async () => {
    const { dir, ledger } = await folderWithLedger();
    const compact = await runCli(["check", ledger, "--json", "-"]);
    const pretty = await runCli(["check", ledger, "--json", "-", "--pretty"]);
    const value = JSON.parse(compact.stdout);
    assert.equal(compact.stdout, `${JSON.stringify(value)}\n`);
    assert.equal(pretty.stdout, `${JSON.stringify(value, null, 2)}\n`);
    await runCli(["check", ledger, "--json", join(dir, "r.json"), "--pretty"]);
    assert.equal(readFileSync(join(dir, "r.json"), "utf8"), pretty.stdout);
  });
});
