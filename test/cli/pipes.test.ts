/**
 * The real command (bin/taizhang.js, as a user runs it) writing to pipes, slow readers, readers
 * that leave early and full disks: every write is complete or reported.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { StdoutError, type CliIo } from "../../src/cli/io";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";
import { FakeExcelHost } from "../fake-excel/host";
import { saveHostAsXlsx } from "../fake-excel/save-xlsx";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "taizhang.js");
const SAMPLE = join(ROOT, "samples", "county-2024-m09.xlsx");
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

interface ShellRun {
  /** Exit code of taizhang itself (first command of the pipeline). */
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `taizhang <args> <rest of a bash pipeline>`, giving taizhang's own exit code. */
function pipeline(args: string[], rest: string): ShellRun {
  const dir = mkdtempSync(join(tmpdir(), "tz-pipe-"));
  const err = join(dir, "stderr");
  const command = `node ${quote(BIN)} ${args.map(quote).join(" ")} 2>${quote(err)} ${rest}; echo "\${PIPESTATUS[0]}" >${quote(join(dir, "code"))}`;
  const run = spawnSync("bash", ["-c", command], { cwd: ROOT, maxBuffer: 1 << 30 });
  return {
    code: Number(readFileSync(join(dir, "code"), "utf8")),
    stdout: run.stdout,
    stderr: readFileSync(err, "utf8"),
  };
}

function jsonFile(args: string[]): Buffer {
  const out = join(mkdtempSync(join(tmpdir(), "tz-pipe-")), "report.json");
  const run = spawnSync(process.execPath, [BIN, ...args, "--json", out], { cwd: ROOT });
  assert.equal(run.status, 0, String(run.stderr));
  return readFileSync(out);
}

describe("cli: output on pipes and full disks (the real command)", () => {
  let large: string;
  before(async function () {
    this.timeout(120_000);
    // 25,000 projects: a report of about 15 MB of JSON, far beyond a pipe's 64 KB buffer.
    const host = new FakeExcelHost();
    addGridSheet(host, generateLedgerGrid(25_000));
    large = join(mkdtempSync(join(tmpdir(), "tz-pipe-")), "large.xlsx");
    writeFileSync(large, await saveHostAsXlsx(host));
  });

  it("--json - gives a slow reader the whole report, as --json FILE does (120-row sample)", () => {
    const run = pipeline(["check", SAMPLE, "--json", "-"], "| (sleep 2; cat)");
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(run.stdout, jsonFile(["check", SAMPLE]));
    assert.equal(JSON.parse(run.stdout.toString("utf8")).projects.length, 120);
  });

  it("--json - gives a slow reader the whole ~15 MB report", function () {
    this.timeout(120_000);
    const run = pipeline(["check", large, "--json", "-"], "| (sleep 2; cat)");
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.stdout.length > 10_000_000, `${run.stdout.length} bytes`);
    assert.deepEqual(run.stdout, jsonFile(["check", large]));
    assert.equal(JSON.parse(run.stdout.toString("utf8")).projects.length, 25_000);
  });

  it("a reader that leaves early (| head -c 100) ends the command quietly, exit 141", function () {
    this.timeout(120_000);
    const run = pipeline(["check", large, "--json", "-"], "| head -c 100");
    assert.equal(run.stdout.length, 100);
    assert.equal(run.stderr, "");
    assert.equal(run.code, 141);
    // The text summary too: no stack trace, whatever the timing.
    const summary = pipeline(["check", SAMPLE], "| head -c 100");
    assert.equal(summary.stderr, "");
    assert.ok([0, 141].includes(summary.code), `${summary.code}`);
  });

  it("a full disk (> /dev/full) is exit 2 with a message, for the summary and the JSON", () => {
    for (const args of [["check", SAMPLE], ["check", SAMPLE, "--json", "-"], ["--help"]]) {
      const run = pipeline(args, "> /dev/full");
      assert.equal(run.code, 2, `${args.join(" ")}: ${run.stderr}`);
      assert.match(run.stderr, /^无法写出到标准输出（ENOSPC：磁盘已满），输出不完整。\n$/);
    }
    const en = pipeline(["check", SAMPLE, "--lang", "en"], "> /dev/full");
    assert.equal(en.code, 2);
    assert.match(
      en.stderr,
      /could not write to standard output \(ENOSPC: no space left on device\)/
    );
  });

  it("--json to a device is written to, not replaced (/dev/null stays a device; /dev/full fails)", () => {
    const ok = pipeline(["check", SAMPLE, "--json", "/dev/null"], "");
    assert.equal(ok.code, 0, ok.stderr);
    const full = pipeline(["check", SAMPLE, "--json", "/dev/full"], "");
    assert.equal(full.code, 2);
    assert.match(full.stderr, /\/dev\/full：?.*无法写入（ENOSPC）：磁盘空间不足/);
    const devices = spawnSync("stat", ["-c", "%F", "/dev/null", "/dev/full"], { encoding: "utf8" });
    assert.equal(devices.stdout, "character special file\ncharacter special file\n");
  });
});

describe("cli: a failing stdout, in-process", () => {
  /** An io whose stdout fails with `code` once `after` writes have been taken. */
  function failingIo(code: string, after: number) {
    let writes = 0;
    let stderr = "";
    const io: CliIo = {
      stdout: () => void writes++,
      stderr: (t) => void (stderr += t),
      stdoutFlushed: async () => {
        if (writes > after) throw new StdoutError(code);
      },
      stderrIsTty: false,
      columns: 80,
    };
    return { io, stderr: () => stderr, writes: () => writes };
  }

  it("stops writing the JSON at the first failed chunk, quietly when the reader left", async () => {
    const gone = failingIo("EPIPE", 0);
    assert.equal(await main(["check", SAMPLE, "--json", "-"], gone.io), 141);
    assert.equal(gone.stderr(), "");
    assert.equal(gone.writes(), 1);
    const full = failingIo("ENOSPC", 0);
    assert.equal(await main(["check", SAMPLE, "--json", "-", "--lang", "en"], full.io), 2);
    assert.equal(
      full.stderr(),
      "could not write to standard output (ENOSPC: no space left on device); the output is incomplete.\n"
    );
  });

  it("checks the summary, help and version reached stdout before giving the exit code", async () => {
    for (const argv of [["check", SAMPLE], ["--help"], ["--version"]]) {
      const failing = failingIo("EIO", 0);
      assert.equal(await main(argv, failing.io), 2, argv.join(" "));
      assert.match(failing.stderr(), /^无法写出到标准输出（EIO），输出不完整。\n$/);
    }
  });
});
