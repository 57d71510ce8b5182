/**
 * Reading alone (issue 11's target: within 2× of a plain `unzip -p` of the sheet XML plus a
 * scan): our reader on the bench ledger, against `unzip -p file xl/worksheets/sheet1.xml` piped
 * into a trivial scan (count the "<c " cell tags), each the median of a few runs, in one process
 * run alternately so that a busy machine weighs on both alike.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { readWorkbookGridsFromBuffer } from "../src/xlsx/read-grid";
import { addGridSheet } from "../test/fake-excel/grid-fill";
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { FakeExcelHost } from "../test/fake-excel/host";
import { saveHostAsXlsx } from "../test/fake-excel/save-xlsx";

export interface ReaderFigure {
  rows: number;
  runs: number;
  /** Our reader, bytes in memory → Grids. */
  readerMs: number;
  /** `unzip -p` of the sheet XML + counting its cells (null without unzip). */
  unzipScanMs: number | null;
  ratio: number | null;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

function unzipAndScan(file: string): number | null {
  const started = performance.now();
  const run = spawnSync("unzip", ["-p", file, "xl/worksheets/sheet1.xml"], {
    maxBuffer: 1024 ** 3,
  });
  if (run.status !== 0 || !run.stdout) return null;
  const xml = run.stdout.toString("utf8");
  let cells = 0;
  for (let at = xml.indexOf("<c "); at >= 0; at = xml.indexOf("<c ", at + 1)) cells++;
  return cells > 0 ? performance.now() - started : null;
}

export async function benchReader(rows: number, runs = 5): Promise<ReaderFigure> {
  const file = join(mkdtempSync(join(tmpdir(), "tz-read-bench-")), `ledger-${rows}.xlsx`);
  const host = new FakeExcelHost();
  addGridSheet(host, generateLedgerGrid(rows));
  writeFileSync(file, await saveHostAsXlsx(host));
  const bytes = readFileSync(file);
  await readWorkbookGridsFromBuffer(bytes, file); // warm-up
  const reader: number[] = [];
  const unzip: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await readWorkbookGridsFromBuffer(bytes, file);
    reader.push(performance.now() - started);
    const scan = unzipAndScan(file);
    if (scan !== null) unzip.push(scan);
  }
  const readerMs = median(reader);
  const unzipScanMs = unzip.length > 0 ? median(unzip) : null;
  return {
    rows,
    runs,
    readerMs,
    unzipScanMs,
    ratio: unzipScanMs ? readerMs / unzipScanMs : null,
  };
}
