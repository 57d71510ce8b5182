/**
 * Adds the native chart of a layout to the package: chart part, drawing part, their
 * relationships and content types. The sheet part then refers to the drawing by the returned id.
 */
import type { SheetLayout } from "../core/index";
import { chartXml, drawingXml, type LayoutChart } from "./chart-xml";
import { lineHelperRange } from "./render-sheet";
import type { OutputPackage } from "./writer/package";
import {
  addContentTypeOverride,
  addRelationship,
  folderOf,
  nextPartNumber,
  REL_TYPES,
  relsPathOf,
} from "./zip-parts";

const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** Writes the chart of `layout` for the sheet at `sheetPath`; returns the sheet's drawing rel id. */
export function addLayoutChart(
  pkg: OutputPackage,
  sheetPath: string,
  layout: SheetLayout & { chart: LayoutChart },
  fontName: string
): string {
  // Beside the sheets' folder, as Excel places them: xl/charts, xl/drawings.
  const base = folderOf(folderOf(sheetPath).replace(/\/$/, ""));
  const chartNo = nextPartNumber(pkg, `${base}charts/chart`);
  const drawingNo = nextPartNumber(pkg, `${base}drawings/drawing`);
  const chartPath = `${base}charts/chart${chartNo}.xml`;
  const drawingPath = `${base}drawings/drawing${drawingNo}.xml`;

  const lineRange = lineHelperRange(layout)!;
  pkg.setText(chartPath, chartXml(layout.name, layout.chart, layout.values, lineRange, fontName));
  const chartRel = addRelationship(
    pkg,
    relsPathOf(drawingPath),
    REL_TYPES.chart,
    `../charts/chart${chartNo}.xml`
  );
  pkg.setText(drawingPath, drawingXml(layout.chart.anchor, chartRel, `Chart ${chartNo}`));
  addContentTypeOverride(pkg, chartPath, CHART_CONTENT_TYPE);
  addContentTypeOverride(pkg, drawingPath, DRAWING_CONTENT_TYPE);
  return addRelationship(
    pkg,
    relsPathOf(sheetPath),
    REL_TYPES.drawing,
    `../drawings/drawing${drawingNo}.xml`
  );
}
