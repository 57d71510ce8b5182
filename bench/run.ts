/**
 * `npm run bench`: how fast the engine is, how chatty the Office.js path is, what the CLI costs
 * end to end, and how big the task pane is. Prints one table and writes it as JSON to
 * bench-results/latest.json. Not part of the test command.
 *
 * Targets (issue 7): engine ≤ 0.3 s for 100k rows on a 2-core machine; syncs independent of the
 * row count apart from read chunks; the CLI on 50k rows well under 10 s.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import {
  annotateLedger,
  insertSummarySheets,
  readLedgerFromWorkbook,
  runCheckInWorkbook,
} from "../src/excel";
import { addGridSheet } from "../test/fake-excel/grid-fill";
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { FakeExcelHost } from "../test/fake-excel/host";
import { saveHostAsXlsx } from "../test/fake-excel/save-xlsx";
import { engineRun } from "./engine-run";
import { benchAgainstPandas } from "./pandas-compare";
import { benchReader } from "./read-bench";

const ROOT = join(__dirname, "..");
const SIZES = [1_000, 10_000, 100_000];
const RUNS: Record<number, number> = { 1_000: 7, 10_000: 5, 100_000: 5 };
const CLI_ROWS = 50_000;
const TARGETS = { engine100kSeconds: 0.3, cli50kSeconds: 10 };

interface EngineFigure {
  rows: number;
  runs: number;
  medianMs: number;
  /** Median of each stage, ms. */
  stages: { read: number; check: number; sheets: number; layout: number };
  rowsPerSecond: number;
}

interface OperationFigure {
  rows: number;
  operation: "read" | "check" | "insert summaries" | "annotate";
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

interface CliFigure {
  rows: number;
  fileBytes: number;
  wallSeconds: number;
  peakRssMb: number | null;
  exitCode: number | null;
  measuredWith: string;
}

interface BundleFigure {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function benchEngine(rows: number): EngineFigure {
  const grid = generateLedgerGrid(rows);
  engineRun(grid); // warm-up: JIT and memoised parsers
  const runs = Array.from({ length: RUNS[rows] }, () => engineRun(grid));
  const totals = runs.map((r) => r.read + r.check + r.sheets + r.layout);
  const medianMs = median(totals);
  return {
    rows,
    runs: runs.length,
    medianMs,
    stages: {
      read: median(runs.map((r) => r.read)),
      check: median(runs.map((r) => r.check)),
      sheets: median(runs.map((r) => r.sheets)),
      layout: median(runs.map((r) => r.layout)),
    },
    rowsPerSecond: Math.round(rows / (medianMs / 1000)),
  };
}

async function benchOfficeJs(rows: number): Promise<OperationFigure[]> {
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(rows));
  const uninstall = host.install();
  const figures: OperationFigure[] = [];
  const measure = async <R>(operation: OperationFigure["operation"], work: () => Promise<R>) => {
    host.resetCounters();
    const result = await work();
    figures.push({
      rows,
      operation,
      syncs: host.syncCount,
      maxRequestBytes: host.maxRequestBytes,
      maxResponseBytes: host.maxResponseBytes,
    });
    return result;
  };
  try {
    await measure("read", () => readLedgerFromWorkbook({ sheetName: "台账" }));
    const { report } = await measure("check", () => runCheckInWorkbook({ sheetName: "台账" }));
    await measure("insert summaries", () => insertSummarySheets(report, { lang: "zh-CN" }));
    await measure("annotate", () => annotateLedger(report));
  } finally {
    uninstall();
  }
  return figures;
}

async function benchCli(): Promise<CliFigure> {
  const dir = mkdtempSync(join(tmpdir(), "tz-bench-"));
  const input = join(dir, `ledger-${CLI_ROWS}.xlsx`);
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(CLI_ROWS));
  writeFileSync(input, await saveHostAsXlsx(host));
  const args = [
    join(ROOT, "bin", "taizhang.js"),
    "check",
    input,
    "--out",
    join(dir, "report.xlsx"),
  ];
  const timeBin = "/usr/bin/time";
  const started = performance.now();
  if (existsSync(timeBin)) {
    const run = spawnSync(timeBin, ["-v", process.execPath, ...args], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr);
    return {
      rows: CLI_ROWS,
      fileBytes: statSync(input).size,
      wallSeconds,
      peakRssMb: kb ? Number(kb[1]) / 1024 : null,
      exitCode: run.status,
      measuredWith: "/usr/bin/time -v",
    };
  }
  // Without GNU time: the child reports its own peak RSS (process.resourceUsage().maxRSS, KB).
  const script = `require("tsx/cjs");require(${JSON.stringify(join(ROOT, "src/cli/main.ts"))}).main(${JSON.stringify(args.slice(1))}).then((c)=>{process.stderr.write("MAXRSS "+process.resourceUsage().maxRSS+"\\n");process.exit(c)})`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  const wallSeconds = (performance.now() - started) / 1000;
  const kb = /MAXRSS (\d+)/.exec(run.stderr);
  return {
    rows: CLI_ROWS,
    fileBytes: statSync(input).size,
    wallSeconds,
    peakRssMb: kb ? Number(kb[1]) / 1024 : null,
    exitCode: run.status,
    measuredWith: "process.resourceUsage().maxRSS",
  };
}

function bundleSizes(): BundleFigure[] | null {
  const files = ["taskpane.js", "vendor.js"].map((f) => join(ROOT, "dist", f));
  if (!files.every(existsSync)) return null;
  // The lazily loaded readers: workbooks (fetched on a pick) and .xls (SheetJS, on an .xls pick).
  files.push(
    ...["xlsx-reader.js", "xls-reader.js"].map((f) => join(ROOT, "dist", f)).filter(existsSync)
  );
  return files.map((path) => {
    const bytes = readFileSync(path);
    return {
      file: `dist/${path.split("/").pop()}`,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  const engine = SIZES.map(benchEngine);
  const officeJs: OperationFigure[] = [];
  for (const rows of SIZES) officeJs.push(...(await benchOfficeJs(rows)));
  const cli = await benchCli();
  const reader = await benchReader(CLI_ROWS);
  const pandas = await benchAgainstPandas(CLI_ROWS);
  const bundle = bundleSizes();

  const rows: [string, string, string][] = [];
  for (const e of engine) {
    const s = e.stages;
    rows.push([
      `engine ${e.rows.toLocaleString("en")} rows`,
      `${(e.medianMs / 1000).toFixed(3)} s median of ${e.runs} (read ${s.read.toFixed(0)} / check ${s.check.toFixed(0)} / sheets ${s.sheets.toFixed(0)} / layout ${s.layout.toFixed(0)} ms)`,
      `${e.rowsPerSecond.toLocaleString("en")} rows/s`,
    ]);
  }
  for (const o of officeJs)
    rows.push([
      `Office.js ${o.operation}, ${o.rows.toLocaleString("en")} rows`,
      `${o.syncs} syncs`,
      `largest request ${kb(o.maxRequestBytes)}, response ${kb(o.maxResponseBytes)}`,
    ]);
  rows.push([
    `CLI check --out, ${cli.rows.toLocaleString("en")} rows (${mb(cli.fileBytes)} .xlsx)`,
    `${cli.wallSeconds.toFixed(2)} s wall, exit ${cli.exitCode}`,
    `peak RSS ${cli.peakRssMb === null ? "?" : `${cli.peakRssMb.toFixed(0)} MB`} (${cli.measuredWith})`,
  ]);
  rows.push([
    `reading alone, ${reader.rows.toLocaleString("en")} rows`,
    `${(reader.readerMs / 1000).toFixed(2)} s median of ${reader.runs}`,
    reader.unzipScanMs === null
      ? "no unzip to compare with"
      : `unzip -p + scan ${(reader.unzipScanMs / 1000).toFixed(2)} s: ${reader.ratio!.toFixed(1)}×`,
  ]);
  rows.push(
    pandas
      ? [
          `check --json vs pandas + openpyxl, ${pandas.rows.toLocaleString("en")} rows`,
          `${pandas.taizhangSeconds.toFixed(2)} s vs ${pandas.pandasSeconds.toFixed(2)} s (medians of ${pandas.runs}, run alternately)`,
          `${pandas.ratio.toFixed(1)}× faster (target ≥ 3×); totals ${pandas.totalsAgree ? "agree" : "DIFFER"}`,
        ]
      : ["check --json vs pandas", "skipped", "/usr/bin/python3 with pandas + openpyxl missing"]
  );
  if (bundle)
    for (const b of bundle) rows.push([`bundle ${b.file}`, kb(b.bytes), `${kb(b.gzipBytes)} gzip`]);
  else rows.push(["task pane bundle", "no dist/", "run npm run build"]);

  const engine100k = engine.find((e) => e.rows === 100_000)!;
  const syncsByOperation = new Map<string, number[]>();
  for (const o of officeJs)
    syncsByOperation.set(o.operation, [...(syncsByOperation.get(o.operation) ?? []), o.syncs]);
  const targets = {
    engine100k: {
      target: `≤ ${TARGETS.engine100kSeconds} s`,
      actual: engine100k.medianMs / 1000,
      met: engine100k.medianMs / 1000 <= TARGETS.engine100kSeconds,
    },
    cli50k: {
      target: `< ${TARGETS.cli50kSeconds} s`,
      actual: cli.wallSeconds,
      met: cli.wallSeconds < TARGETS.cli50kSeconds && cli.exitCode === 0,
    },
    syncs: Object.fromEntries(syncsByOperation),
  };
  rows.push([
    "targets",
    `engine 100k ${targets.engine100k.met ? "met" : "MISSED"} (${targets.engine100k.target}); CLI 50k ${targets.cli50k.met ? "met" : "MISSED"} (${targets.cli50k.target})`,
    `syncs by size ${[...syncsByOperation].map(([op, s]) => `${op} ${s.join("/")}`).join(", ")}`,
  ]);

  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  process.stdout.write(
    [
      `Taizhang bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
      line(["measure", "figure", "detail"]),
      `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
      ...rows.map(line),
      "",
    ].join("\n")
  );

  const out = join(ROOT, "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, "latest.json"),
    `${JSON.stringify({ when: new Date().toISOString(), node: process.version, cpus: cpus().length, engine, officeJs, cli, reader, pandas, bundle, targets, table: rows }, null, 2)}\n`
  );
  process.stdout.write(`written: bench-results/latest.json\n`);
}

main().catch((error) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
