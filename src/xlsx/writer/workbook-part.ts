/**
 * The workbook part (xl/workbook.xml) of a package: its sheet list read, and edited in place —
 * sheets added at the end of <sheets>, earlier report sheets removed — with the sheet indexes
 * that other elements hold (defined names' localSheetId, the window's active and first tab)
 * shifted to match. Every other byte of the part is kept.
 */
import { escapeXml } from "./xml";
import {
  attributes,
  namespaceDeclarations,
  withAttribute,
  type XmlDocument,
  type XmlElement,
} from "./xml-scan";
import {
  folderOf,
  openPart,
  readRelationships,
  relsPathOf,
  resolveTarget,
  MISSING,
  UneditablePart,
} from "../zip-parts";
import type { OutputPackage } from "./package";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  element: XmlElement;
}

/** A sheet with the part its relationship names (null when the relationship is missing). */
export interface SheetPart {
  sheet: WorkbookSheet;
  relType: string | null;
  path: string | null;
}

export interface SheetListEdit {
  /** Positions (0-based, in <sheets>) of the sheets to remove. */
  remove: Set<number>;
  /** New sheets, added after the others. */
  add: { name: string; relId: string }[];
  /**
   * Print titles (the rows repeated on every printed page) of sheets of the edited list, by
   * name: each replaces the sheet's earlier _xlnm.Print_Titles name, if any.
   */
  printTitles?: { sheet: string; formula: string }[];
}

const PRINT_TITLES = "_xlnm.Print_Titles";

/** A text edit: replace [start, end) by `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

export class WorkbookPart {
  private readonly doc: XmlDocument;
  private readonly sheetsElement: XmlElement;
  /** The prefix the workbook binds to the relationships namespace (usually "r"), if any. */
  private readonly relPrefix: string | null;
  readonly sheets: WorkbookSheet[];

  constructor(
    private readonly pkg: OutputPackage,
    readonly path: string
  ) {
    const doc = openPart(pkg, path, "workbook", MAIN_NS);
    if (!doc) throw new UneditablePart(path, MISSING);
    this.doc = doc;
    const sheets = doc.child(doc.root, "sheets");
    if (!sheets)
      throw new UneditablePart(path, { "zh-CN": "没有 <sheets> 元素", en: "no <sheets> element" });
    this.sheetsElement = sheets;
    const rootNs = namespaceDeclarations(doc.startTag(doc.root));
    this.relPrefix = [...rootNs].find(([p, uri]) => p && uri === REL_NS)?.[0] ?? null;
    this.sheets = doc.children(sheets, "sheet").map((element) => this.readSheet(element, rootNs));
  }

  private readSheet(element: XmlElement, rootNs: Map<string, string>): WorkbookSheet {
    const tag = this.doc.startTag(element);
    const a = attributes(tag);
    const ns = new Map([...rootNs, ...namespaceDeclarations(tag)]);
    const idName = [...a.keys()].find((n) => {
      const [prefix, local] = n.split(":");
      return local === "id" && ns.get(prefix) === REL_NS;
    });
    const name = a.get("name");
    const sheetId = Number(a.get("sheetId"));
    if (name === undefined || !idName || !Number.isInteger(sheetId))
      throw new UneditablePart(this.path, {
        "zh-CN": `工作表条目缺少 name、sheetId 或 r:id：${tag}`,
        en: `a <sheet> without name, sheetId or r:id: ${tag}`,
      });
    return { name, sheetId, relId: a.get(idName)!, element };
  }

  /** Each sheet with its part, through the workbook's relationships. */
  sheetParts(): SheetPart[] {
    const rels = readRelationships(this.pkg, relsPathOf(this.path));
    return this.sheets.map((sheet) => {
      const rel = rels.find((r) => r.id === sheet.relId && !r.external);
      if (!rel) return { sheet, relType: null, path: null };
      const path = resolveTarget(folderOf(this.path), rel.target);
      return { sheet, relType: rel.type, path: this.pkg.storedName(path) ?? path };
    });
  }

  /** Applies the edit to the package's copy of the part. */
  edit(edit: SheetListEdit): void {
    const splices: Splice[] = [];
    for (const i of edit.remove) {
      const { element } = this.sheets[i];
      splices.push({ start: element.tag.start, end: element.end, text: "" });
    }
    let nextId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    const idAttribute = this.relPrefix ? `${this.relPrefix}:id` : `xmlns:r="${REL_NS}" r:id`;
    const added = edit.add
      .map(
        (s) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${nextId++}" ${idAttribute}="${s.relId}"/>`
      )
      .join("");
    if (added) splices.push(this.insertion(added));
    const titles = this.printTitlesByIndex(edit);
    splices.push(...this.shiftIndexes(edit, new Set(titles.keys())));
    if (titles.size > 0) splices.push(this.definedNamesInsertion(titles));
    let xml = this.doc.xml;
    for (const s of splices.sort((a, b) => b.start - a.start))
      xml = xml.slice(0, s.start) + s.text + xml.slice(s.end);
    this.pkg.setText(this.path, xml);
  }

  /** The splice adding `xml` at the end of <sheets>. */
  private insertion(xml: string): Splice {
    const { tag, contentEnd } = this.sheetsElement;
    if (tag.kind !== "empty") return { start: contentEnd, end: contentEnd, text: xml };
    const open = this.doc.xml.slice(tag.start, tag.end - 2).replace(/\s+$/, "");
    return { start: tag.start, end: tag.end, text: `${open}>${xml}</${tag.name}>` };
  }

  /** Final sheet position → print titles formula. */
  private printTitlesByIndex(edit: SheetListEdit): Map<number, string> {
    const finalNames = [
      ...this.sheets.filter((_, i) => !edit.remove.has(i)).map((s) => s.name),
      ...edit.add.map((s) => s.name),
    ];
    const titles = new Map<number, string>();
    for (const { sheet, formula } of edit.printTitles ?? []) {
      const i = finalNames.indexOf(sheet);
      if (i >= 0) titles.set(i, formula);
    }
    return titles;
  }

  /** The splice adding the print titles: into <definedNames>, or a new one after <sheets> and what may follow it. */
  private definedNamesInsertion(titles: Map<number, string>): Splice {
    const names = [...titles]
      .sort(([a], [b]) => a - b)
      .map(
        ([i, formula]) =>
          `<definedName name="${PRINT_TITLES}" localSheetId="${i}">${escapeXml(formula)}</definedName>`
      )
      .join("");
    const doc = this.doc;
    const existing = doc.child(doc.root, "definedNames");
    if (existing) {
      const { tag, contentEnd } = existing;
      if (tag.kind !== "empty") return { start: contentEnd, end: contentEnd, text: names };
      const open = doc.xml.slice(tag.start, tag.end - 2).replace(/\s+$/, "");
      return { start: tag.start, end: tag.end, text: `${open}>${names}</${tag.name}>` };
    }
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames, calcPr…
    const before = ["externalReferences", "functionGroups", "sheets"]
      .map((n) => doc.child(doc.root, n))
      .find((e): e is XmlElement => e !== null)!;
    return { start: before.end, end: before.end, text: `<definedNames>${names}</definedNames>` };
  }

  /**
   * Sheet positions held elsewhere in the part, renumbered after removing sheets: names scoped
   * to a removed sheet go with it; later positions move down. The print titles of the sheets in
   * `newTitles` (final positions) go too: they are written anew.
   */
  private shiftIndexes(edit: SheetListEdit, newTitles: Set<number>): Splice[] {
    const doc = this.doc;
    const removed = [...edit.remove];
    const remaining = this.sheets.length - removed.length + edit.add.length;
    const shifted = (i: number) => i - removed.filter((r) => r < i).length;
    const splices: Splice[] = [];
    const names = doc.child(doc.root, "definedNames");
    for (const name of names ? doc.children(names, "definedName") : []) {
      const tag = doc.startTag(name);
      const scope = attributes(tag).get("localSheetId");
      if (scope === undefined) continue;
      const i = Number(scope);
      const replaced = attributes(tag).get("name") === PRINT_TITLES && newTitles.has(shifted(i));
      if (edit.remove.has(i) || replaced)
        splices.push({ start: name.tag.start, end: name.end, text: "" });
      else if (shifted(i) !== i)
        splices.push({
          start: name.tag.start,
          end: name.tag.end,
          text: withAttribute(tag, "localSheetId", String(shifted(i))),
        });
    }
    const views = doc.child(doc.root, "bookViews");
    for (const view of views ? doc.children(views, "workbookView") : []) {
      let tag = doc.startTag(view);
      for (const attr of ["activeTab", "firstSheet"]) {
        const value = attributes(tag).get(attr);
        if (value === undefined) continue;
        const i = Math.min(shifted(Number(value)), Math.max(0, remaining - 1));
        if (i !== Number(value)) tag = withAttribute(tag, attr, String(i));
      }
      if (tag !== doc.startTag(view))
        splices.push({ start: view.tag.start, end: view.tag.end, text: tag });
    }
    return splices;
  }
}
