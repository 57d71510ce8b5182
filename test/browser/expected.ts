/** What the pane should show and write for the preview's workbook, computed in Node by the engine itself. */
import { resolve } from "node:path";
import { runCheck } from "../../src/core/check";
import { defaultGroupBy } from "../../src/core/groups/resolve";
import { readLedger } from "../../src/core/reader/index";
import { reconcileLedgers } from "../../src/core/reconcile/reconcile";
import type { CheckReport, ReconcileResult } from "../../src/core/report-types";
import { DEFAULT_RULES } from "../../src/core/rules/presets";
import { layoutSheet, type SheetLayout } from "../../src/core/sheet-spec";
import { buildOutputSheets } from "../../src/core/summaries";
import { DEFAULT_OUTPUT_KINDS } from "../../src/taskpane/state/results";
import type { Grid, Lang, Ledger } from "../../src/core/types";
import { readWorkbookGrids } from "../../src/xlsx/read-grid";

const SAMPLES = resolve(__dirname, "..", "..", "samples");

export interface Expected {
  grid: Grid;
  ledger: Ledger;
  report: CheckReport;
  reconcile: ReconcileResult;
  layouts(lang: Lang): SheetLayout[];
}

async function sheet(file: string, name: string): Promise<Grid> {
  const [grid] = await readWorkbookGrids(resolve(SAMPLES, file));
  return { ...grid, sheetName: name };
}

export async function expected(): Promise<Expected> {
  const september = readLedger(await sheet("county-2024-m09.xlsx", "9月"));
  const grid = await sheet("county-2024-m10.xlsx", "10月");
  const ledger = readLedger(grid);
  const report = runCheck(ledger, { rules: DEFAULT_RULES });
  return {
    grid,
    ledger,
    report,
    reconcile: reconcileLedgers(september, ledger, DEFAULT_RULES),
    layouts: (lang) =>
      buildOutputSheets(report, {
        lang,
        include: [...DEFAULT_OUTPUT_KINDS],
        groupBy: defaultGroupBy(ledger),
      }).map(layoutSheet),
  };
}
