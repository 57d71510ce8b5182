/**
 * Adds a native chart to a worksheet of a written package: chart part, drawing part, their
 * relationships, content types and the <drawing> element in the sheet.
 */
import type JSZip from "jszip";
import type { SheetLayout } from "../core/sheet-spec";
import { chartXml, drawingXml, type LayoutChart } from "./chart-xml";
import { lineHelperRange } from "./render-sheet";
import {
  addContentTypeOverride,
  addRelationship,
  nextPartNumber,
  readRelationships,
  readText,
  REL_TYPES,
  relsPathOf,
  sheetPartsByName,
} from "./zip-parts";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** CT_Worksheet elements that must come after <drawing>, in schema order. */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

export async function addLayoutChart(
  zip: JSZip,
  layout: SheetLayout & { chart: LayoutChart },
  fontName: string
): Promise<void> {
  const sheetPath = (await sheetPartsByName(zip)).get(layout.name);
  if (!sheetPath)
    throw new Error(`sheet part of "${layout.name}" not found in the written package`);
  const sheetRels = relsPathOf(sheetPath);
  if ((await readRelationships(zip, sheetRels)).some((r) => r.type === REL_TYPES.drawing)) {
    throw new Error(`sheet "${layout.name}" already has a drawing`);
  }

  const chartNo = nextPartNumber(zip, "xl/charts/chart");
  const drawingNo = nextPartNumber(zip, "xl/drawings/drawing");
  const chartPath = `xl/charts/chart${chartNo}.xml`;
  const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;

  const lineRange = lineHelperRange(layout);
  if (!lineRange) throw new Error(`sheet "${layout.name}" has no chart`);
  zip.file(chartPath, chartXml(layout.name, layout.chart, layout.values, lineRange, fontName));
  const chartRel = await addRelationship(
    zip,
    relsPathOf(drawingPath),
    REL_TYPES.chart,
    `../charts/chart${chartNo}.xml`
  );
  zip.file(drawingPath, drawingXml(layout.chart.anchor, chartRel, `Chart ${chartNo}`));
  const drawingRel = await addRelationship(
    zip,
    sheetRels,
    REL_TYPES.drawing,
    `../drawings/drawing${drawingNo}.xml`
  );
  await addContentTypeOverride(zip, `/${chartPath}`, CHART_CONTENT_TYPE);
  await addContentTypeOverride(zip, `/${drawingPath}`, DRAWING_CONTENT_TYPE);

  const sheetXml = (await readText(zip, sheetPath)) ?? "";
  zip.file(sheetPath, insertDrawingElement(sheetXml, drawingRel));
}

/** Inserts <drawing r:id> where CT_Worksheet's sequence wants it, declaring the r prefix if needed. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const rNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (root && !root[0].includes("xmlns:r=")) {
    xml = xml.replace(root[0], root[0].replace(/<worksheet\b/, `<worksheet xmlns:r="${rNs}"`));
  }
  const element = `<drawing r:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const i = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = xml.lastIndexOf("</worksheet>");
  return xml.slice(0, at) + element + xml.slice(at);
}
