/**
 * The reader through the command line: the three real .xls templates read end to end by
 * `taizhang check FILE --json -` (what the ledger reader makes of them is its own business:
 * here, never "cannot be read"); hidden and very hidden sheets: --sheet reaches both, and the
 * messages name every sheet with its visibility.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../cli/run-cli";
import { ledgerRows } from "../hostile/amplification";
import { rawBook } from "./raw-package";

const ROOT = resolve(__dirname, "..", "..");
const REAL = resolve(ROOT, "..", "shared", "samples", "real");

describe("reader through the CLI", function () {
  this.timeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), "tz-read-cli-"));

  it("reads the three real .xls templates end to end (npx taizhang check FILE --json -)", function () {
    const files = existsSync(REAL) ? readdirSync(REAL).filter((f) => f.endsWith(".xls")) : [];
    if (files.length === 0) this.skip();
    assert.equal(files.length, 3);
    for (const file of files) {
      const run = spawnSync(
        process.execPath,
        [join(ROOT, "bin", "taizhang.js"), "check", join(REAL, file), "--json", "-"],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 120_000,
        }
      );
      assert.ok(run.status === 0 || run.status === 2, `${file}: exit ${run.status} ${run.stderr}`);
      assert.doesNotMatch(
        run.stderr,
        /无法读取|cannot be read|另存为 \.xlsx|Save it as \.xlsx/,
        file
      );
      assert.doesNotMatch(run.stderr, /^\s+at .+:\d+:\d+\)?$/m, `${file}: no stack trace`);
      if (run.status === 0) assert.ok(JSON.parse(run.stdout).source.sheet, file);
      else assert.match(run.stderr, /不像项目台账|台账/, file);
    }
  });

  describe("hidden and very hidden sheets", () => {
    const book = join(dir, "hidden.xlsx");
    before(() =>
      writeFileSync(
        book,
        rawBook({
          sheets: [
            {
              name: "说明",
              rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>`,
            },
            {
              name: "旧表",
              state: "hidden",
              rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>作废</t></is></c></row>`,
            },
            { name: "数据", state: "veryHidden", rows: ledgerRows() },
          ],
        })
      )
    );

    it("without --sheet: very hidden sheets are not tried, and the message says how to reach them", async () => {
      const run = await runCli(["check", book, "--json", "-"]);
      assert.equal(run.code, 2, run.stderr);
      assert.match(run.stderr, /工作表 “说明”、“旧表”（隐藏） 都不/);
      assert.match(
        run.stderr,
        /没有查找 “数据”（深度隐藏）；台账若在其中，请用 --sheet 指定（如 --sheet 数据）/
      );
      const en = await runCli(["check", book, "--json", "-", "--lang", "en"]);
      assert.match(en.stderr, /tried "说明", "旧表" \(hidden\)/);
      assert.match(en.stderr, /not looked at: "数据" \(very hidden\); .*--sheet 数据/);
    });

    it("--sheet reads a very hidden sheet", async () => {
      const run = await runCli(["check", book, "--sheet", "数据", "--json", "-"]);
      assert.equal(run.code, 0, run.stderr);
      const report = JSON.parse(run.stdout) as { source: { sheet: string }; projects: unknown[] };
      assert.equal(report.source.sheet, "数据");
      assert.equal(report.projects.length, 3);
    });

    it("--sheet with a name that is not there lists every sheet with its state", async () => {
      const run = await runCli(["check", book, "--sheet", "台账", "--json", "-"]);
      assert.equal(run.code, 2);
      assert.match(
        run.stderr,
        /没有名为“台账”的工作表。现有工作表：“说明”、“旧表”（隐藏）、“数据”（深度隐藏）/
      );
    });

    it("a hidden sheet is looked at after the visible ones, without --sheet", async () => {
      const hiddenLedger = join(dir, "hidden-ledger.xlsx");
      writeFileSync(
        hiddenLedger,
        rawBook({
          sheets: [
            {
              name: "说明",
              rows: `<row r="1"><c r="A1" t="inlineStr"><is><t>填报说明</t></is></c></row>`,
            },
            { name: "台账", state: "hidden", rows: ledgerRows() },
          ],
        })
      );
      const run = await runCli(["check", hiddenLedger, "--json", "-"]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal((JSON.parse(run.stdout) as { source: { sheet: string } }).source.sheet, "台账");
    });
  });
});
