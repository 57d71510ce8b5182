/**
 * The WPS calls budget (part of `npm run bench`): how many calls into WPS 表格's object model the
 * add-in makes for 检查 (read the settings and the ledger sheet, check) and for 插入汇总表 (every
 * output sheet the check gives) and 标注, on ledgers of 1k, 10k and 100k rows, counted by the
 * strict fake WPS (test/fake-wps: every member access is one call, as each crosses into WPS).
 * The counts should not grow with the rows apart from the read blocks (60k cells each, with a
 * number format read per column), the hidden-row probes (4 calls per 16,000 rows whatever the
 * number of hidden rows; the generated ledger hides one row in 50) and the write blocks and
 * row-height runs of the longest list sheets. Prints a table; writes bench-results/wps-calls.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import {
  checkLedger,
  detectLedger,
  insertOutputs,
  loadWorkbookSettings,
} from "../src/app/workflow";
import type { CheckReport } from "../src/core/report-types";
import { WpsHost } from "../src/wps/host";
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { FakeWps } from "../test/fake-wps/fake-wps";
import { addGridSheet } from "../test/fake-wps/grid-fill";

const SIZES = [1_000, 10_000, 100_000];
const ROOT = join(__dirname, "..");

interface WpsCallsFigure {
  rows: number;
  /** Hidden rows of the generated ledger (one in 50), found from the visible cells of one column. */
  hiddenRows: number;
  checkCalls: number;
  sheets: number;
  sheetRows: number;
  insertCalls: number;
  annotateCalls: number;
  /** The members called most during the check and the insert. */
  topCheckMembers: [string, number][];
  topInsertMembers: [string, number][];
  seconds: number;
}

/**
 * One step of the workflow (several Host calls, awaited): its result, the WPS calls it made and
 * the members called most. The single-cell write count starts afresh for each step.
 */
async function counted<T>(wps: FakeWps, work: () => Promise<T>) {
  wps.operation(() => undefined);
  const before = new Map(wps.counter.byMember);
  const calls = wps.calls;
  const result = await work();
  const members = [...wps.counter.byMember]
    .map(([k, v]): [string, number] => [k, v - (before.get(k) ?? 0)])
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1]);
  return { result, calls: wps.calls - calls, members };
}

async function measure(rows: number): Promise<WpsCallsFigure> {
  const started = performance.now();
  const wps = new FakeWps();
  const grid = generateLedgerGrid(rows);
  addGridSheet(wps, grid);
  const host = new WpsHost(wps.application);
  const check = await counted(wps, async (): Promise<CheckReport> => {
    const settings = await loadWorkbookSettings(host);
    return checkLedger(await detectLedger(host, settings), settings);
  });
  const insert = await counted(wps, () => insertOutputs(host, check.result, { lang: "zh-CN" }));
  const annotate = await counted(wps, () => host.annotate(check.result, { lang: "zh-CN" }));
  const written = insert.result.written.map((w) => wps.sheet(w.name));
  return {
    rows,
    hiddenRows: grid.hiddenRows?.length ?? 0,
    checkCalls: check.calls,
    sheets: written.length,
    sheetRows: written.reduce((sum, s) => sum + s.values.length, 0),
    insertCalls: insert.calls,
    annotateCalls: annotate.calls,
    topCheckMembers: check.members.slice(0, 3),
    topInsertMembers: insert.members.slice(0, 4),
    seconds: (performance.now() - started) / 1000,
  };
}

const top = (members: [string, number][]) => members.map(([m, n]) => `${m} ${n}`).join(", ");

async function main(): Promise<void> {
  const figures: WpsCallsFigure[] = [];
  for (const rows of SIZES) figures.push(await measure(rows));
  const table: string[][] = [
    [
      "rows",
      "检查 calls",
      "sheets (rows)",
      "插入汇总表 calls",
      "标注 calls",
      "most called: check; insert",
    ],
    ...figures.map((f) => [
      `${f.rows.toLocaleString("en")} (${f.hiddenRows.toLocaleString("en")})`,
      String(f.checkCalls),
      `${f.sheets} (${f.sheetRows.toLocaleString("en")})`,
      String(f.insertCalls),
      String(f.annotateCalls),
      `${top(f.topCheckMembers)}; ${top(f.topInsertMembers)}`,
    ]),
  ];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(" | ")} |`;
  process.stdout.write(
    [
      "WPS object-model calls (strict fake WPS 表格; one member access = one call)",
      line(table[0]),
      `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
      ...table.slice(1).map(line),
      "",
    ].join("\n")
  );
  const out = join(ROOT, "bench-results");
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(out, "wps-calls.json"),
    `${JSON.stringify({ when: new Date().toISOString(), figures }, null, 2)}\n`
  );
  process.stdout.write("written: bench-results/wps-calls.json\n");
}

main().catch((error) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
