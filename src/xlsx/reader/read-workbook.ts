/**
 * The one workbook reader of the CLI and the task pane: bytes → one SheetGrid per worksheet, in
 * workbook order, each with its visibility. The environment injects its inflater and limits
 * (read-grid.ts for Node, read-grid-browser.ts for the pane).
 */
import type { Grid } from "../../core/types";
import { fileProblem } from "../errors";
import { assertXlsxBytes } from "../sniff";
import type { SheetGrid } from "./grid-build";
import type { ReaderEnv } from "./opc-package";
import { readXlsxSheets } from "./xlsx-workbook";

export type { SheetGrid } from "./grid-build";
export type { ReaderEnv } from "./opc-package";

/** Every worksheet; throws a FileProblem naming the file when none holds anything. */
export async function readWorkbookSheets(
  bytes: Uint8Array,
  file: string,
  env: ReaderEnv
): Promise<SheetGrid[]> {
  assertXlsxBytes(file, bytes);
  const sheets = readXlsxSheets(file, bytes, env);
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
