/** The pane's one action for now: read the active sheet and let the core reader understand it. */
import { readLedger } from "../core/reader";
import type { Ledger } from "../core/types";
import { readActiveSheetGrid } from "../excel/read-sheet";

export async function detectLedgerOnActiveSheet(): Promise<Ledger> {
  return Excel.run(async (context) => readLedger(await readActiveSheetGrid(context)));
}
