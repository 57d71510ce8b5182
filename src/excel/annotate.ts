/**
 * Opt-in annotations on the user's ledger that never change a cell the user typed:
 *  - two mark columns right of the used range (empty cells by definition): each project's
 *    status and its variance in points;
 *  - conditional formats (one per colour band) over the project rows, keyed on the points
 *    column, carrying the marker N("taizhang")=0 so they can be told apart from the user's.
 * What was annotated is recorded in the setting "taizhang.annotations"; clearAnnotationsIn()
 * removes exactly that: our conditional formats and mark cells that still hold our marks.
 */
import type { AnnotateOptions, AnnotateResult } from "../app/host";
import type { CheckReport } from "../core/index";
import { ourMarkAreas, placeAnnotations } from "../app/annotation-marks";
import { areaAddress, parseAreaAddress } from "../core/index";
import { ANNOTATION_MARK, annotationFormula } from "../core/index";
import { sheetNotFound, sheetProtected } from "../app/host-errors";
import { storedValue } from "./settings";
import { type ExcelSession, officeErrorCode } from "./session";

export type { AnnotateOptions, AnnotateResult };

export const ANNOTATIONS_SETTING = "taizhang.annotations";

interface AnnotationRecord {
  sheetId: string;
  sheetName: string;
  /** Status and points columns, header row included (A1 address without sheet). */
  markArea: string;
  /** Where the conditional formats apply. */
  highlightArea: string | null;
  /** Header texts written above the marks. */
  headers: string[];
}

export async function annotateIn(
  session: ExcelSession,
  report: CheckReport,
  options: AnnotateOptions = {}
): Promise<AnnotateResult> {
  await clearAnnotationsIn(session);
  const { context } = session;
  const sheet = context.workbook.worksheets
    .getItemOrNullObject(report.ledger.sheetName)
    .load("id,name");
  const protection = sheet.protection.load("protected");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  await session.sync();
  if (sheet.isNullObject) throw sheetNotFound(report.ledger.sheetName);
  if (protection.protected) throw sheetProtected(sheet.name);
  const place = used.isNullObject
    ? null
    : placeAnnotations(report, sheet.name, parseAreaAddress(used.address), options);
  if (place === null) return { sheet: sheet.name, columns: ["", ""], marked: 0, highlightBands: 0 };

  sheet.getRange(areaAddress(place.markArea)).values = place.marks;
  const highlight = place.highlight;
  if (highlight)
    for (const band of place.bands) {
      const format = sheet.getRange(areaAddress(highlight)).conditionalFormats.add("Custom");
      format.custom.rule.formula = annotationFormula(place.pointsCell, band);
      format.custom.format.fill.color = band.fill;
      format.custom.format.font.color = band.font;
    }
  const record: AnnotationRecord = {
    sheetId: sheet.id,
    sheetName: sheet.name,
    markArea: areaAddress(place.markArea),
    highlightArea: place.highlight ? areaAddress(place.highlight) : null,
    headers: place.headers,
  };
  context.workbook.settings.add(ANNOTATIONS_SETTING, record);
  await session.sync();
  return {
    sheet: sheet.name,
    columns: place.columns,
    marked: report.projects.length,
    highlightBands: place.bands.length,
  };
}

/** Removes what annotateIn() added; returns false when there was nothing to remove. At most 4 syncs. */
export async function clearAnnotationsIn(session: ExcelSession): Promise<boolean> {
  const { context } = session;
  const setting = context.workbook.settings.getItemOrNullObject(ANNOTATIONS_SETTING).load("value");
  await session.sync();
  const record = storedValue(setting) as AnnotationRecord | null;
  if (!record) return false;

  const sheet = context.workbook.worksheets.getItemOrNullObject(record.sheetId).load("name");
  const protection = sheet.protection.load("protected");
  const marks = sheet.getRange(record.markArea).load("formulas");
  const formats = record.highlightArea
    ? sheet.getRange(record.highlightArea).conditionalFormats.load("items/type")
    : null;
  const found = await session.sync().then(
    () => !sheet.isNullObject,
    (error: unknown) => {
      if (officeErrorCode(error) === "ItemNotFound") return false;
      throw error;
    }
  );
  if (!found) {
    // The annotated sheet is gone: only the record is left to remove.
    setting.delete();
    await session.sync();
    return true;
  }
  if (protection.protected) throw sheetProtected(sheet.name);

  const customs = (formats?.items ?? [])
    .filter((f) => f.type === "Custom")
    .map((f) => ({ format: f, rule: f.custom.rule.load("formula") }));
  if (customs.length > 0) await session.sync();
  for (const { format, rule } of customs)
    if (rule.formula.includes(ANNOTATION_MARK)) format.delete();

  // One clear per run of our cells (normally the whole column).
  for (const address of ourMarkAreas(record.markArea, marks.formulas, record.headers))
    sheet.getRange(address).clear("Contents");
  setting.delete();
  await session.sync();
  return true;
}
