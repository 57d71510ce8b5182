/**
 * DrawingML text for the summary chart: completion rate by group as clustered columns, with the
 * time progress as a constant dashed line over hidden helper cells.
 */
import type { SheetLayout, SpecValue } from "../core/index";
import type { MergedArea } from "../core/index";
import { rangeAddress } from "./render-sheet";
import { escapeXml, XML_DECLARATION } from "./writer/xml";

export type LayoutChart = NonNullable<SheetLayout["chart"]>;

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const CAT_AXIS_ID = 50010;
const VAL_AXIS_ID = 50020;
const COLUMN_COLOUR = "4472C4";
const LINE_COLOUR = "C00000";

/** Sheet name as formulas quote it: 'Sheet''s name'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `lineRange` holds the time progress beside each category (see render-sheet's helper column). */
export function chartXml(
  sheetName: string,
  chart: LayoutChart,
  values: SpecValue[][],
  lineRange: MergedArea,
  fontName: string
): string {
  const categories = columnValues(
    values,
    chart.categories.top,
    chart.categories.bottom,
    chart.categories.left
  );
  const rates = columnValues(values, chart.values.top, chart.values.bottom, chart.values.left);
  const sheet = quoteSheetName(sheetName);
  const catRef = `${sheet}!${rangeAddress(chart.categories, true)}`;
  const valRef = `${sheet}!${rangeAddress(chart.values, true)}`;
  const lineRef = `${sheet}!${rangeAddress(lineRange, true)}`;
  const count = categories.length;
  const catXml = `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f><c:strCache><c:ptCount val="${count}"/>${categories
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v === null ? "" : String(v))}</c:v></c:pt>`)
    .join("")}</c:strCache></c:strRef></c:cat>`;
  const numPoints = (items: SpecValue[]) =>
    items
      .map((v, i) =>
        typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""
      )
      .join("");
  const font = `<a:latin typeface="${escapeXml(fontName)}"/><a:ea typeface="${escapeXml(fontName)}"/>`;

  return (
    `${XML_DECLARATION}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1">${font}</a:defRPr></a:pPr><a:r><a:rPr lang="zh-CN" sz="1400" b="1">${font}</a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.valueName)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${COLUMN_COLOUR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    catXml +
    `<c:val><c:numRef><c:f>${escapeXml(valRef)}</c:f><c:numCache><c:formatCode>0.00%</c:formatCode><c:ptCount val="${count}"/>${numPoints(rates)}</c:numCache></c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="80"/><c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="1"/><c:order val="1"/><c:tx><c:v>${escapeXml(chart.lineName)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${LINE_COLOUR}"/></a:solidFill><a:prstDash val="dash"/><a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="none"/></c:marker>` +
    catXml +
    `<c:val><c:numRef><c:f>${escapeXml(lineRef)}</c:f><c:numCache><c:formatCode>0.00%</c:formatCode><c:ptCount val="${count}"/>${numPoints(categories.map(() => chart.lineValue))}</c:numCache></c:numRef></c:val>` +
    `<c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="${CAT_AXIS_ID}"/><c:axId val="${VAL_AXIS_ID}"/></c:lineChart>` +
    `<c:catAx><c:axId val="${CAT_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VAL_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000">${font}</a:defRPr></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** A drawing part holding one chart frame anchored over cells (0-based, as in the layout). */
export function drawingXml(
  anchor: LayoutChart["anchor"],
  chartRelId: string,
  name: string
): string {
  const from = `<xdr:from><xdr:col>${anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
  const to = `<xdr:to><xdr:col>${anchor.col + anchor.cols}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row + anchor.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"><xdr:twoCellAnchor editAs="oneCell">${from}${to}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${escapeXml(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

function columnValues(
  values: SpecValue[][],
  top: number,
  bottom: number,
  col: number
): SpecValue[] {
  const out: SpecValue[] = [];
  for (let r = top; r <= bottom; r++) out.push(values[r]?.[col] ?? null);
  return out;
}
