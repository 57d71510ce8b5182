/**
 * The CLI's workbook reader (Node): every worksheet of a workbook as Grids, the way Excel would
 * hand them to the add-in (cached formula results, plain text, date serials, error strings).
 */
import type ExcelJS from "exceljs";
import type { Grid } from "../core/index";
import { readInputBytes } from "./package";
import { inflateWithZlib } from "./reader/inflate-node";
import {
  type ReaderEnv,
  type SheetGrid,
  type XlsReader,
  ledgerCandidates,
  readWorkbookSheets,
} from "./reader/read-workbook";
import { ZIP_LIMITS } from "./zip-limits";

/**
 * SheetJS, required only when an .xls comes (loading it costs more than reading most ledgers).
 * require(), not import(): under tsx's CommonJS hook import() finds no .ts file, and esbuild's
 * bundle keeps a required module's code unrun until the call.
 */
export const readXlsInNode: XlsReader = async (file, bytes) => {
  const sheetJs =
    require("./reader/sheetjs-workbook") as typeof import("./reader/sheetjs-workbook");
  return sheetJs.readXlsSheets(file, bytes);
};

const NODE_READER: ReaderEnv = {
  inflate: inflateWithZlib,
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

/**
 * The workbook as an exceljs model, for tests that inspect written workbooks through an
 * independent reader; required on demand (see readXlsInNode) so that reading never loads exceljs.
 */
export async function loadWorkbook(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const exceljs = require("./exceljs-workbook") as typeof import("./exceljs-workbook");
  return exceljs.loadExceljsWorkbook(file, bytes);
}
