/**
 * The add-in's data in the workbook's custom document properties (saved with the file, as
 * docProps/custom.xml): the sheet markers shared with the CLI and the Excel add-in
 * (src/core/sheet-marker.ts), and JSON records (settings, annotations) split into parts of at
 * most 255 characters, named "<name>.1", "<name>.2", … (a text property holds 255).
 */
import {
  MAX_MARKER_VALUE,
  markedSheetName,
  markerName,
  markerValue,
  sameSheetName,
} from "../core/index";
import type { WpsWorkbook } from "./wps-api";

export interface StoredProperty {
  name: string;
  value: unknown;
}

/** Every custom property (two calls each: COM has no bulk read). */
export function readProperties(workbook: WpsWorkbook): StoredProperty[] {
  const properties = workbook.CustomDocumentProperties;
  const all: StoredProperty[] = [];
  for (let i = 1, n = properties.Count; i <= n; i++) {
    const p = properties.Item(i);
    all.push({ name: p.Name, value: p.Value });
  }
  return all;
}

function deleteProperty(workbook: WpsWorkbook, name: string): void {
  workbook.CustomDocumentProperties.Item(name).Delete();
}

// ───────────────────────────── JSON records ─────────────────────────────

function partIndex(recordName: string, propertyName: string): number | null {
  const prefix = `${recordName}.`.toLowerCase();
  if (!propertyName.toLowerCase().startsWith(prefix)) return null;
  const n = Number(propertyName.slice(prefix.length));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The record's JSON value, or null when absent or unreadable. */
export function readRecord(all: StoredProperty[], name: string): unknown {
  const parts = all
    .map((p) => ({ index: partIndex(name, p.name), value: p.value }))
    .filter((p): p is { index: number; value: unknown } => p.index !== null)
    .sort((a, b) => a.index - b.index);
  if (parts.length === 0) return null;
  try {
    return JSON.parse(parts.map((p) => String(p.value)).join(""));
  } catch {
    return null;
  }
}

/** Replaces the record (null removes it). */
export function writeRecord(
  workbook: WpsWorkbook,
  all: StoredProperty[],
  name: string,
  value: unknown
): void {
  for (const p of all) if (partIndex(name, p.name) !== null) deleteProperty(workbook, p.name);
  if (value === null) return;
  const text = JSON.stringify(value);
  const properties = workbook.CustomDocumentProperties;
  for (let i = 0; i * MAX_MARKER_VALUE < text.length; i++)
    properties.Add(
      `${name}.${i + 1}`,
      false,
      4,
      text.slice(i * MAX_MARKER_VALUE, (i + 1) * MAX_MARKER_VALUE)
    );
}

// ───────────────────────────── Sheet markers ─────────────────────────────

/** Existing sheets a marker names, with their spec keys (WPS sheets have no stable id: names are it). */
export function markedSheets(
  all: StoredProperty[],
  existing: string[]
): { name: string; key: string }[] {
  const own: { name: string; key: string }[] = [];
  for (const p of all) {
    const name = markedSheetName(p.name);
    if (name === null || typeof p.value !== "string") continue;
    const sheet = existing.find((e) => sameSheetName(e, name));
    if (sheet && !own.some((o) => o.name === sheet)) own.push({ name: sheet, key: p.value });
  }
  return own;
}

/** Markers of sheets no longer there go; every written sheet gets its marker. */
export function updateMarkers(
  workbook: WpsWorkbook,
  all: StoredProperty[],
  remaining: string[],
  written: { name: string; key: string }[]
): void {
  for (const p of all) {
    const name = markedSheetName(p.name);
    const rewritten = name !== null && written.some((w) => sameSheetName(w.name, name));
    if (name !== null && (rewritten || !remaining.some((n) => sameSheetName(n, name))))
      deleteProperty(workbook, p.name);
  }
  for (const sheet of written)
    workbook.CustomDocumentProperties.Add(markerName(sheet.name), false, 4, markerValue(sheet.key));
}
