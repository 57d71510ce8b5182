/**
 * `check --json FILE` on the 50k-row bench ledger against the pandas + openpyxl reference
 * (bench/pandas_reference.py), run alternately, median of each and the median ratio; both must
 * agree on the totals. Needs /usr/bin/python3 with pandas and openpyxl (Debian: python3-pandas,
 * python3-openpyxl); skipped with a message otherwise.
 *   npx tsx bench/pandas-compare.ts [runs]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { addGridSheet } from "../test/fake-excel/grid-fill";
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { FakeExcelHost } from "../test/fake-excel/host";
import { saveHostAsXlsx } from "../test/fake-excel/save-xlsx";

const ROOT = join(__dirname, "..");
const PYTHON = "/usr/bin/python3";

export interface PandasFigure {
  rows: number;
  runs: number;
  taizhangSeconds: number;
  pandasSeconds: number;
  /** Median of pandas ÷ taizhang over the alternating pairs. */
  ratio: number;
  totalsAgree: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function timed(command: string, args: string[]): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
}

export function pandasAvailable(): boolean {
  return spawnSync(PYTHON, ["-c", "import pandas, openpyxl"]).status === 0;
}

export async function benchAgainstPandas(rows = 50_000, runs = 3): Promise<PandasFigure | null> {
  if (!pandasAvailable()) return null;
  // The precompiled command, as a user runs it after npm ci (bin falls back to tsx when stale).
  spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "tz-pandas-"));
  const input = join(dir, `ledger-${rows}.xlsx`);
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(rows));
  writeFileSync(input, await saveHostAsXlsx(host));
  const ours = join(dir, "taizhang.json");
  const theirs = join(dir, "pandas.json");
  const tz: number[] = [];
  const pd: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = timed(process.execPath, [
      join(ROOT, "bin", "taizhang.js"),
      "check",
      input,
      "--json",
      ours,
    ]);
    const b = timed(PYTHON, [join(ROOT, "bench", "pandas_reference.py"), input, theirs]);
    tz.push(a);
    pd.push(b);
    ratios.push(b / a);
  }
  const t = JSON.parse(readFileSync(ours, "utf8")) as { totals: Record<string, number> };
  const p = JSON.parse(readFileSync(theirs, "utf8")) as { totals: Record<string, number> };
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  const totalsAgree = (["projects", "totalInvestment", "annualPlan", "completed"] as const).every(
    (k) => close(t.totals[k], p.totals[k])
  );
  return {
    rows,
    runs,
    taizhangSeconds: median(tz),
    pandasSeconds: median(pd),
    ratio: median(ratios),
    totalsAgree,
  };
}

if (require.main === module) {
  benchAgainstPandas(50_000, Number(process.argv[2] ?? 3))
    .then((figure) => {
      process.stdout.write(
        figure
          ? `${JSON.stringify(figure)}\n`
          : "skipped: /usr/bin/python3 with pandas and openpyxl is not installed\n"
      );
    })
    .catch((error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    });
}
