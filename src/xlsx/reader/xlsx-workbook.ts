/**
 * An .xlsx / .xlsm / .xltx package → one SheetGrid per worksheet, in workbook order, each with
 * its visibility. Parts are found through the package's relationships (relative or absolute
 * targets, transitional or Strict OOXML), falling back on the usual names.
 */
import { corruptPackage, notAWorkbook } from "../package-problems";
import { type SheetGrid, buildGrid } from "./grid-build";
import { OpcPackage, type PackageEnv } from "./opc-package";
import {
  type Relationship,
  parseRelationships,
  relationshipOfKind,
  relsPathOf,
  resolveTarget,
} from "./relationships";
import { parseSharedStrings } from "./shared-strings-xml";
import { type SheetContext, scanSheet } from "./sheet-xml";
import { NO_STYLES, parseStyles } from "./styles-xml";
import { parseWorkbook } from "./workbook-xml";
import { XmlError } from "./xml-scan";

const DEFAULT_WORKBOOK = "xl/workbook.xml";

export async function readXlsxSheets(
  file: string,
  bytes: Uint8Array,
  env: PackageEnv
): Promise<SheetGrid[]> {
  const pkg = OpcPackage.open(file, bytes, env);
  try {
    const workbookPart = findWorkbookPart(pkg);
    if (!workbookPart) throw notAWorkbook(file, pkg);
    const workbook = parseWorkbook(pkg.read(workbookPart)!);
    const rels = relationshipsOf(pkg, workbookPart);
    const part = (kind: string, fallback: string): Uint8Array | null => {
      const rel = relationshipOfKind(rels, kind);
      return (rel && pkg.read(resolveTarget(workbookPart, rel.target))) ?? pkg.read(fallback);
    };
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets = workbook.sheets.flatMap((sheet) => {
      const rel = byId.get(sheet.relationshipId);
      // Chart sheets, dialog sheets and macro sheets hold no cells.
      if (!rel || rel.external || !rel.type.endsWith("/worksheet")) return [];
      return [{ sheet, path: resolveTarget(workbookPart, rel.target) }];
    });
    // Each worksheet inflates (off the main thread, where the environment can) while the one
    // before it, or the styles and shared strings, are being read.
    const inflating = (i: number) => (i < sheets.length ? prefetch(pkg, sheets[i].path) : null);
    let next = inflating(0);
    const styles = part("styles", "xl/styles.xml");
    const sharedStrings = part("sharedStrings", "xl/sharedStrings.xml");
    const context: SheetContext = {
      styles: styles ? parseStyles(styles) : NO_STYLES,
      sharedStrings: sharedStrings ? parseSharedStrings(sharedStrings) : [],
      date1904: workbook.date1904,
    };
    const grids: SheetGrid[] = [];
    for (let i = 0; i < sheets.length; i++) {
      const xml = await next!;
      next = inflating(i + 1);
      if (!xml) continue;
      const { name, state } = sheets[i].sheet;
      grids.push(buildGrid(scanSheet(xml, name, state, context), file));
    }
    return grids;
  } catch (error) {
    if (error instanceof XmlError) throw corruptPackage(file);
    throw error;
  }
}

/** The part's bytes to come; a failure is its awaiter's, never an unhandled rejection. */
function prefetch(pkg: OpcPackage, path: string): Promise<Uint8Array | null> {
  const bytes = pkg.readAsync(path);
  bytes.catch(() => undefined);
  return bytes;
}

/** The workbook part the package's root relationships name, else xl/workbook.xml if present. */
function findWorkbookPart(pkg: OpcPackage): string | null {
  const rel = relationshipOfKind(relationshipsOf(pkg, ""), "officeDocument");
  const named = rel ? resolveTarget("", rel.target) : null;
  if (named && pkg.file(named)) return named;
  return pkg.file(DEFAULT_WORKBOOK) ? DEFAULT_WORKBOOK : null;
}

function relationshipsOf(pkg: OpcPackage, partPath: string): Relationship[] {
  const xml = pkg.read(partPath === "" ? "_rels/.rels" : relsPathOf(partPath));
  return xml ? parseRelationships(xml) : [];
}
