/**
 * The same opt-in annotations as the Excel add-in (src/excel/annotate.ts), over WPS: two mark
 * columns right of the used range (status, variance points) written as one Value2 block, and one
 * expression condition per colour band carrying the marker N("taizhang")=0. The record of what was
 * written ("taizhang.annotations", a JSON record in the document properties) lets
 * clearAnnotations() remove exactly that: our conditions, and mark cells that still hold our marks.
 */
import type { AnnotateOptions, AnnotateResult } from "../app/host";
import type { CheckReport } from "../core/index";
import { ourMarkAreas, placeAnnotations } from "../app/annotation-marks";
import { areaAddress } from "../core/index";
import { ANNOTATION_MARK, annotationFormula } from "../core/index";
import { sheetProtected } from "../app/host-errors";
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
  const sheet = sheetNamed(workbook, sheetNames(workbook), report.ledger.sheetName);
  const name = sheet.Name;
  if (sheet.ProtectContents) throw sheetProtected(name);
  const used = sheet.UsedRange;
  const left = used.Column - 1;
  const table = { left, right: left + used.Columns.Count - 1 };
  const place = placeAnnotations(report, name, table, options);
  if (place === null) return { sheet: name, columns: ["", ""], marked: 0, highlightBands: 0 };

  sheet.Range(areaAddress(place.markArea)).Value2 = place.marks;
  if (place.highlight) {
    const conditions = sheet.Range(areaAddress(place.highlight)).FormatConditions;
    for (const band of place.bands) {
      const condition = conditions.Add(2, undefined, annotationFormula(place.pointsCell, band));
      condition.Interior.Color = bgr(band.fill);
      condition.Font.Color = bgr(band.font);
    }
  }
  const record: AnnotationRecord = {
    sheetName: name,
    markArea: areaAddress(place.markArea),
    highlightArea: place.highlight ? areaAddress(place.highlight) : null,
    headers: place.headers,
  };
  writeRecord(workbook, readProperties(workbook), ANNOTATIONS_RECORD, record);
  return {
    sheet: name,
    columns: place.columns,
    marked: report.projects.length,
    highlightBands: place.bands.length,
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
