/**
 * The sheet markers (format: src/core/sheet-marker.ts) in an .xlsx package: custom document
 * properties in docProps/custom.xml, read and written with plain string edits (exceljs drops them).
 */
import type JSZip from "jszip";
import {
  addContentTypeOverride,
  addRelationship,
  attribute,
  readRelationships,
  readText,
  REL_TYPES,
  unescapeXml,
} from "./zip-parts";
import { escapeXml } from "./chart-xml";
import { MARKER_PREFIX, markedSheetName, markerName, markerValue } from "../core/sheet-marker";

export { MARKER_PREFIX };
const CUSTOM_PATH = "docProps/custom.xml";
const CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** One <property> element, kept as raw XML so properties of other types survive untouched. */
export interface RawProperty {
  name: string;
  xml: string;
}

async function readRawProperties(zip: JSZip): Promise<RawProperty[]> {
  const xml = (await readText(zip, CUSTOM_PATH)) ?? "";
  return (xml.match(/<property\b[\s\S]*?<\/property>/g) ?? []).map((p) => ({
    name: attribute(p, "name") ?? "",
    xml: p,
  }));
}

/** Sheet name → spec key of the sheets a previous run wrote. */
export async function readSheetMarkers(zip: JSZip): Promise<Map<string, string>> {
  const markers = new Map<string, string>();
  for (const p of await readCustomProperties(zip)) {
    const sheet = markedSheetName(p.name);
    if (sheet !== null) markers.set(sheet, p.value ?? "");
  }
  return markers;
}

/** Every custom property with its text value (null for other types: numbers, dates, booleans). */
export async function readCustomProperties(
  zip: JSZip
): Promise<{ name: string; value: string | null }[]> {
  return (await readRawProperties(zip)).map((p) => {
    const value = /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(p.xml);
    return { name: p.name, value: value ? unescapeXml(value[1]) : null };
  });
}

/**
 * Writes the custom properties of `target`: the user's own properties from `original` (exceljs
 * drops them on load) plus one marker per sheet we wrote; old markers are replaced.
 */
export async function writeSheetMarkers(
  target: JSZip,
  original: JSZip | null,
  sheets: { name: string; key: string }[]
): Promise<void> {
  const kept = (original ? await readRawProperties(original) : []).filter(
    (p) => markedSheetName(p.name) === null
  );
  const ours = sheets.map((s) => ({ name: markerName(s.name), value: markerValue(s.key) }));
  await writeCustomProperties(target, kept, ours);
}

/** Writes docProps/custom.xml: raw properties kept as they were, then text properties. */
export async function writeCustomProperties(
  target: JSZip,
  kept: RawProperty[],
  ours: { name: string; value: string }[]
): Promise<void> {
  if (kept.length === 0 && ours.length === 0) return;
  let pid = 2; // pids start at 2 by convention
  const renumber = (xml: string) => xml.replace(/\spid="\d+"/, ` pid="${pid++}"`);
  const body =
    kept.map((p) => renumber(p.xml)).join("") +
    ours
      .map(
        (p) =>
          `<property fmtid="${FMTID}" pid="${pid++}" name="${escapeXml(p.name)}"><vt:lpwstr>${escapeXml(p.value)}</vt:lpwstr></property>`
      )
      .join("");
  target.file(
    CUSTOM_PATH,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${body}</Properties>`
  );
  await addContentTypeOverride(target, `/${CUSTOM_PATH}`, CUSTOM_CONTENT_TYPE);
  if (
    !(await readRelationships(target, "_rels/.rels")).some(
      (r) => r.type === REL_TYPES.customProperties
    )
  ) {
    await addRelationship(target, "_rels/.rels", REL_TYPES.customProperties, CUSTOM_PATH);
  }
}
