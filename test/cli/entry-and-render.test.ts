import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureWorkbooks, runCli } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "render");

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

describe("cli: the real entry point", () => {
  it("bin/taizhang.js runs check and exits with the code", async () => {
    const { paths } = await fixtureWorkbooks();
    const ok = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "taizhang.js"), "check", paths.messy, "--json", "-", "--usd-rate", "7"],
      { encoding: "utf8" }
    );
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).totals.totalInvestment, 179600);
    const bad = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "taizhang.js"), "check", join(tmpdir(), "no-such-ledger.xlsx")],
      { encoding: "utf8" }
    );
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /no-such-ledger\.xlsx：文件不存在/);
  });
});

describe("render: the report workbook opens in LibreOffice", () => {
  it("converts to PDF and keeps a PNG of page 1 in test-artifacts/render/", async function () {
    this.timeout(180_000);
    if (!hasCommand("soffice") || !hasCommand("pdftoppm")) {
      // CI installs libreoffice-calc-nogui and poppler-utils; a developer machine may not have them.
      if (process.env.CI)
        assert.fail(
          "soffice/pdftoppm missing: apt-get install libreoffice-calc-nogui poppler-utils fonts-noto-cjk"
        );
      this.skip();
    }
    const { paths } = await fixtureWorkbooks();
    const work = mkdtempSync(join(tmpdir(), "tz-render-"));
    const sample = join(ROOT, "samples", "county-2024-m09.xlsx");
    const input = existsSync(sample) ? sample : paths.messy;
    const report = join(work, "report.xlsx");
    const run = await runCli(["check", input, "--out", report]);
    assert.equal(run.code, 0, run.stderr);

    const profile = `file://${join(work, "lo-profile")}`;
    const convert = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        report,
      ],
      { encoding: "utf8", timeout: 150_000 }
    );
    const pdf = join(work, "report.pdf");
    assert.ok(existsSync(pdf), `no PDF: ${convert.stdout} ${convert.stderr}`);
    assert.ok(statSync(pdf).size > 20_000, `PDF too small: ${statSync(pdf).size} bytes`);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");

    mkdirSync(ARTIFACTS, { recursive: true });
    const png = spawnSync(
      "pdftoppm",
      [
        "-png",
        "-r",
        "80",
        "-f",
        "1",
        "-l",
        "1",
        "-singlefile",
        pdf,
        join(ARTIFACTS, "report-page1"),
      ],
      { encoding: "utf8" }
    );
    assert.equal(png.status, 0, png.stderr);
    assert.ok(statSync(join(ARTIFACTS, "report-page1.png")).size > 10_000);
  });
});
