/**
 * The task pane's workbook reader: a workbook the user picked (bytes read in the browser, nothing
 * uploaded) → its sheets as Grids, through the same reader as the CLI with fflate's inflate and
 * the pane's lower limits; .xls files through SheetJS. The pane imports this module lazily (a
 * chunk of its own, fetched from the add-in's site only when a file is picked).
 */
import type { Grid } from "../core/index";
import { inflateWithFflate } from "./reader/inflate-fflate";
import { type XlsReader, ledgerCandidates, readWorkbookSheets } from "./reader/read-workbook";
import { PANE_ZIP_LIMITS } from "./zip-limits";

/** SheetJS as a chunk of its own (xls-reader.js), fetched only when an .xls is picked. */
const readXlsInChunk: XlsReader = async (file, bytes) =>
  (await import(/* webpackChunkName: "xls-reader" */ "./reader/sheetjs-workbook")).readXlsSheets(
    file,
    bytes
  );

/** `file` names the source in messages (the picked file's name); tests may pass their `readXls`. */
export async function readWorkbookGridsInBrowser(
  bytes: Uint8Array,
  file: string,
  readXls: XlsReader = readXlsInChunk
): Promise<Grid[]> {
  const env = { inflate: inflateWithFflate, limits: PANE_ZIP_LIMITS, readXls };
  return ledgerCandidates(await readWorkbookSheets(bytes, file, env));
}
