/**
 * One run of the engine as the bench measures it: readLedger → runCheck → buildOutputSheets →
 * layoutSheet of every output sheet, with the time of each stage (ms).
 */
import { performance } from "node:perf_hooks";
import { runCheck } from "../src/core/check";
import { readLedger } from "../src/core/reader/index";
import { DEFAULT_RULES } from "../src/core/rules/presets";
import { layoutSheet } from "../src/core/sheet-spec";
import { buildOutputSheets } from "../src/core/summaries";
import type { Grid } from "../src/core/types";

export interface EngineStages {
  read: number;
  check: number;
  sheets: number;
  layout: number;
}

export function engineRun(grid: Grid): EngineStages {
  const t0 = performance.now();
  const ledger = readLedger(grid);
  const t1 = performance.now();
  const report = runCheck(ledger, { rules: DEFAULT_RULES });
  const t2 = performance.now();
  const specs = buildOutputSheets(report, { lang: "zh-CN" });
  const t3 = performance.now();
  for (const spec of specs) layoutSheet(spec);
  const t4 = performance.now();
  if (!ledger.found || report.projects.length === 0)
    throw new Error("the bench ledger did not read");
  return { read: t1 - t0, check: t2 - t1, sheets: t3 - t2, layout: t4 - t3 };
}
