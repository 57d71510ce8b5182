/**
 * Small edits on an .xlsx zip package that exceljs cannot make: finding a sheet's part,
 * adding relationships and content-type overrides. Plain string edits on well-formed XML.
 */
import type JSZip from "jszip";
import { escapeXml } from "./chart-xml";

export const REL_TYPES = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  customProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
} as const;

const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

export async function readText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

/** Attribute value of the first match of name="…" in a tag's text. */
export function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** Worksheet name → zip path of its part ("xl/worksheets/sheet2.xml"). */
export async function sheetPartsByName(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const rels = await readRelationships(zip, "xl/_rels/workbook.xml.rels");
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "r:id");
    const target = id ? rels.find((r) => r.id === id)?.target : undefined;
    if (name !== null && target) parts.set(name, resolveTarget("xl/", target));
  }
  return parts;
}

/** sheetId → worksheet name, as workbook.xml states them (entities decoded once). */
export async function sheetNamesById(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await readText(zip, "xl/workbook.xml")) ?? "";
  const names = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, "name");
    const id = attribute(tag, "sheetId");
    if (name !== null && id !== null) names.set(id, name);
  }
  return names;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export async function readRelationships(zip: JSZip, relsPath: string): Promise<Relationship[]> {
  const xml = (await readText(zip, relsPath)) ?? "";
  return (xml.match(/<Relationship\s[^>]*>/g) ?? []).map((tag) => ({
    id: attribute(tag, "Id") ?? "",
    type: attribute(tag, "Type") ?? "",
    target: attribute(tag, "Target") ?? "",
  }));
}

/** Adds a relationship to a .rels part (creating it); returns the new id. */
export async function addRelationship(
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string
): Promise<string> {
  const existing = await readRelationships(zip, relsPath);
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const xml = await readText(zip, relsPath);
  zip.file(
    relsPath,
    xml && xml.includes("</Relationships>")
      ? xml.replace("</Relationships>", `${entry}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${entry}</Relationships>`
  );
  return id;
}

export async function addContentTypeOverride(
  zip: JSZip,
  partName: string,
  contentType: string
): Promise<void> {
  const xml = (await readText(zip, "[Content_Types].xml")) ?? "";
  if (xml.includes(`PartName="${partName}"`)) return;
  zip.file(
    "[Content_Types].xml",
    xml.replace(
      "</Types>",
      `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
    )
  );
}

/** The .rels path of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target relative to the folder of its source part. */
export function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseFolder.split("/").filter(Boolean);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== ".") parts.push(segment);
  }
  return parts.join("/");
}

/** The smallest N such that `${prefix}${N}.xml` is not in the package. */
export function nextPartNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}
