/**
 * The ledger input of the commands: read from a workbook (the sheet the user named, or the first
 * that reads as a ledger). The rule set (--rules / --usd-rate) is read by load-rules.ts.
 */
import { findLedgerSheet, readLedger } from "../core/reader/index";
import type { Grid, Ledger } from "../core/types";
import { FileProblem, fileProblem } from "../xlsx/errors";
import { readInputBytes } from "../xlsx/package";
import { readWorkbookGridsFromBuffer } from "../xlsx/read-grid";
import type { Progress } from "./progress";

export interface LoadedLedger {
  file: string;
  bytes: Buffer;
  grids: Grid[];
  grid: Grid;
  ledger: Ledger;
}

const MAX_FINDINGS_IN_MESSAGE = 5;

export async function loadLedger(
  file: string,
  sheet: string | undefined,
  progress: Progress
): Promise<LoadedLedger> {
  const bytes = await readInputBytes(file);
  progress.start(bytes.length);
  progress.step({ "zh-CN": "读取工作簿", en: "Reading workbook" });
  const grids = await readWorkbookGridsFromBuffer(bytes, file);
  progress.step({ "zh-CN": "识别台账", en: "Reading the ledger" });
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheet);
    if (!grid) {
      throw fileProblem(
        file,
        `没有名为“${sheet}”的工作表。现有工作表：${grids.map((g) => g.sheetName).join("、")}`,
        `there is no sheet named "${sheet}". Sheets: ${grids.map((g) => g.sheetName).join(", ")}`
      );
    }
    const ledger = readLedger(grid);
    if (!ledger.found) throw notALedger(file, [ledger]);
    return { file, bytes, grids, grid, ledger };
  }
  const found = findLedgerSheet(grids);
  if (!found)
    throw notALedger(
      file,
      grids.map((g) => readLedger(g))
    );
  return { file, bytes, grids, grid: found.grid, ledger: found.ledger };
}

/** No sheet reads as a ledger: say which sheets were tried and what the reader found on them. */
function notALedger(file: string, ledgers: Ledger[]): FileProblem {
  const reasons = ledgers.flatMap((l) =>
    l.findings
      .slice(0, MAX_FINDINGS_IN_MESSAGE)
      .map((f) => ({ sheet: l.sheetName, message: f.message }))
  );
  const names = ledgers.map((l) => l.sheetName);
  return new FileProblem(file, {
    "zh-CN": `${file}：工作表 ${names.map((n) => `“${n}”`).join("、")} 都不像项目台账（找不到项目名称和金额列的表头）。${reasons.map((r) => `\n  · ${r.sheet}：${r.message["zh-CN"]}`).join("")}`,
    en: `${file}: no sheet reads as a project ledger (tried ${names.map((n) => `"${n}"`).join(", ")}; no header with project names and amounts).${reasons.map((r) => `\n  · ${r.sheet}: ${r.message.en}`).join("")}`,
  });
}
