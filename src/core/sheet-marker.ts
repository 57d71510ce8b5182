/**
 * How Taizhang marks the sheets it writes — ONE format for the CLI (.xlsx writer) and the add-in
 * (Office.js), so either recognises the other's sheets and a re-run replaces them instead of
 * adding "(2)" copies, and never touches a user's sheet:
 *
 *   a custom document property per sheet, name "Taizhang:<sheet name>", text value = the
 *   SheetSpec key ("summary:sector", "list:behind", "reconcile", "consolidated", …).
 *
 * In the file it is docProps/custom.xml (<property name="Taizhang:汇总-行业"><vt:lpwstr>…);
 * in Office.js, workbook.properties.custom (ExcelApi 1.7). Names compare case-insensitively,
 * as Excel compares sheet names and custom property keys. Renaming a marked sheet makes it the
 * user's (the marker names the old name). The add-in additionally keeps the worksheet ids of its
 * sheets in the setting "taizhang.sheets", which survives renames inside Excel.
 */
export const MARKER_PREFIX = "Taizhang:";

/** The property name that marks a sheet. */
export function markerName(sheetName: string): string {
  return `${MARKER_PREFIX}${sheetName}`;
}

/** Hosts keep at most 255 characters of a custom property's value (Excel's limit). */
export const MAX_MARKER_VALUE = 255;

/** The marker's value for a spec key ("letter:<a very long unit name>" is cut to fit). */
export function markerValue(key: string): string {
  return key.length > MAX_MARKER_VALUE ? key.slice(0, MAX_MARKER_VALUE) : key;
}

/** The sheet a property name marks, or null when it is not a marker. */
export function markedSheetName(propertyName: string): string | null {
  return propertyName.toLowerCase().startsWith(MARKER_PREFIX.toLowerCase())
    ? propertyName.slice(MARKER_PREFIX.length)
    : null;
}

export function sameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
