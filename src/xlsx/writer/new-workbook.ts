/**
 * The parts of a new, empty report workbook, to which the report sheets are then added as to
 * any workbook: content types, relationships, an empty sheet list, the theme and the document
 * properties (written last, when the sheet names are known).
 */
import { escapeXml, XML_DECLARATION } from "./xml";
import { MAIN_NS } from "./workbook-part";
import { THEME_XML } from "./theme";
import { OutputPackage } from "./package";
import { REL_TYPES } from "../zip-parts";

const APP = "台账助手 Taizhang";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";

const relationships = (rels: [string, string][]) =>
  `${XML_DECLARATION}<Relationships xmlns="${RELS_NS}">${rels
    .map(
      ([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`
    )
    .join("")}</Relationships>`;

export function newWorkbookPackage(): OutputPackage {
  const pkg = new OutputPackage();
  pkg.setText(
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/theme/theme1.xml" ContentType="${TYPE}.theme+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="${TYPE}.extended-properties+xml"/>` +
      `</Types>`
  );
  pkg.setText(
    "_rels/.rels",
    relationships([
      [REL_TYPES.officeDocument, "xl/workbook.xml"],
      [REL_TYPES.coreProperties, "docProps/core.xml"],
      [REL_TYPES.extendedProperties, "docProps/app.xml"],
    ])
  );
  // Placeholders keep the zip order conventional; their text comes with documentProperties.
  pkg.setText("docProps/core.xml", "");
  pkg.setText("docProps/app.xml", "");
  pkg.setText(
    "xl/workbook.xml",
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><sheets/><calcPr calcId="171027"/></workbook>`
  );
  pkg.setText("xl/_rels/workbook.xml.rels", relationships([[REL_TYPES.theme, "theme/theme1.xml"]]));
  pkg.setText("xl/theme/theme1.xml", THEME_XML);
  return pkg;
}

/** Core and extended properties: who wrote the workbook, when, and its sheet names. */
export function setDocumentProperties(
  pkg: OutputPackage,
  sheetNames: string[],
  created: Date
): void {
  const when = `${created.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  pkg.setText(
    "docProps/core.xml",
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
      `<dc:creator>${APP}</dc:creator>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
  const titles = sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("");
  pkg.setText(
    "docProps/app.xml",
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<Application>${APP}</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>` +
      `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
      `<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged></Properties>`
  );
}
