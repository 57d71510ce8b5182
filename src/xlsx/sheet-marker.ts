/**
 * The sheet markers (format: src/core/sheet-marker.ts) in an .xlsx package: custom document
 * properties in docProps/custom.xml. Our markers are replaced; every other property is kept
 * exactly as written.
 */
import { MARKER_PREFIX, markedSheetName, markerName, markerValue } from "../core/index";
import type { OutputPackage } from "./writer/package";
import {
  attributes,
  namespaceDeclarations,
  type XmlDocument,
  type XmlElement,
} from "./writer/xml-scan";
import { escapeXml, unescapeXml, XML_DECLARATION } from "./writer/xml";
import {
  addContentTypeOverride,
  addRelationship,
  appendInto,
  openPart,
  readRelationships,
  REL_TYPES,
  resolveTarget,
  withoutElements,
} from "./zip-parts";

export { MARKER_PREFIX };
const DEFAULT_PATH = "docProps/custom.xml";
const CUSTOM_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";
const ROOT_RELS = "_rels/.rels";

export interface CustomProperty {
  name: string;
  /** The text value; null for other types (numbers, dates, booleans). */
  value: string | null;
  pid: number;
  element: XmlElement;
}

interface CustomPart {
  path: string;
  /** Null when the package has no custom properties yet. */
  doc: XmlDocument | null;
  properties: CustomProperty[];
}

function customPart(pkg: OutputPackage): CustomPart {
  const rel = readRelationships(pkg, ROOT_RELS).find(
    (r) => r.type === REL_TYPES.customProperties && !r.external
  );
  const path = rel ? resolveTarget("", rel.target) : DEFAULT_PATH;
  const doc = openPart(pkg, path, "Properties", CUSTOM_NS);
  if (!doc) return { path, doc: null, properties: [] };
  const vt = prefixOf(doc, VT_NS) ?? "vt";
  const properties = doc.children(doc.root, "property").map((element) => {
    const a = attributes(doc.startTag(element));
    const body = doc.xml.slice(element.tag.end, element.contentEnd);
    const text = new RegExp(`^\\s*<${vt}:lpwstr>([\\s\\S]*?)</${vt}:lpwstr>`).exec(body);
    return {
      name: a.get("name") ?? "",
      value: text ? unescapeXml(text[1]) : null,
      pid: Number(a.get("pid") ?? 0),
      element,
    };
  });
  return { path, doc, properties };
}

function prefixOf(doc: XmlDocument, namespace: string): string | null {
  for (const [prefix, uri] of namespaceDeclarations(doc.startTag(doc.root)))
    if (uri === namespace && prefix) return prefix;
  return null;
}

/** Every custom property with its text value. */
export function readCustomProperties(pkg: OutputPackage): { name: string; value: string | null }[] {
  return customPart(pkg).properties.map(({ name, value }) => ({ name, value }));
}

/** Sheet name → spec key of the sheets a previous run wrote. */
export function readSheetMarkers(pkg: OutputPackage): Map<string, string> {
  const markers = new Map<string, string>();
  for (const p of customPart(pkg).properties) {
    const sheet = markedSheetName(p.name);
    if (sheet !== null) markers.set(sheet, p.value ?? "");
  }
  return markers;
}

/** Replaces our markers by one per sheet written now; the user's properties stay as they are. */
export function writeSheetMarkers(
  pkg: OutputPackage,
  sheets: { name: string; key: string }[]
): void {
  writeCustomProperties(
    pkg,
    sheets.map((s) => ({ name: markerName(s.name), value: markerValue(s.key) })),
    (p) => markedSheetName(p.name) !== null
  );
}

/**
 * Adds text properties to the package, first removing the properties `replaces` picks; creates
 * docProps/custom.xml (with its relationship and content type) when the package has none.
 */
export function writeCustomProperties(
  pkg: OutputPackage,
  added: { name: string; value: string }[],
  replaces: (p: CustomProperty) => boolean = () => false
): void {
  const { path, doc, properties } = customPart(pkg);
  const replaced = properties.filter(replaces);
  if (added.length === 0 && replaced.length === 0) return;
  const vt = (doc && prefixOf(doc, VT_NS)) ?? (doc ? null : "vt");
  let pid = Math.max(1, ...properties.map((p) => (Number.isFinite(p.pid) ? p.pid : 0))) + 1;
  const value = (text: string) =>
    vt
      ? `<${vt}:lpwstr>${escapeXml(text)}</${vt}:lpwstr>`
      : `<vt:lpwstr xmlns:vt="${VT_NS}">${escapeXml(text)}</vt:lpwstr>`;
  const xml = added
    .map(
      (p) =>
        `<property fmtid="${FMTID}" pid="${pid++}" name="${escapeXml(p.name)}">${value(p.value)}</property>`
    )
    .join("");
  if (doc) {
    // Appended after every property, so the removed ones keep their offsets.
    const appended = appendInto(doc, doc.root, xml);
    pkg.setText(
      path,
      withoutElements(
        appended,
        replaced.map((p) => p.element)
      )
    );
    return;
  }
  pkg.setText(
    path,
    `${XML_DECLARATION}<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${xml}</Properties>`
  );
  addContentTypeOverride(pkg, path, CUSTOM_CONTENT_TYPE);
  if (!readRelationships(pkg, ROOT_RELS).some((r) => r.type === REL_TYPES.customProperties))
    addRelationship(pkg, ROOT_RELS, REL_TYPES.customProperties, path);
}
