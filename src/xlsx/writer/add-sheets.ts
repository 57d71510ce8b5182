/**
 * Adds the report sheets to a package — a new workbook's skeleton (--out) or a copy of the
 * user's workbook (--append) — as a package edit: new sheet parts (with their charts), and only
 * the index entries that refer to them. Report sheets of an earlier run (named by our markers)
 * are replaced where they stand, or removed when this run has no sheet of that name; a user's
 * sheet is never touched, and a clash with a user's sheet name gives ours another name.
 */
import { layoutSheet, type SheetLayout, type SheetSpec } from "../../core/index";
import { sameSheetName } from "../../core/index";
import { uniqueSheetNames } from "../../core/index";
import { addLayoutChart } from "../chart-parts";
import type { LayoutChart } from "../chart-xml";
import { printTitlesFormula, sheetXml } from "../render-sheet";
import { readSheetMarkers, writeSheetMarkers } from "../sheet-marker";
import {
  addContentTypeOverride,
  addRelationship,
  folderOf,
  nextPartNumber,
  readRelationships,
  REL_TYPES,
  relsPathOf,
  removeRelationships,
  resolveTarget,
  MISSING,
  UneditablePart,
} from "../zip-parts";
import type { OutputPackage } from "./package";
import { deleteUnreachable, reachableParts } from "./part-graph";
import { inlineStrings, SharedStrings, type CellStrings } from "./strings";
import { StyleTable } from "./style-table";
import { StylesPart } from "./styles-part";
import { WorkbookPart, type SheetPart } from "./workbook-part";

export interface AddSheetsOptions {
  fontName: string;
  /** "shared": a new workbook's shared-string table; "inline": the user's table stays untouched. */
  strings: "shared" | "inline";
}

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const SHARED_STRINGS_TYPE =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const STRICT_OFFICE_DOCUMENT =
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

/** The workbook part named by the package's root relationships. */
export function workbookPath(pkg: OutputPackage): string {
  const rels = readRelationships(pkg, "_rels/.rels");
  const main = rels.find((r) => r.type === REL_TYPES.officeDocument && !r.external);
  if (main) return resolveTarget("", main.target);
  if (rels.some((r) => r.type === STRICT_OFFICE_DOCUMENT))
    throw new UneditablePart("_rels/.rels", {
      "zh-CN": "这是 Strict Open XML（严格）格式的工作簿，暂不支持",
      en: "a Strict Open XML workbook, which is not supported",
    });
  throw new UneditablePart("_rels/.rels", {
    "zh-CN": "找不到工作簿部件",
    en: "no workbook part",
  });
}

/** Where each report sheet goes: an earlier report sheet's part, or a new one. */
interface Placement {
  layout: SheetLayout;
  path: string;
}

export function addReportSheets(
  pkg: OutputPackage,
  specs: SheetSpec[],
  options: AddSheetsOptions
): SheetLayout[] {
  const wbPath = workbookPath(pkg);
  const workbook = new WorkbookPart(pkg, wbPath);
  const parts = workbook.sheetParts();
  const markers = [...readSheetMarkers(pkg).keys()];
  const isOurs = ({ sheet, relType }: SheetPart) =>
    relType === REL_TYPES.worksheet && markers.some((m) => sameSheetName(m, sheet.name));
  const names = uniqueSheetNames(
    specs.map((s) => s.name),
    parts.filter((p) => !isOurs(p)).map((p) => p.sheet.name)
  );
  const layouts = specs.map((spec, i) => layoutSheet({ ...spec, name: names[i] }));
  const { placements, removed } = replaceEarlierSheets(pkg, wbPath, parts.filter(isOurs), layouts);
  const added = placeNewSheets(pkg, wbPath, layouts, placements);
  const printTitles = layouts.flatMap((layout) => {
    const formula = printTitlesFormula(layout);
    return formula === null ? [] : [{ sheet: layout.name, formula }];
  });
  workbook.edit({ remove: new Set(removed.map((p) => parts.indexOf(p))), add: added, printTitles });
  // In the order of the specs, so styles, strings and charts are numbered alike every time.
  const order = (p: Placement) => layouts.indexOf(p.layout);
  renderSheets(
    pkg,
    wbPath,
    [...placements].sort((a, b) => order(a) - order(b)),
    options
  );
  writeSheetMarkers(
    pkg,
    layouts.map((l) => ({ name: l.name, key: l.key }))
  );
  return layouts;
}

/**
 * Earlier report sheets: one of the name coming again keeps its place (its part is rewritten,
 * its old drawings and charts go); the others are removed with the parts only they used.
 */
function replaceEarlierSheets(
  pkg: OutputPackage,
  wbPath: string,
  ours: SheetPart[],
  layouts: SheetLayout[]
): { placements: Placement[]; removed: SheetPart[] } {
  const inUse = reachableParts(pkg);
  const placements: Placement[] = [];
  const reused = new Set<SheetPart>();
  for (const layout of layouts) {
    const earlier = ours.find((p) => !reused.has(p) && sameSheetName(p.sheet.name, layout.name));
    if (!earlier) continue;
    reused.add(earlier);
    pkg.delete(relsPathOf(earlier.path!));
    placements.push({ layout, path: earlier.path! });
  }
  const removed = ours.filter((p) => !reused.has(p));
  removeRelationships(pkg, relsPathOf(wbPath), new Set(removed.map((p) => p.sheet.relId)));
  deleteUnreachable(pkg, inUse);
  return { placements, removed };
}

/** New sheet parts (with relationship and content type) for the layouts not yet placed. */
function placeNewSheets(
  pkg: OutputPackage,
  wbPath: string,
  layouts: SheetLayout[],
  placements: Placement[]
): { name: string; relId: string }[] {
  const sheetFolder = `${folderOf(wbPath)}worksheets/`;
  const added: { name: string; relId: string }[] = [];
  for (const layout of layouts) {
    if (placements.some((p) => p.layout === layout)) continue;
    const file = `sheet${nextPartNumber(pkg, `${sheetFolder}sheet`)}.xml`;
    const path = `${sheetFolder}${file}`;
    // Reserve the name now, so the next sheet's number differs.
    pkg.setText(path, "");
    const relId = addRelationship(
      pkg,
      relsPathOf(wbPath),
      REL_TYPES.worksheet,
      `worksheets/${file}`
    );
    addContentTypeOverride(pkg, path, WORKSHEET_TYPE);
    added.push({ name: layout.name, relId });
    placements.push({ layout, path });
  }
  return added;
}

/** The sheet parts, their charts, then the styles and strings they use. */
function renderSheets(
  pkg: OutputPackage,
  wbPath: string,
  placements: Placement[],
  options: AddSheetsOptions
): void {
  const stylesPart = stylesOf(pkg, wbPath);
  const styles = stylesPart?.table() ?? new StyleTable();
  const strings: CellStrings = options.strings === "shared" ? new SharedStrings() : inlineStrings;
  const { fontName } = options;
  for (const { layout, path } of placements) {
    const drawingRelId = layout.chart
      ? addLayoutChart(pkg, path, layout as SheetLayout & { chart: LayoutChart }, fontName)
      : null;
    pkg.write(path, sheetXml(layout, { fontName, styles, strings, drawingRelId }));
  }
  if (stylesPart) stylesPart.append(styles);
  else addPart(pkg, wbPath, "styles.xml", REL_TYPES.styles, STYLES_TYPE, [styles.stylesXml()]);
  if (strings instanceof SharedStrings && strings.size > 0) {
    const chunks = strings.partChunks();
    addPart(pkg, wbPath, "sharedStrings.xml", REL_TYPES.sharedStrings, SHARED_STRINGS_TYPE, chunks);
  }
}

/** The workbook's styles part, when it has one. */
function stylesOf(pkg: OutputPackage, wbPath: string): StylesPart | null {
  const rel = readRelationships(pkg, relsPathOf(wbPath)).find(
    (r) => r.type === REL_TYPES.styles && !r.external
  );
  if (!rel) return null;
  const path = resolveTarget(folderOf(wbPath), rel.target);
  const part = StylesPart.open(pkg, path);
  if (!part) throw new UneditablePart(path, MISSING);
  return part;
}

/** A new part beside the workbook part, with its relationship and content type. */
function addPart(
  pkg: OutputPackage,
  wbPath: string,
  fileName: string,
  relType: string,
  contentType: string,
  chunks: string[]
): void {
  const path = `${folderOf(wbPath)}${fileName}`;
  if (pkg.has(path))
    throw new UneditablePart(path, {
      "zh-CN": "部件存在，但工作簿没有引用它",
      en: "present, but the workbook does not refer to it",
    });
  pkg.write(path, chunks);
  addRelationship(pkg, relsPathOf(wbPath), relType, fileName);
  addContentTypeOverride(pkg, path, contentType);
}
