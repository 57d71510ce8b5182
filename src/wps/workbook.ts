/**
 * Reaching the workbook through WPS's Application, with clear errors for what stands in the way:
 * no workbook open, an old WPS lacking a member, a missing sheet.
 */
import type { WpsApplication, WpsWorkbook, WpsWorksheet } from "./wps-api";
import { sheetNotFound } from "../app/host-errors";
import { noWorkbook, oldWps } from "./messages";

export function activeWorkbook(app: WpsApplication): WpsWorkbook {
  const workbook = app.ActiveWorkbook;
  if (!workbook) throw noWorkbook();
  return workbook;
}

/** Fails with the "old WPS" message when `owner[member]` is not there. */
export function need<T extends object>(
  app: WpsApplication,
  owner: T,
  member: keyof T & string,
  label: string
): void {
  if (owner[member] === undefined || owner[member] === null) throw oldWps(label, app.Version);
}

/** Sheet names in tab order (one call per sheet: COM has no bulk list). */
export function sheetNames(workbook: WpsWorkbook): string[] {
  const sheets = workbook.Worksheets;
  const names: string[] = [];
  for (let i = 1, n = sheets.Count; i <= n; i++) names.push(sheets.Item(i).Name);
  return names;
}

export function sheetNamed(workbook: WpsWorkbook, names: string[], name: string): WpsWorksheet {
  const index = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (index < 0) throw sheetNotFound(name);
  return workbook.Worksheets.Item(index + 1);
}

/** "#RRGGBB" → the BGR number COM colours are (0xBBGGRR). */
export function bgr(hex: string): number {
  const rgb = parseInt(hex.replace("#", ""), 16);
  return ((rgb & 0xff) << 16) | (rgb & 0xff00) | ((rgb >> 16) & 0xff);
}
