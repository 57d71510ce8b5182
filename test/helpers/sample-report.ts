/** The bundled September sample, checked with the default rules: the report most print tests lay out. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_RULES, readLedger, runCheck, type CheckReport } from "../../src/core/index";
import { readWorkbookSheetsFromBuffer } from "../../src/xlsx/read-grid";

const SAMPLE = join(__dirname, "..", "..", "samples", "county-2024-m09.xlsx");

export async function sampleReport(): Promise<CheckReport> {
  const [grid] = await readWorkbookSheetsFromBuffer(readFileSync(SAMPLE), "county-2024-m09.xlsx");
  return runCheck(readLedger(grid), { rules: DEFAULT_RULES });
}
