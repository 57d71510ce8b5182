/**
 * Which cells of a conditional format light up, for the preview's grid: evaluates the add-in's
 * own band formulas (=AND([N("taizhang")=0,]ISNUMBER($X5),-$X5>=10[,-$X5<30])) the way Excel
 * would for each cell of the format's range. Other formulas are not drawn.
 */
import { columnIndex } from "../core/index";
import type { MergedArea } from "../core/index";

export interface BandRule {
  /** 0-based column of the variance cell; absolute or not, the same column for every cell here. */
  col: number;
  colAbsolute: boolean;
  /** 0-based row of the reference in the formula (relative to the range's top-left cell). */
  row: number;
  min: number;
  max: number | null;
}

const BAND_FORMULA =
  /^=AND\((?:N\("taizhang"\)=0,)?ISNUMBER\((\$?)([A-Z]+)\$?(\d+)\),-\$?[A-Z]+\$?\d+>=(-?[\d.]+)(?:,-\$?[A-Z]+\$?\d+<(-?[\d.]+))?\)$/;

export function parseBandFormula(formula: string | null): BandRule | null {
  const match = BAND_FORMULA.exec(formula ?? "");
  if (!match) return null;
  return {
    colAbsolute: match[1] === "$",
    col: columnIndex(match[2]),
    row: Number(match[3]) - 1,
    min: Number(match[4]),
    max: match[5] === undefined ? null : Number(match[5]),
  };
}

/** True when the rule holds for cell (row, col) of `area`; `valueAt` reads the sheet. */
export function bandHolds(
  rule: BandRule,
  area: MergedArea,
  row: number,
  col: number,
  valueAt: (row: number, col: number) => unknown
): boolean {
  const refRow = rule.row + (row - area.top);
  const refCol = rule.colAbsolute ? rule.col : rule.col + (col - area.left);
  const value = valueAt(refRow, refCol);
  if (typeof value !== "number") return false;
  const lag = -value;
  return lag >= rule.min && (rule.max === null || lag < rule.max);
}
