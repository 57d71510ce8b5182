/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's
 * text with its relative references moved by the distance between the two cells, as Excel shows
 * it in the cell (and as exceljs gave it before).
 */
import { columnIndex, columnLetter } from "../../core/index";
import { MAX_COLUMNS } from "./sheet-cells";

// A reference candidate: optional sheet prefix, then letters/digits/$, not a function name.
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

export function slideFormula(
  formula: string,
  from: { row: number; col: number },
  to: { row: number; col: number }
): string {
  const rows = to.row - from.row;
  const cols = to.col - from.col;
  return formula.replace(
    CANDIDATE,
    (whole: string, sheet: string | undefined, _name: string, address: string, paren: string) => {
      if (paren) return whole;
      const match = CELL.exec(address);
      if (!match) return whole;
      const [, colDollar = "", letters, rowDollar = "", digits] = match;
      const upper = letters.toUpperCase();
      // Past XFD it is a name, not a column.
      if (upper.length > 3 || (upper.length === 3 && upper > "XFD")) return whole;
      const col = columnIndex(upper) + 1 + (colDollar ? 0 : cols);
      const row = Number(digits) + (rowDollar ? 0 : rows);
      if (col < 1 || col > MAX_COLUMNS || row < 1) return whole;
      return `${sheet ?? ""}${colDollar}${columnLetter(col - 1)}${rowDollar}${row}`;
    }
  );
}
