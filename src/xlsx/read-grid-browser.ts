/**
 * The task pane's workbook reader: a workbook the user picked (bytes read in the browser, nothing
 * uploaded) → its sheets as Grids, through the same reader as the CLI with fflate's inflate and
 * the pane's lower limits. The pane imports this module lazily (a chunk of its own, fetched from
 * the add-in's site only when a file is picked).
 */
import type { Grid } from "../core/types";
import { inflateWithFflate } from "./reader/inflate-fflate";
import { type ReaderEnv, ledgerCandidates, readWorkbookSheets } from "./reader/read-workbook";
import { PANE_ZIP_LIMITS } from "./zip-limits";

const PANE_READER: ReaderEnv = { inflate: inflateWithFflate, limits: PANE_ZIP_LIMITS };

/** `file` names the source in messages (the picked file's name). */
export async function readWorkbookGridsInBrowser(bytes: Uint8Array, file: string): Promise<Grid[]> {
  return ledgerCandidates(await readWorkbookSheets(bytes, file, PANE_READER));
}
