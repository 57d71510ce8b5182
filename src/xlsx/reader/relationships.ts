/** A part's relationships (its .rels part) and how their targets name other parts. */
import { type XmlAttributes, type XmlHandler, scanXmlBytes } from "./xml-scan";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationships(bytes: Uint8Array): Relationship[] {
  const found: Relationship[] = [];
  const handler: XmlHandler = {
    wantsText: false,
    open(name: string, attributes: XmlAttributes) {
      if (name !== "Relationship") return;
      found.push({
        id: attributes.get("Id") ?? "",
        type: attributes.get("Type") ?? "",
        target: attributes.get("Target") ?? "",
        external: attributes.get("TargetMode") === "External",
      });
    },
    close() {},
    text() {},
  };
  scanXmlBytes(bytes, handler);
  return found;
}

/** The .rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * A target as a zip entry name: absolute ("/xl/worksheets/sheet1.xml", as openpyxl writes) or
 * relative to the folder of the source part (Excel's "worksheets/sheet1.xml").
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const trimmed = target.trim().replace(/\\/g, "/");
  const parts = trimmed.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1).filter(Boolean);
  for (const segment of trimmed.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The first relationship whose type ends with `/${kind}` (transitional and Strict alike). */
export function relationshipOfKind(rels: Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => !r.external && r.type.endsWith(`/${kind}`));
}
