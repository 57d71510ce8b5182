/**
 * The one workbook reader of the CLI and the task pane: bytes → one SheetGrid per worksheet, in
 * workbook order, each with its visibility. The file kind comes from the bytes, not the name:
 * .xlsx/.xlsm/.xltx packages go to our own reader, .xls to SheetJS, loaded only then. The
 * environment injects its inflater, limits and SheetJS loader (read-grid.ts for Node,
 * read-grid-browser.ts for the pane, where SheetJS is a chunk of its own).
 */
import type { Grid } from "../../core/index";
import { fileProblem } from "../errors";
import { assertWorkbookBytes } from "../sniff";
import type { SheetGrid } from "./grid-build";
import type { PackageEnv } from "./opc-package";
import { readXlsxSheets } from "./xlsx-workbook";

export type { SheetGrid } from "./grid-build";
/** Reads an .xls (SheetJS, which each environment loads its own way, and only when needed). */
export type XlsReader = (file: string, bytes: Uint8Array) => Promise<SheetGrid[]>;

/** What the environment gives the reader: inflater, memory limits and the .xls reader. */
export interface ReaderEnv extends PackageEnv {
  readXls: XlsReader;
}

/** Every worksheet; throws a FileProblem naming the file when none holds anything. */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  file: string,
  env: ReaderEnv
): Promise<SheetGrid[]> {
  let sheets: SheetGrid[];
  if (assertWorkbookBytes(file, bytes) === "xls") sheets = await env.readXls(file, bytes);
  else sheets = await readXlsxSheets(file, bytes, env);
  if (sheets.every((g) => g.values.length === 0)) {
    throw fileProblem(
      file,
      sheets.length === 0 ? "工作簿中没有工作表。" : "工作簿是空的（所有工作表都没有内容）。",
      sheets.length === 0
        ? "the workbook has no worksheets."
        : "the workbook is empty (no sheet has any cells)."
    );
  }
  return sheets;
}

/**
 * The sheets worth looking at for a ledger when the user named none: visible ones first, then
 * hidden ones; very hidden sheets (only a macro or --sheet can reach them) are left out.
 */
export function ledgerCandidates(sheets: SheetGrid[]): Grid[] {
  return [
    ...sheets.filter((g) => g.state === undefined),
    ...sheets.filter((g) => g.state === "hidden"),
  ];
}
