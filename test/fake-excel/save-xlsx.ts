/**
 * Node side of the fake host: saves its workbook as an .xlsx, as Excel would on Save (values,
 * formulas with their values, number formats, merges, hidden rows, custom document properties),
 * so what the add-in wrote can be handed to the CLI.
 */
import ExcelJS from "exceljs";
import { writeCustomProperties } from "../../src/xlsx/sheet-marker";
import { packageOf } from "../../src/xlsx/writer/package";
import type { FakeExcelHost } from "./host";

export async function saveHostAsXlsx(host: FakeExcelHost): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of host.state.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    const area = sheet.usedArea(true);
    if (area) {
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          const value = sheet.getValue(r, c);
          const formula = sheet.getFormula(r, c);
          if (value === undefined && formula === undefined) continue;
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = formula
            ? { formula: formula.replace(/^=/, ""), result: value as number | string }
            : (value as ExcelJS.CellValue);
          const format = sheet.numberFormats[r]?.[c];
          if (format) cell.numFmt = format;
        }
      }
    }
    for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    for (const r of sheet.hiddenRows) ws.getRow(r + 1).hidden = true;
  }
  const pkg = packageOf(Buffer.from(await workbook.xlsx.writeBuffer()));
  const text = [...host.customProperties].map(([name, value]) => ({ name, value: String(value) }));
  writeCustomProperties(pkg, text);
  return pkg.toBuffer();
}
