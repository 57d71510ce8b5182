/**
 * An .xlsx loaded as an exceljs model, after the package checks, for tests that inspect written
 * workbooks through an independent reader (the command never loads exceljs). Any exceljs
 * failure reads as corruption.
 */
import ExcelJS from "exceljs";
import { corruptPackage } from "./package-problems";
import { openXlsxPackage } from "./open-package";
import { inflateWithZlib } from "./reader/inflate-node";
import { OpcPackage } from "./reader/opc-package";
import { parseWorkbook } from "./reader/workbook-xml";
import { ZIP_LIMITS } from "./zip-limits";

export async function loadExceljsWorkbook(file: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  await openXlsxPackage(file, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw corruptPackage(file);
  }
  // exceljs decodes XML entities in sheet names twice ("A&amp;B" typed by the user comes back as
  // "A&B"): take the names from workbook.xml, so --append keeps the real ones.
  const pkg = OpcPackage.open(file, bytes, { inflate: inflateWithZlib, limits: ZIP_LIMITS });
  const xml = pkg.read("xl/workbook.xml");
  const names = new Map(xml ? parseWorkbook(xml).sheets.map((s) => [s.sheetId, s.name]) : []);
  for (const ws of workbook.worksheets) {
    const name = names.get(String(ws.id));
    if (name !== undefined && name !== ws.name) ws.name = name;
  }
  return workbook;
}
