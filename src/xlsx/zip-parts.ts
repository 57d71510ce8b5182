/**
 * The package's index parts, read and edited in place: relationships (.rels) and content types.
 * Every edit inserts or removes whole elements and leaves the rest of the part as it was
 * written. A part that is not plain, well-formed OPC markup is refused (UneditablePart).
 */
import type { OutputPackage } from "./writer/package";
import { attributes, XmlDocument, XmlScanError, type XmlElement } from "./writer/xml-scan";
import { escapeXml, XML_DECLARATION } from "./writer/xml";
import { ZipEntryError } from "./writer/zip-entries";
import type { LocalText } from "../core/index";

const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPES = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  worksheet: `${OFFICE_REL}/worksheet`,
  styles: `${OFFICE_REL}/styles`,
  sharedStrings: `${OFFICE_REL}/sharedStrings`,
  theme: `${OFFICE_REL}/theme`,
  drawing: `${OFFICE_REL}/drawing`,
  chart: `${OFFICE_REL}/chart`,
  customProperties: `${OFFICE_REL}/custom-properties`,
  extendedProperties: `${OFFICE_REL}/extended-properties`,
  coreProperties:
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
} as const;

export const CONTENT_TYPES_PART = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";

/** A part of the user's package that cannot be edited without risk; --append refuses it. */
export class UneditablePart extends Error {
  constructor(
    readonly part: string,
    readonly reason: LocalText
  ) {
    super(`${part}: ${reason.en}`);
  }
}

export const MISSING: LocalText = { "zh-CN": "缺少这一部件", en: "the part is missing" };

/**
 * Scans a part and checks its root element: unprefixed, in the expected namespace. Anything
 * else (another prefix, a Strict OOXML namespace, broken XML) is an UneditablePart.
 */
export function openPart(
  pkg: OutputPackage,
  part: string,
  rootName: string,
  namespace: string
): XmlDocument | null {
  let text: string | null;
  try {
    text = pkg.text(part);
  } catch (error) {
    if (error instanceof ZipEntryError) throw new UneditablePart(part, error.reason);
    throw error;
  }
  if (text === null) return null;
  let doc: XmlDocument;
  try {
    doc = new XmlDocument(text);
  } catch (error) {
    const detail = (error as XmlScanError).message;
    throw new UneditablePart(part, {
      "zh-CN": `XML 格式有误：${detail}`,
      en: `malformed XML: ${detail}`,
    });
  }
  const root = doc.root;
  if (root.tag.name !== rootName)
    throw new UneditablePart(part, {
      "zh-CN": `根元素是 <${root.tag.name}>，应为 <${rootName}>（不支持带前缀的写法）`,
      en: `root element <${root.tag.name}>, expected <${rootName}> (prefixed markup is not supported)`,
    });
  const ns = attributes(doc.startTag(root)).get("xmlns");
  if (ns !== namespace)
    throw new UneditablePart(part, {
      "zh-CN": `命名空间是 ${ns ?? "（无）"}，应为 ${namespace}`,
      en: `namespace ${ns ?? "(none)"}, expected ${namespace}`,
    });
  return doc;
}

/** Inserts `xml` at the end of an element's content (an empty element is opened up). */
export function appendInto(doc: XmlDocument, element: XmlElement, xml: string): string {
  if (!xml) return doc.xml;
  const { tag } = element;
  if (tag.kind === "empty") {
    const open = doc.xml.slice(tag.start, tag.end - 2).replace(/\s+$/, "");
    return `${doc.xml.slice(0, tag.start)}${open}>${xml}</${tag.name}>${doc.xml.slice(tag.end)}`;
  }
  return doc.xml.slice(0, element.contentEnd) + xml + doc.xml.slice(element.contentEnd);
}

/** The text with the given elements cut out. */
export function withoutElements(xml: string, elements: XmlElement[]): string {
  let out = "";
  let at = 0;
  for (const e of [...elements].sort((a, b) => a.tag.start - b.tag.start)) {
    out += xml.slice(at, e.tag.start);
    at = e.end;
  }
  return out + xml.slice(at);
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  element: XmlElement;
}

export function readRelationships(pkg: OutputPackage, relsPath: string): Relationship[] {
  const doc = openPart(pkg, relsPath, "Relationships", RELS_NS);
  if (!doc) return [];
  return doc.children(doc.root, "Relationship").map((element) => {
    const a = attributes(doc.startTag(element));
    return {
      id: a.get("Id") ?? "",
      type: a.get("Type") ?? "",
      target: a.get("Target") ?? "",
      external: a.get("TargetMode") === "External",
      element,
    };
  });
}

/** Adds a relationship to a .rels part (creating it); returns the new id. */
export function addRelationship(
  pkg: OutputPackage,
  relsPath: string,
  type: string,
  target: string
): string {
  const existing = readRelationships(pkg, relsPath);
  const used = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const doc = openPart(pkg, relsPath, "Relationships", RELS_NS);
  if (doc) pkg.setText(relsPath, appendInto(doc, doc.root, entry));
  else {
    pkg.setText(
      relsPath,
      `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${entry}</Relationships>`
    );
    ensureDefaultContentType(pkg, "rels", RELS_CONTENT_TYPE);
  }
  return id;
}

/** Removes relationships by id from a .rels part (the part goes when none is left). */
export function removeRelationships(pkg: OutputPackage, relsPath: string, ids: Set<string>): void {
  const doc = openPart(pkg, relsPath, "Relationships", RELS_NS);
  if (!doc) return;
  const all = doc.children(doc.root, "Relationship");
  const gone = all.filter((e) => ids.has(attributes(doc.startTag(e)).get("Id") ?? ""));
  if (gone.length === 0) return;
  if (gone.length === all.length && doc.children(doc.root).length === all.length)
    pkg.delete(relsPath);
  else pkg.setText(relsPath, withoutElements(doc.xml, gone));
}

function contentTypes(pkg: OutputPackage): XmlDocument {
  const doc = openPart(pkg, CONTENT_TYPES_PART, "Types", TYPES_NS);
  if (!doc) throw new UneditablePart(CONTENT_TYPES_PART, MISSING);
  return doc;
}

/** The content type the package gives a part (its Override, else its extension's Default). */
export function contentTypeOf(pkg: OutputPackage, partName: string): string | null {
  const doc = contentTypes(pkg);
  const wanted = `/${partName}`.toLowerCase();
  for (const e of doc.children(doc.root, "Override")) {
    const a = attributes(doc.startTag(e));
    if ((a.get("PartName") ?? "").toLowerCase() === wanted) return a.get("ContentType") ?? null;
  }
  const ext = partName.slice(partName.lastIndexOf(".") + 1).toLowerCase();
  for (const e of doc.children(doc.root, "Default")) {
    const a = attributes(doc.startTag(e));
    if ((a.get("Extension") ?? "").toLowerCase() === ext) return a.get("ContentType") ?? null;
  }
  return null;
}

export function addContentTypeOverride(pkg: OutputPackage, partName: string, type: string): void {
  const doc = contentTypes(pkg);
  const wanted = `/${partName}`.toLowerCase();
  const exists = doc
    .children(doc.root, "Override")
    .some((e) => (attributes(doc.startTag(e)).get("PartName") ?? "").toLowerCase() === wanted);
  if (exists) return;
  const entry = `<Override PartName="/${escapeXml(partName)}" ContentType="${type}"/>`;
  pkg.setText(CONTENT_TYPES_PART, appendInto(doc, doc.root, entry));
}

export function removeContentTypeOverrides(pkg: OutputPackage, partNames: Iterable<string>): void {
  const doc = contentTypes(pkg);
  const names = new Set([...partNames].map((p) => `/${p}`.toLowerCase()));
  const gone = doc
    .children(doc.root, "Override")
    .filter((e) => names.has((attributes(doc.startTag(e)).get("PartName") ?? "").toLowerCase()));
  if (gone.length > 0) pkg.setText(CONTENT_TYPES_PART, withoutElements(doc.xml, gone));
}

function ensureDefaultContentType(pkg: OutputPackage, extension: string, type: string): void {
  const doc = contentTypes(pkg);
  const exists = doc
    .children(doc.root, "Default")
    .some((e) => (attributes(doc.startTag(e)).get("Extension") ?? "").toLowerCase() === extension);
  if (!exists)
    pkg.setText(
      CONTENT_TYPES_PART,
      appendInto(doc, doc.root, `<Default Extension="${extension}" ContentType="${type}"/>`)
    );
}

/** The .rels path of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The folder of a part, with its trailing slash ("" at the package root). */
export function folderOf(partPath: string): string {
  return partPath.slice(0, partPath.lastIndexOf("/") + 1);
}

/** Resolves a relationship target relative to the folder of its source part. */
export function resolveTarget(baseFolder: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: the target is the name.
  }
  if (decoded.startsWith("/")) return decoded.slice(1);
  const parts = baseFolder.split("/").filter(Boolean);
  for (const segment of decoded.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The smallest N such that `${prefix}${N}.xml` is not in the package. */
export function nextPartNumber(pkg: OutputPackage, prefix: string): number {
  let n = 1;
  while (pkg.has(`${prefix}${n}.xml`)) n++;
  return n;
}
