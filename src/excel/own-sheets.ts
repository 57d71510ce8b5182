/**
 * The add-in's own output sheets: by id in the document setting "taizhang.sheets" = [{ id, key }]
 * (workbook.settings, ExcelApi 1.4), and by the sheet markers the CLI writes too (custom document
 * properties, see src/core/sheet-marker.ts). A sheet known to neither is the user's and is never
 * deleted or renamed.
 */
import { markedSheetName, markerName, markerValue, sameSheetName } from "../core/index";
import { storedValue } from "./settings";

export const OWN_SHEETS_SETTING = "taizhang.sheets";

export interface OwnSheet {
  /** Worksheet.id */
  id: string;
  /** SheetSpec key ("summary:sector", "reconcile"). */
  key: string;
}

/** Queues loading the registry; read it with ownSheetsOf() after the sync. */
export function loadOwnSheets(context: Excel.RequestContext): Excel.Setting {
  return context.workbook.settings.getItemOrNullObject(OWN_SHEETS_SETTING).load("value");
}

export function ownSheetsOf(setting: Excel.Setting): OwnSheet[] {
  const list = storedValue(setting);
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is OwnSheet => typeof e?.id === "string" && typeof e?.key === "string");
}

export function saveOwnSheets(context: Excel.RequestContext, sheets: OwnSheet[]): void {
  context.workbook.settings.add(OWN_SHEETS_SETTING, sheets);
}

// ───────────── Markers shared with the CLI (format: src/core/sheet-marker.ts) ─────────────

/** Queues loading the custom document properties (ExcelApi 1.7), where the markers live. */
export function loadMarkers(context: Excel.RequestContext): Excel.CustomPropertyCollection {
  return context.workbook.properties.custom.load("items/key,items/value");
}

/** Existing sheets that a marker names (written by the CLI, or by the add-in elsewhere). */
export function markedSheets(
  markers: Excel.CustomPropertyCollection,
  existing: { id: string; name: string }[]
): OwnSheet[] {
  const own: OwnSheet[] = [];
  for (const item of markers.items) {
    const name = markedSheetName(item.key);
    if (name === null || typeof item.value !== "string") continue;
    const sheet = existing.find((e) => sameSheetName(e.name, name));
    if (sheet) own.push({ id: sheet.id, key: item.value });
  }
  return own;
}

/** Own sheets from the id registry and from the markers, once each (the registry wins). */
export function ownSheetsIn(
  registry: Excel.Setting,
  markers: Excel.CustomPropertyCollection,
  existing: { id: string; name: string }[]
): OwnSheet[] {
  const own = ownSheetsOf(registry).filter((o) => existing.some((e) => e.id === o.id));
  for (const marked of markedSheets(markers, existing))
    if (!own.some((o) => o.id === marked.id)) own.push(marked);
  return own;
}

/**
 * Queues the markers' update: markers naming a sheet that is no longer there (replaced or
 * deleted) go; every sheet written now gets its marker (add() overwrites one of the same name).
 */
export function updateMarkers(
  context: Excel.RequestContext,
  markers: Excel.CustomPropertyCollection,
  remaining: string[],
  written: { name: string; key: string }[]
): void {
  for (const item of markers.items) {
    const name = markedSheetName(item.key);
    if (name !== null && !remaining.some((n) => sameSheetName(n, name))) item.delete();
  }
  for (const sheet of written)
    context.workbook.properties.custom.add(markerName(sheet.name), markerValue(sheet.key));
}
