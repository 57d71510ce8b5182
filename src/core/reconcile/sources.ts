/**
 * The inputs of reconcile and consolidate as the user knows them: which file, which sheet, which
 * rows, which period. Findings about an input carry its file, so the user is pointed at the
 * workbook they gave, never at a sheet that exists only inside the command.
 */
import { locatedFinding, type FindingSpec } from "../checks/finding";
import type { Finding, Ledger, LocalText } from "../types";

/** A ledger read from one input; `file` is the name the user gave it, when a host knows one. */
export interface SourceLedger {
  ledger: Ledger;
  file?: string;
}

/** Row lists longer than this are cut short ("第4、5、6…行等 40 行"). */
const ROWS_SHOWN = 10;

/** A finding on a source's sheet (row null = the whole sheet), carrying the source's file. */
export function findingIn(
  source: SourceLedger,
  sheetRow: number | null,
  spec: FindingSpec
): Finding {
  return withFile(locatedFinding(source.ledger, sheetRow, spec), source.file);
}

/** The finding with its input file set (unchanged without one). */
export function withFile(finding: Finding, file: string | undefined): Finding {
  return file === undefined ? finding : { ...finding, file };
}

/** “a.xlsx 工作表“9月”” / a.xlsx, sheet "9月" (the sheet alone without a file). */
export function placeText(source: SourceLedger): LocalText {
  const sheet = source.ledger.sheetName;
  return source.file === undefined
    ? { "zh-CN": `工作表“${sheet}”`, en: `sheet "${sheet}"` }
    : { "zh-CN": `${source.file} 工作表“${sheet}”`, en: `${source.file}, sheet "${sheet}"` };
}

/** 第12行与第57行 / rows 12 and 57; 第4、5、6行 / rows 4, 5, 6; long lists end with 等N行 / (N rows). */
export function rowsText(rows: number[]): LocalText {
  const shown = rows.slice(0, ROWS_SHOWN);
  const cut = rows.length > ROWS_SHOWN;
  if (rows.length === 2 && !cut)
    return { "zh-CN": `第${rows[0]}行与第${rows[1]}行`, en: `rows ${rows[0]} and ${rows[1]}` };
  const plural = rows.length > 1 ? "s" : "";
  return {
    "zh-CN": `第${shown.join("、")}${cut ? "…" : ""}行${cut ? `等${rows.length}行` : ""}`,
    en: `row${plural} ${shown.join(", ")}${cut ? `… (${rows.length} rows)` : ""}`,
  };
}

/** 2024年9月 / 2024-9; 未注明 / not stated. */
export function periodText(ledger: Pick<Ledger, "reportingYear" | "reportingMonth">): LocalText {
  const year = ledger.reportingYear === null ? "" : `${ledger.reportingYear}年`;
  const month = ledger.reportingMonth === null ? "" : `${ledger.reportingMonth}月`;
  const en = [ledger.reportingYear, ledger.reportingMonth].filter((p) => p !== null).join("-");
  return { "zh-CN": `${year}${month}` || "未注明", en: en || "not stated" };
}
