/**
 * Hand-written .xlsx packages shaped like Excel's own files (shared strings, a full styles part,
 * theme, document properties), with the features a user's ledger may hold and --append must
 * carry over untouched (issue 12): defined names of every kind, protection, Excel 2010+
 * validations, hyperlinks, page breaks, custom views, calculation mode, dynamic-array metadata,
 * other add-ins' task panes, customXml, comments. Each feature edits or adds parts of the base.
 */
import { zipPackage } from "../hostile/zip-writer";

export type Parts = Map<string, string>;
export type Feature = (parts: Parts) => void;

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

/** Ledger texts (shared strings, in order) and rows: 序号 项目名称 责任单位 所属行业 总投资 年度计划 累计完成 状态. */
const STRINGS = [
  "2024年重点项目建设进度台账",
  "序号",
  "项目名称",
  "责任单位",
  "所属行业",
  "总投资",
  "年度计划投资",
  "1-6月累计完成投资",
  "建设状态",
  "甲县工业园",
  "县工信局",
  "工业",
  "续建",
  "乙县公路",
  "县交通运输局",
  "交通",
  "丙县水厂",
  "县水利局",
  "水利",
  "新开工",
  "汇率",
];

const s = (i: number) => `<c r="%" t="s"><v>${i}</v></c>`;
function row(r: number, cells: string[]): string {
  const letters = "ABCDEFGHIJ";
  return `<row r="${r}" spans="1:9">${cells.map((c, i) => c.replace("%", `${letters[i]}${r}`)).join("")}</row>`;
}
const n = (v: number) => `<c r="%" s="1"><v>${v}</v></c>`;

function ledgerSheet(): string {
  const data = [
    [1, 9, 10, 11, 12000, 4000, 2000, 12],
    [2, 13, 14, 15, 8000, 2000, 800, 12],
    [3, 16, 17, 18, 5000, 2000, 1000, 19],
  ];
  const rows = [
    row(1, [s(0)]),
    row(2, [1, 2, 3, 4, 5, 6, 7, 8].map(s)),
    ...data.map(([no, name, unit, sector, total, plan, done, status], i) =>
      row(i + 3, [n(no), s(name), s(unit), s(sector), n(total), n(plan), n(done), s(status)])
    ),
  ];
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    `<dimension ref="A1:I5"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="14.25" x14ac:dyDescent="0.2"/><cols><col min="2" max="2" width="18" customWidth="1"/></cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    `<mergeCells count="1"><mergeCell ref="A1:H1"/></mergeCells>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

function paramSheet(): string {
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="14.25"/><sheetData><row r="1"><c r="A1" t="s"><v>20</v></c><c r="B1"><v>7.1</v></c></row></sheetData>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

const STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
  `<numFmts count="1"><numFmt numFmtId="176" formatCode="#,##0.00_ "/></numFmts>` +
  `<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>` +
  `<font><b/><sz val="11"/><color rgb="FFFF0000"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs>` +
  `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>` +
  `<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>` +
  `<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"><alignment vertical="center"/></xf></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>` +
  `<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>` +
  `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`;

/** The parts of a two-sheet ledger workbook as Excel saves it. */
export function baseParts(): Parts {
  const sst = STRINGS.map((t) => `<si><t>${t}</t></si>`).join("");
  return new Map([
    [
      "[Content_Types].xml",
      `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet2.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="${CT}.theme+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>` +
        `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`,
    ],
    [
      "_rels/.rels",
      `${DECL}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      "docProps/app.xml",
      `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    ],
    [
      "docProps/core.xml",
      `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>县发改局 王五</dc:creator><cp:lastModifiedBy>县发改局 王五</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-07-01T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-05T09:30:00Z</dcterms:modified></cp:coreProperties>`,
    ],
    [
      "xl/workbook.xml",
      `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">` +
        `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27425"/><workbookPr defaultThemeVersion="166925"/>` +
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="x15"><x15ac:absPath url="D:\\台账\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent>` +
        `<bookViews><workbookView xWindow="-108" yWindow="-108" windowWidth="23256" windowHeight="12576" activeTab="0"/></bookViews>` +
        `<sheets><sheet name="台账" sheetId="1" r:id="rId1"/><sheet name="参数" sheetId="2" r:id="rId2"/></sheets>` +
        `<calcPr calcId="191029"/></workbook>`,
    ],
    [
      "xl/_rels/workbook.xml.rels",
      `${DECL}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId3" Type="${R}/theme" Target="theme/theme1.xml"/><Relationship Id="rId2" Type="${R}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="${R}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
    ],
    [
      "xl/theme/theme1.xml",
      `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="等线 Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="等线"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
    ],
    ["xl/worksheets/sheet1.xml", ledgerSheet()],
    ["xl/worksheets/sheet2.xml", paramSheet()],
    [
      "xl/sharedStrings.xml",
      `${DECL}<sst xmlns="${MAIN}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${sst}</sst>`,
    ],
    ["xl/styles.xml", STYLES],
  ]);
}

export function buildWorkbook(features: Feature[] = []): Buffer {
  const parts = baseParts();
  for (const feature of features) feature(parts);
  return zipPackage([...parts].map(([name, data]) => ({ name, data })));
}

// ───────────── Edits ─────────────

function edit(parts: Parts, name: string, change: (xml: string) => string): void {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`no part ${name}`);
  const changed = change(xml);
  if (changed === xml) throw new Error(`the edit of ${name} changed nothing`);
  parts.set(name, changed);
}

/** Inserts `xml` before the first element of `before` found in the part, else before `fallback`. */
function insertBefore(
  parts: Parts,
  name: string,
  before: string[],
  xml: string,
  fallback?: string
): void {
  edit(parts, name, (text) => {
    for (const tag of before) {
      const at = text.search(new RegExp(`<${tag}[\\s/>]`));
      if (at >= 0) return text.slice(0, at) + xml + text.slice(at);
    }
    const at = fallback ? text.lastIndexOf(fallback) : -1;
    if (at < 0) throw new Error(`none of ${before.join(", ")} in ${name}`);
    return text.slice(0, at) + xml + text.slice(at);
  });
}

function addRel(parts: Parts, relsName: string, id: string, type: string, target: string): void {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (!parts.has(relsName))
    parts.set(relsName, `${DECL}<Relationships xmlns="${PKG_RELS}">${rel}</Relationships>`);
  else edit(parts, relsName, (x) => x.replace("</Relationships>", `${rel}</Relationships>`));
}

function addOverride(parts: Parts, partName: string, type: string): void {
  edit(parts, "[Content_Types].xml", (x) =>
    x.replace("</Types>", `<Override PartName="/${partName}" ContentType="${type}"/></Types>`)
  );
}

function addDefault(parts: Parts, ext: string, type: string): void {
  edit(parts, "[Content_Types].xml", (x) =>
    x.replace("<Override", `<Default Extension="${ext}" ContentType="${type}"/><Override`)
  );
}

/** CT_Workbook's and CT_Worksheet's children in schema order. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "extLst",
];
const SHEET_ORDER = [
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
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

const after = (order: string[], element: string) => order.slice(order.indexOf(element) + 1);

/** Inserts an element into the ledger sheet where CT_Worksheet wants it. */
function sheetElement(parts: Parts, element: string, xml: string): void {
  insertBefore(parts, "xl/worksheets/sheet1.xml", after(SHEET_ORDER, element), xml, "</worksheet>");
}

function workbookElement(parts: Parts, element: string, xml: string): void {
  insertBefore(parts, "xl/workbook.xml", after(WORKBOOK_ORDER, element), xml, "</workbook>");
}

function definedNames(names: string): Feature {
  return (parts) => workbookElement(parts, "definedNames", `<definedNames>${names}</definedNames>`);
}

/** A formula cell in row 3 of the ledger (column I, J…) with its cached result. */
function formulaCell(column: string, formula: string, result: string): Feature {
  return (parts) =>
    edit(parts, "xl/worksheets/sheet1.xml", (x) =>
      x.replace(
        /(<row r="3"[^>]*>.*?)<\/row>/,
        `$1<c r="${column}3"><f>${formula}</f><v>${result}</v></c></row>`
      )
    );
}

export const FEATURES: Record<string, Feature[]> = {
  "constant defined name (汇率=7.1 used by =汇率*2)": [
    definedNames('<definedName name="汇率">7.1</definedName>'),
    formulaCell("I", "汇率*2", "14.2"),
  ],
  "formula defined name (OFFSET(台账!$A$4,…))": [
    definedNames(
      '<definedName name="项目区域">OFFSET(台账!$A$3,0,0,COUNTA(台账!$B:$B)-2,8)</definedName>'
    ),
    formulaCell("J", "ROWS(项目区域)", "3"),
  ],
  "name scope, hidden flag and comment": [
    definedNames(
      '<definedName name="本表合计" comment="只在台账表内使用" hidden="1" localSheetId="0">台账!$E$3:$E$5</definedName><definedName name="参数值" localSheetId="1">参数!$B$1</definedName>'
    ),
  ],
  "print titles and print area": [
    definedNames(
      '<definedName name="_xlnm.Print_Area" localSheetId="0">台账!$A$1:$H$5</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">台账!$2:$2</definedName>'
    ),
  ],
  "workbook structure protection": [
    (parts) =>
      workbookElement(
        parts,
        "workbookProtection",
        '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="lS1Yx2xKk0YcJj8lq0pC3X3cXbxxbh7m2XyVQ3hQ8E6NQYlUq7wJm6C0mH5aJfNfLr2Rb3l4x4m0r3YvYbQ7uA==" workbookSaltValue="Q3qE4w8G2o1zP1bQ3c4d5A==" workbookSpinCount="100000" lockStructure="1"/>'
      ),
  ],
  "legacy sheet password": [
    (parts) =>
      sheetElement(
        parts,
        "sheetProtection",
        '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'
      ),
  ],
  "allowed-edit ranges (protectedRanges)": [
    (parts) =>
      sheetElement(
        parts,
        "protectedRanges",
        '<sheetProtection algorithmName="SHA-512" hashValue="ZmFrZQ==" saltValue="c2FsdA==" spinCount="100000" sheet="1" objects="1" scenarios="1"/><protectedRanges><protectedRange sqref="F3:G5" name="填报区域"/></protectedRanges>'
      ),
  ],
  "Excel 2010+ list validations (x14:dataValidations)": [
    (parts) =>
      sheetElement(
        parts,
        "extLst",
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>参数!$A$1:$A$1</xm:f></x14:formula1><xm:sqref>H3:H5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>'
      ),
  ],
  "internal hyperlinks": [
    (parts) =>
      sheetElement(
        parts,
        "hyperlinks",
        '<hyperlinks><hyperlink ref="B3" location="\'参数\'!A1" display="参数"/></hyperlinks>'
      ),
  ],
  "page breaks": [
    (parts) =>
      sheetElement(
        parts,
        "rowBreaks",
        '<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>'
      ),
  ],
  "custom views": [
    (parts) => {
      const view = 'guid="{6F1E2D3C-4B5A-4978-8A6B-5C4D3E2F1A0B}"';
      workbookElement(
        parts,
        "customWorkbookViews",
        `<customWorkbookViews><customWorkbookView name="填报视图" ${view} maximized="1" windowWidth="1920" windowHeight="1000" activeSheetId="1"/></customWorkbookViews>`
      );
      sheetElement(
        parts,
        "customSheetViews",
        `<customSheetViews><customSheetView ${view} scale="85" hiddenColumns="1"><selection activeCell="B3" sqref="B3"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></customSheetView></customSheetViews>`
      );
    },
  ],
  "manual calculation mode": [
    (parts) =>
      edit(parts, "xl/workbook.xml", (x) =>
        x.replace(
          '<calcPr calcId="191029"/>',
          '<calcPr calcId="191029" calcMode="manual" calcOnSave="0"/>'
        )
      ),
  ],
  "dynamic-array metadata (xl/metadata.xml)": [
    (parts) => {
      parts.set(
        "xl/metadata.xml",
        `${DECL}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`
      );
      addRel(parts, "xl/_rels/workbook.xml.rels", "rId6", `${R}/sheetMetadata`, "metadata.xml");
      addOverride(parts, "xl/metadata.xml", `${CT}.spreadsheetml.sheetMetadata+xml`);
      edit(parts, "xl/worksheets/sheet1.xml", (x) =>
        x.replace(
          /(<row r="3"[^>]*>.*?)<\/row>/,
          '$1<c r="K3" cm="1"><f t="array" ref="K3:K5">SORT(E3:E5)</f><v>5000</v></c></row>'
        )
      );
    },
  ],
  "another add-in's task pane (xl/webextensions)": [
    (parts) => {
      parts.set(
        "xl/webextensions/taskpanes.xml",
        `${DECL}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="3"><wetp:webextensionref xmlns:r="${R}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`
      );
      parts.set(
        "xl/webextensions/webextension1.xml",
        `${DECL}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5E2C7B61-9E33-4C2D-8E67-0A1B2C3D4E5F}"><we:reference id="wa104379955" version="1.0.0.0" store="zh-CN" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/></we:properties><we:bindings/><we:snapshot xmlns:r="${R}"/></we:webextension>`
      );
      addRel(
        parts,
        "xl/webextensions/_rels/taskpanes.xml.rels",
        "rId1",
        "http://schemas.microsoft.com/office/2011/relationships/webextension",
        "webextension1.xml"
      );
      addRel(
        parts,
        "_rels/.rels",
        "rId4",
        "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes",
        "xl/webextensions/taskpanes.xml"
      );
      addOverride(
        parts,
        "xl/webextensions/taskpanes.xml",
        "application/vnd.ms-office.webextensiontaskpanes+xml"
      );
      addOverride(
        parts,
        "xl/webextensions/webextension1.xml",
        "application/vnd.ms-office.webextension+xml"
      );
    },
  ],
  customXml: [
    (parts) => {
      parts.set(
        "customXml/item1.xml",
        '<?xml version="1.0" encoding="UTF-8"?><填报 xmlns="urn:example:report"><单位>县发改局</单位></填报>'
      );
      parts.set(
        "customXml/itemProps1.xml",
        `${DECL}<ds:datastoreItem ds:itemID="{0B7A2E4C-1D3F-4A5B-8C6D-7E8F9A0B1C2D}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`
      );
      addRel(
        parts,
        "customXml/_rels/item1.xml.rels",
        "rId1",
        `${R}/customXmlProps`,
        "itemProps1.xml"
      );
      addRel(
        parts,
        "xl/_rels/workbook.xml.rels",
        "rId7",
        `${R}/customXml`,
        "../customXml/item1.xml"
      );
      addOverride(parts, "customXml/itemProps1.xml", `${CT}.customXmlProperties+xml`);
    },
  ],
  "comments and their authors": [
    (parts) => {
      parts.set(
        "xl/comments1.xml",
        `${DECL}<comments xmlns="${MAIN}"><authors><author>张三</author><author>李四</author></authors><commentList><comment ref="E3" authorId="1" shapeId="0"><text><r><rPr><b/><sz val="9"/><rFont val="宋体"/></rPr><t>李四:</t></r><r><rPr><sz val="9"/><rFont val="宋体"/></rPr><t xml:space="preserve">
含土地费用</t></r></text></comment></commentList></comments>`
      );
      parts.set(
        "xl/drawings/vmlDrawing1.vml",
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden"><x:ClientData ObjectType="Note"><x:Row>2</x:Row><x:Column>4</x:Column></x:ClientData></v:shape></xml>'
      );
      addRel(
        parts,
        "xl/worksheets/_rels/sheet1.xml.rels",
        "rId1",
        `${R}/comments`,
        "../comments1.xml"
      );
      addRel(
        parts,
        "xl/worksheets/_rels/sheet1.xml.rels",
        "rId2",
        `${R}/vmlDrawing`,
        "../drawings/vmlDrawing1.vml"
      );
      addDefault(parts, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
      addOverride(parts, "xl/comments1.xml", `${CT}.spreadsheetml.comments+xml`);
      sheetElement(parts, "legacyDrawing", '<legacyDrawing r:id="rId2"/>');
    },
  ],
  "ordinary data validation": [
    (parts) =>
      sheetElement(
        parts,
        "dataValidations",
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="H3:H1000"><formula1>"续建,新开工,竣工"</formula1></dataValidation></dataValidations>'
      ),
  ],
};

const WB = "xl/workbook.xml";
const SHEET = "xl/worksheets/sheet1.xml";

/** Per feature: [part, text] that must be in the appended workbook, as the user's file has it. */
export const EVIDENCE: Record<string, [string, string][]> = {
  "constant defined name (汇率=7.1 used by =汇率*2)": [
    [WB, '<definedName name="汇率">7.1</definedName>'],
    [SHEET, '<c r="I3"><f>汇率*2</f><v>14.2</v></c>'],
  ],
  "formula defined name (OFFSET(台账!$A$4,…))": [
    [WB, '<definedName name="项目区域">OFFSET(台账!$A$3,0,0,COUNTA(台账!$B:$B)-2,8)</definedName>'],
  ],
  "name scope, hidden flag and comment": [
    [
      WB,
      '<definedName name="本表合计" comment="只在台账表内使用" hidden="1" localSheetId="0">台账!$E$3:$E$5</definedName>',
    ],
  ],
  "print titles and print area": [
    [WB, '<definedName name="_xlnm.Print_Titles" localSheetId="0">台账!$2:$2</definedName>'],
  ],
  "workbook structure protection": [[WB, 'workbookSpinCount="100000" lockStructure="1"/>']],
  "legacy sheet password": [
    [SHEET, '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>'],
  ],
  "allowed-edit ranges (protectedRanges)": [
    [SHEET, '<protectedRange sqref="F3:G5" name="填报区域"/>'],
  ],
  "Excel 2010+ list validations (x14:dataValidations)": [
    [SHEET, "<x14:formula1><xm:f>参数!$A$1:$A$1</xm:f></x14:formula1><xm:sqref>H3:H5</xm:sqref>"],
  ],
  "internal hyperlinks": [[SHEET, `<hyperlink ref="B3" location="'参数'!A1" display="参数"/>`]],
  "page breaks": [[SHEET, '<brk id="4" max="16383" man="1"/>']],
  "custom views": [
    [WB, '<customWorkbookView name="填报视图"'],
    [SHEET, '<customSheetView guid="{6F1E2D3C-4B5A-4978-8A6B-5C4D3E2F1A0B}" scale="85"'],
  ],
  "manual calculation mode": [[WB, 'calcMode="manual"']],
  "dynamic-array metadata (xl/metadata.xml)": [
    ["xl/metadata.xml", '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/>'],
    [SHEET, '<c r="K3" cm="1">'],
  ],
  "another add-in's task pane (xl/webextensions)": [
    ["xl/webextensions/taskpanes.xml", '<wetp:taskpane dockstate="right"'],
    ["_rels/.rels", "relationships/webextensiontaskpanes"],
  ],
  customXml: [
    ["customXml/item1.xml", "<单位>县发改局</单位>"],
    ["xl/_rels/workbook.xml.rels", 'Target="../customXml/item1.xml"'],
  ],
  "comments and their authors": [
    ["xl/comments1.xml", "<authors><author>张三</author><author>李四</author></authors>"],
  ],
  "ordinary data validation": [[SHEET, 'sqref="H3:H1000"><formula1>"续建,新开工,竣工"</formula1>']],
};
