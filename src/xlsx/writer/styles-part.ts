/**
 * The user's styles part, extended for the appended sheets: our fonts, fills, borders, number
 * formats, cell formats and differential formats go after the user's records (so every index the
 * user's cells use still means what it meant), and only the containers' count attributes change.
 */
import { STYLE_CONTAINERS, StyleTable, type StyleBase, type StyleContainer } from "./style-table";
import { attributes, withAttribute, type XmlDocument, type XmlElement } from "./xml-scan";
import { MAIN_NS } from "./workbook-part";
import { openPart, UneditablePart } from "../zip-parts";
import type { OutputPackage } from "./package";

/** CT_Stylesheet's children in schema order: a missing container goes before its successors. */
const SCHEMA_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const DEFAULT_CELL_STYLE_XFS =
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>';

export class StylesPart {
  private constructor(
    private readonly pkg: OutputPackage,
    private readonly path: string,
    private readonly doc: XmlDocument
  ) {}

  static open(pkg: OutputPackage, path: string): StylesPart | null {
    const doc = openPart(pkg, path, "styleSheet", MAIN_NS);
    if (doc?.root.tag.kind === "empty")
      throw new UneditablePart(path, { "zh-CN": "样式表是空的", en: "an empty <styleSheet/>" });
    return doc ? new StylesPart(pkg, path, doc) : null;
  }

  /** A style table numbering its records after the user's. */
  table(): StyleTable {
    const count = (name: string) => {
      const container = this.doc.child(this.doc.root, name);
      return container ? this.doc.children(container).length : 0;
    };
    const numFmts = this.doc.child(this.doc.root, "numFmts");
    const ids = (numFmts ? this.doc.children(numFmts, "numFmt") : []).map((e) =>
      Number(attributes(this.doc.startTag(e)).get("numFmtId"))
    );
    const base: StyleBase = {
      fonts: count("fonts"),
      fills: count("fills"),
      borders: count("borders"),
      cellXfs: count("cellXfs"),
      dxfs: count("dxfs"),
      maxNumFmtId: Math.max(163, ...ids.filter(Number.isFinite)),
    };
    return new StyleTable(base);
  }

  /** Writes the part with the table's records appended. */
  append(table: StyleTable): void {
    const additions = table.additions();
    const doc = this.doc;
    const splices: { at: number; end: number; text: string }[] = [];
    // Our cell formats point at cell style 0; a part without any gets the default one.
    if (!doc.child(doc.root, "cellStyleXfs") && additions.cellXfs.count > 0)
      splices.push(insertBefore(doc, "cellStyleXfs", DEFAULT_CELL_STYLE_XFS));
    for (const name of STYLE_CONTAINERS) {
      const { xml, count } = additions[name];
      if (count === 0) continue;
      const container = doc.child(doc.root, name);
      if (container) splices.push(extend(doc, container, xml, count));
      else splices.push(insertBefore(doc, name, `<${name} count="${count}">${xml}</${name}>`));
    }
    let text = doc.xml;
    // From the end, so earlier offsets stay valid; at one point the first pushed ends up first.
    const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.at - a.at || b.i - a.i);
    for (const s of ordered) text = text.slice(0, s.at) + s.text + text.slice(s.end);
    this.pkg.setText(this.path, text);
  }
}

/** The container with `xml` added at its end and its count attribute updated. */
function extend(doc: XmlDocument, container: XmlElement, xml: string, added: number) {
  const count = doc.children(container).length + added;
  const { tag } = container;
  const startTag = withAttribute(doc.startTag(container), "count", String(count));
  if (tag.kind === "empty") {
    const open = startTag.slice(0, -2).replace(/\s+$/, "");
    return { at: tag.start, end: tag.end, text: `${open}>${xml}</${tag.name}>` };
  }
  // Start tag and content end are replaced as one splice: the content between is kept.
  const content = doc.xml.slice(tag.end, container.contentEnd);
  return { at: tag.start, end: container.contentEnd, text: startTag + content + xml };
}

/** Inserts a missing container where the schema wants it. */
function insertBefore(doc: XmlDocument, name: StyleContainer | "cellStyleXfs", xml: string) {
  const later = SCHEMA_ORDER.slice(SCHEMA_ORDER.indexOf(name) + 1);
  const next = doc.children(doc.root).find((e) => later.includes(e.tag.name));
  const at = next ? next.tag.start : doc.root.contentEnd;
  return { at, end: at, text: xml };
}
