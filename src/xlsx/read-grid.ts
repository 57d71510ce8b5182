/**
 * The CLI's workbook reader (Node): every worksheet of a workbook as Grids, the way Excel would
 * hand them to the add-in (cached formula results, plain text, date serials, error strings).
 */
import type { Grid } from "../core/index";
import { readInputBytes } from "./package";
import { inflateWithZlib, inflateWithZlibAsync } from "./reader/inflate-node";
import {
  type ReaderEnv,
  type SheetGrid,
  type XlsReader,
  ledgerCandidates,
  readWorkbookSheets,
} from "./reader/read-workbook";
import { ZIP_LIMITS } from "./zip-limits";

/**
 * SheetJS, imported only when an .xls comes (loading it costs more than reading most ledgers):
 * the precompiled command keeps it in a chunk of its own, not parsed at start-up.
 */
export const readXlsInNode: XlsReader = async (file, bytes) => {
  const sheetJs = await import("./reader/sheetjs-workbook");
  return sheetJs.readXlsSheets(file, bytes);
};

const NODE_READER: ReaderEnv = {
  inflate: inflateWithZlib,
  inflateAsync: inflateWithZlibAsync,
  limits: ZIP_LIMITS,
  readXls: readXlsInNode,
};

/** Every worksheet, in workbook order, each with its visibility; `file` names it in messages. */
export function readWorkbookSheetsFromBuffer(
  bytes: Uint8Array,
  file: string
): Promise<SheetGrid[]> {
  return readWorkbookSheets(bytes, file, NODE_READER);
}

/** The sheets a ledger is looked for on: visible ones first, then hidden ones. */
export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  return readWorkbookGridsFromBuffer(await readInputBytes(file), file);
}

/** Same as readWorkbookGrids for bytes already in memory; `file` names the source in messages. */
export async function readWorkbookGridsFromBuffer(
  bytes: Uint8Array,
  file: string
): Promise<Grid[]> {
  return ledgerCandidates(await readWorkbookSheetsFromBuffer(bytes, file));
}
