/**
 * Last month's ledger from an .xlsx or .xls file the user picked: read in the pane (nothing is uploaded)
 * by the lazily loaded reader chunk, its first sheet that reads as a ledger, labelled with the
 * file's name the way Excel names a sheet of another workbook ("[9月台账.xlsx]Sheet1").
 */
import { findLedgerSheet, readLedger } from "../../core/index";
import { noLedgerText, notLedgerReasons } from "../../core/index";
import type { Ledger } from "../../core/index";
import { fileProblem } from "../../xlsx/errors";

/** Real ledgers are well under 5 MB; a bigger pick is a mistake the pane should not hold in memory. */
export const MAX_PREVIOUS_FILE_BYTES = 50 * 1024 * 1024;

/** The file as the pane gets it from <input type="file"> (a File; anything with bytes in tests). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type XlsxReader = typeof import("../../xlsx/read-grid-browser");

/** exceljs's browser build, as a chunk of its own: fetched from the add-in's site on first use. */
const loadXlsxReader = (): Promise<XlsxReader> =>
  import(/* webpackChunkName: "xlsx-reader" */ "../../xlsx/read-grid-browser");

export async function readPreviousLedgerFile(
  file: PickedFile,
  loadReader: () => Promise<XlsxReader> = loadXlsxReader
): Promise<Ledger> {
  if (file.size > MAX_PREVIOUS_FILE_BYTES)
    throw fileProblem(
      file.name,
      `文件太大（${Math.round(file.size / 1024 / 1024)} MB），不像月度台账。请选择上月的台账文件（.xlsx 或 .xls）。`,
      `the file is too big (${Math.round(file.size / 1024 / 1024)} MB) to be a monthly ledger. Choose last month's ledger (.xlsx or .xls).`
    );
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { readWorkbookGridsInBrowser } = await loadReader();
  const grids = await readWorkbookGridsInBrowser(bytes, file.name);
  const found = findLedgerSheet(grids);
  if (!found) {
    const names = grids.map((g) => g.sheetName);
    const reasons = notLedgerReasons(
      grids.map((g) => readLedger(g)),
      1
    );
    const zh = noLedgerText(names.map((n) => `“${n}”`).join("、"))["zh-CN"];
    const en = noLedgerText(names.map((n) => `"${n}"`).join(", ")).en;
    throw fileProblem(
      file.name,
      `${zh}${reasons.map((r) => `；${r.message["zh-CN"]}`).join("")}。请选择上月的台账文件。`,
      `${en}${reasons.map((r) => `; ${r.message.en}`).join("")}. Choose last month's ledger.`
    );
  }
  return { ...found.ledger, sheetName: externalSheetName(file.name, found.ledger.sheetName) };
}

/** "[book.xlsx]Sheet1", as Excel writes a reference to a sheet of another workbook. */
export function externalSheetName(fileName: string, sheetName: string): string {
  return `[${fileName}]${sheetName}`;
}
