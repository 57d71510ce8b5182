/**
 * The ledger input of the commands: read from a workbook, .xlsx or .xls (the sheet the user
 * named, whatever its visibility, or the first that reads as a ledger). The rule set (--rules /
 * --usd-rate) is read by load-rules.ts.
 */
import { noLedgerText, notLedgerReasons } from "../core/index";
import { findLedgerSheet, readLedger } from "../core/index";
import type { Grid, Lang, Ledger, LocalText } from "../core/index";
import { FileProblem, fileProblem } from "../xlsx/errors";
import { readInputBytes } from "../xlsx/package";
import { readWorkbookSheetsFromBuffer } from "../xlsx/read-grid";
import { type SheetGrid, ledgerCandidates } from "../xlsx/reader/read-workbook";
import type { Progress } from "./progress";

export interface LoadedLedger {
  file: string;
  bytes: Buffer;
  /** Every worksheet of the workbook, hidden and very hidden ones too. */
  grids: SheetGrid[];
  grid: Grid;
  ledger: Ledger;
}

const MAX_FINDINGS_IN_MESSAGE = 5;

/**
 * The sheet named by --sheet (visible, hidden or very hidden), else the first that reads as a
 * ledger: visible sheets first, then hidden ones; very hidden sheets only when named.
 */
export async function loadLedger(
  file: string,
  sheet: string | undefined,
  progress: Progress
): Promise<LoadedLedger> {
  const bytes = await readInputBytes(file);
  progress.start(bytes.length);
  progress.step({ "zh-CN": "读取工作簿", en: "Reading workbook" });
  const grids = await readWorkbookSheetsFromBuffer(bytes, file);
  progress.step({ "zh-CN": "识别台账", en: "Reading the ledger" });
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.sheetName === sheet);
    if (!grid) {
      throw fileProblem(
        file,
        `没有名为“${sheet}”的工作表。现有工作表：${sheetList(grids, "zh-CN")}`,
        `there is no sheet named "${sheet}". Sheets: ${sheetList(grids, "en")}`
      );
    }
    const ledger = readLedger(grid);
    if (!ledger.found) throw notALedger(file, [grid], [ledger]);
    return { file, bytes, grids, grid, ledger };
  }
  const candidates = ledgerCandidates(grids);
  const found = findLedgerSheet(candidates);
  if (!found)
    throw notALedger(
      file,
      grids,
      candidates.map((g) => readLedger(g))
    );
  return { file, bytes, grids, grid: found.grid, ledger: found.ledger };
}

const STATE_WORDS: Record<"hidden" | "veryHidden", LocalText> = {
  hidden: { "zh-CN": "隐藏", en: "hidden" },
  veryHidden: { "zh-CN": "深度隐藏", en: "very hidden" },
};

/** “数据”（深度隐藏） / "数据" (very hidden): a sheet as messages name it. */
function sheetLabel(grid: SheetGrid, lang: Lang): string {
  const state = grid.state ? STATE_WORDS[grid.state][lang] : null;
  if (lang === "zh-CN") return `“${grid.sheetName}”${state ? `（${state}）` : ""}`;
  return `"${grid.sheetName}"${state ? ` (${state})` : ""}`;
}

function sheetList(grids: SheetGrid[], lang: Lang): string {
  return grids.map((g) => sheetLabel(g, lang)).join(lang === "zh-CN" ? "、" : ", ");
}

/**
 * No sheet reads as a ledger: name the sheets tried (with their visibility) and what the reader
 * found on them, and the very hidden ones it did not look at, with how to reach them.
 */
function notALedger(file: string, sheets: SheetGrid[], ledgers: Ledger[]): FileProblem {
  const reasons = notLedgerReasons(ledgers, MAX_FINDINGS_IN_MESSAGE);
  const names = new Set(ledgers.map((l) => l.sheetName));
  const tried = sheets.filter((g) => names.has(g.sheetName));
  const untried = sheets.filter((g) => !names.has(g.sheetName));
  const hint = untried[0]?.sheetName;
  return new FileProblem(file, {
    "zh-CN":
      `${file}：${noLedgerText(sheetList(tried, "zh-CN"))["zh-CN"]}。` +
      reasons.map((r) => `\n  · ${r.sheet}：${r.message["zh-CN"]}`).join("") +
      (hint === undefined
        ? ""
        : `\n  · 没有查找 ${sheetList(untried, "zh-CN")}；台账若在其中，请用 --sheet 指定（如 --sheet ${quoted(hint)}）。`),
    en:
      `${file}: ${noLedgerText(sheetList(tried, "en")).en}.` +
      reasons.map((r) => `\n  · ${r.sheet}: ${r.message.en}`).join("") +
      (hint === undefined
        ? ""
        : `\n  · not looked at: ${sheetList(untried, "en")}; if the ledger is there, name it with --sheet (for example --sheet ${quoted(hint)}).`),
  });
}

/** A sheet name as typed on a command line. */
function quoted(name: string): string {
  return /[\s"'$`\\]/.test(name) ? JSON.stringify(name) : name;
}
