/**
 * The same opt-in annotations as the Excel add-in (src/excel/annotate.ts), over WPS: two mark
 * columns right of the used range (status, variance points) written as one Value2 block, and one
 * expression condition per colour band carrying the marker N("taizhang")=0. The record of what was
 * written ("taizhang.annotations", a JSON record in the document properties) lets
 * clearAnnotations() remove exactly that: our conditions, and mark cells that still hold our marks.
 */
import type { AnnotateOptions, AnnotateResult } from "../app/host";
import type { CheckReport } from "../core/index";
import { ANNOTATION_HEADERS, annotationMarks, ourMarkAreas } from "../app/annotation-marks";
import type { MergedArea } from "../core/index";
import { MAX_COL, areaAddress, columnLetters } from "../core/index";
import { ANNOTATION_MARK, annotationFormula } from "../core/index";
import { noRoomForMarks, sheetProtected } from "../app/host-errors";
import { readProperties, readRecord, writeRecord } from "./properties";
import { bgr, sheetNamed, sheetNames } from "./workbook";
import type { WpsWorkbook } from "./wps-api";

export const ANNOTATIONS_RECORD = "taizhang.annotations";

interface AnnotationRecord {
  sheetName: string;
  /** Status and points columns, header row included (A1 address). */
  markArea: string;
  /** Where the band conditions apply. */
  highlightArea: string | null;
  headers: string[];
}

export function annotateIn(
  workbook: WpsWorkbook,
  report: CheckReport,
  options: AnnotateOptions = {}
): AnnotateResult {
  clearAnnotationsIn(workbook);
  const lang = options.lang ?? "zh-CN";
  const sheet = sheetNamed(workbook, sheetNames(workbook), report.ledger.sheetName);
  const name = sheet.Name;
  if (sheet.ProtectContents) throw sheetProtected(name);
  const projects = report.projects;
  if (projects.length === 0)
    return { sheet: name, columns: ["", ""], marked: 0, highlightBands: 0 };

  const used = sheet.UsedRange;
  const tableLeft = used.Column - 1;
  const statusCol = used.Column - 1 + used.Columns.Count;
  if (statusCol + 1 > MAX_COL) throw noRoomForMarks(name);
  const rows = projects.map((p) => p.row.sheetRow - 1);
  const headerRow = report.ledger.header
    ? report.ledger.origin.row + report.ledger.header.last
    : null;
  const top = Math.min(...rows, headerRow ?? Infinity);
  const bottom = Math.max(...rows);
  const marks = annotationMarks(report, top, bottom, headerRow, lang);
  const markArea: MergedArea = { top, left: statusCol, bottom, right: statusCol + 1 };
  sheet.Range(areaAddress(markArea)).Value2 = marks;

  const bands = options.highlight === false ? [] : report.rules.colourBands;
  const firstProject = Math.min(...rows);
  const highlight: MergedArea = {
    top: firstProject,
    left: tableLeft,
    bottom,
    right: statusCol - 1,
  };
  const pointsCell = `$${columnLetters(statusCol + 1)}${firstProject + 1}`;
  const conditions = sheet.Range(areaAddress(highlight)).FormatConditions;
  for (const band of bands) {
    const condition = conditions.Add(2, undefined, annotationFormula(pointsCell, band));
    condition.Interior.Color = bgr(band.fill);
    condition.Font.Color = bgr(band.font);
  }
  const record: AnnotationRecord = {
    sheetName: name,
    markArea: areaAddress(markArea),
    highlightArea: bands.length > 0 ? areaAddress(highlight) : null,
    headers: headerRow !== null ? ANNOTATION_HEADERS[lang] : [],
  };
  writeRecord(workbook, readProperties(workbook), ANNOTATIONS_RECORD, record);
  return {
    sheet: name,
    columns: [columnLetters(statusCol), columnLetters(statusCol + 1)],
    marked: projects.length,
    highlightBands: bands.length,
  };
}

/** Removes what annotateIn() added; false when there was nothing to remove. */
export function clearAnnotationsIn(workbook: WpsWorkbook): boolean {
  const properties = readProperties(workbook);
  const record = readRecord(properties, ANNOTATIONS_RECORD) as AnnotationRecord | null;
  if (!record) return false;
  const names = sheetNames(workbook);
  if (!names.some((n) => n.toLowerCase() === record.sheetName.toLowerCase())) {
    // The annotated sheet is gone (or renamed): only the record is left to remove.
    writeRecord(workbook, properties, ANNOTATIONS_RECORD, null);
    return true;
  }
  const sheet = sheetNamed(workbook, names, record.sheetName);
  if (sheet.ProtectContents) throw sheetProtected(sheet.Name);

  if (record.highlightArea) {
    const conditions = sheet.Range(record.highlightArea).FormatConditions;
    // Backwards: deleting shifts the later ones down.
    for (let i = conditions.Count; i >= 1; i--) {
      const condition = conditions.Item(i);
      if (condition.Formula1.includes(ANNOTATION_MARK)) condition.Delete();
    }
  }
  const formulas = sheet.Range(record.markArea).Formula as string[][];
  for (const address of ourMarkAreas(record.markArea, formulas, record.headers))
    sheet.Range(address).ClearContents();
  writeRecord(workbook, properties, ANNOTATIONS_RECORD, null);
  return true;
}
