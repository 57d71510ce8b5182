/**
 * The styles of the written cells as SpreadsheetML style records, each distinct record once:
 * fonts, fills, borders, number formats, cell formats (cellXfs) and the differential formats
 * (dxfs) of conditional formatting. Indexes are absolute: a new workbook's table starts with
 * Excel's required defaults; a table appended to a user's styles.xml starts after the user's
 * records (`StyleBase`), whose own records are never touched.
 */
import { escapeXml, XML_DECLARATION } from "./xml";

export interface FontSpec {
  name: string;
  size: number;
  bold: boolean;
  /** "FFRRGGBB". */
  color?: string;
}

export interface XfSpec {
  numberFormat?: string;
  /** Absent: the workbook's default font (font 0). */
  font?: FontSpec;
  /** Solid fill colour, "FFRRGGBB". */
  fill?: string;
  /** Thin grey border on all four sides. */
  border?: boolean;
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
}

export interface DxfSpec {
  fontColor: string;
  fill: string;
}

/** How many records of each kind the styles part already holds (zero for a new workbook). */
export interface StyleBase {
  fonts: number;
  fills: number;
  borders: number;
  cellXfs: number;
  dxfs: number;
  /** The highest custom number format id in use (163 when none: custom ids start at 164). */
  maxNumFmtId: number;
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Excel's built-in number formats by code (ids 0–49 need no <numFmt> record). */
const BUILTIN_FORMATS = new Map<string, number>([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
  ["0.00E+00", 11],
  ["@", 49],
]);

/** The default body font of a new workbook: the theme's minor font (Calibri), as Excel writes it. */
const DEFAULT_FONT =
  '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
/** Fills 0 and 1 are reserved by Excel: none and gray125. */
const RESERVED_FILLS = [
  '<fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill>',
];
const NO_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";
const GREY = "FF808080";
const THIN_BORDER = `<border>${["left", "right", "top", "bottom"]
  .map((side) => `<${side} style="thin"><color rgb="${GREY}"/></${side}>`)
  .join("")}<diagonal/></border>`;
const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

/** Records of one kind, each distinct XML text once, numbered from `base`. */
class RecordList {
  readonly records: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly base: number) {}

  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.base + this.records.length;
      this.records.push(xml);
      this.index.set(xml, i);
    }
    return i;
  }

  get xml(): string {
    return this.records.join("");
  }
}

export class StyleTable {
  private readonly fonts: RecordList;
  private readonly fills: RecordList;
  private readonly borders: RecordList;
  private readonly xfs: RecordList;
  private readonly dxfs: RecordList;
  private readonly numFmts = new Map<string, number>();
  private nextNumFmtId: number;

  /** Without a base: the table of a new workbook, holding Excel's default records first. */
  constructor(base?: StyleBase) {
    const b = base ?? { fonts: 0, fills: 0, borders: 0, cellXfs: 0, dxfs: 0, maxNumFmtId: 163 };
    this.fonts = new RecordList(b.fonts);
    this.fills = new RecordList(b.fills);
    this.borders = new RecordList(b.borders);
    this.xfs = new RecordList(b.cellXfs);
    this.dxfs = new RecordList(b.dxfs);
    this.nextNumFmtId = Math.max(163, b.maxNumFmtId) + 1;
    if (!base) {
      this.fonts.add(DEFAULT_FONT);
      this.borders.add(NO_BORDER);
      this.xfs.add(DEFAULT_XF);
    }
    // A styles part with fewer than the two reserved fills gets them before ours.
    for (let i = b.fills; i < RESERVED_FILLS.length; i++) this.fills.add(RESERVED_FILLS[i]);
  }

  /** The cellXfs index of a cell format. */
  cellXf(spec: XfSpec): number {
    const numFmtId = spec.numberFormat === undefined ? 0 : this.numFmtId(spec.numberFormat);
    const fontId = spec.font ? this.fonts.add(fontXml(spec.font)) : 0;
    const fillId = spec.fill ? this.fills.add(solidFill("fgColor", spec.fill)) : 0;
    const borderId = spec.border ? this.borders.add(THIN_BORDER) : 0;
    const apply = [
      spec.numberFormat !== undefined ? ' applyNumberFormat="1"' : "",
      spec.font ? ' applyFont="1"' : "",
      spec.fill ? ' applyFill="1"' : "",
      spec.border ? ' applyBorder="1"' : "",
      spec.alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    const alignment = spec.alignment ? alignmentXml(spec.alignment) : "";
    return this.xfs.add(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  /** The dxfs index of a conditional format's look (font colour and solid fill). */
  dxf(spec: DxfSpec): number {
    return this.dxfs.add(
      `<dxf><font><color rgb="${spec.fontColor}"/></font>${solidFill("bgColor", spec.fill)}</dxf>`
    );
  }

  /** The records this table adds, per container element of styles.xml, with their counts. */
  additions(): Record<StyleContainer, { xml: string; count: number }> {
    const numFmts = [...this.numFmts]
      .filter(([code]) => !BUILTIN_FORMATS.has(code))
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    const of = (list: RecordList) => ({ xml: list.xml, count: list.records.length });
    return {
      numFmts: { xml: numFmts.join(""), count: numFmts.length },
      fonts: of(this.fonts),
      fills: of(this.fills),
      borders: of(this.borders),
      cellXfs: of(this.xfs),
      dxfs: of(this.dxfs),
    };
  }

  /** The whole styles part of a new workbook. */
  stylesXml(): string {
    const add = this.additions();
    const list = (name: StyleContainer) =>
      add[name].count > 0 ? `<${name} count="${add[name].count}">${add[name].xml}</${name}>` : "";
    return (
      `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">` +
      list("numFmts") +
      list("fonts") +
      list("fills") +
      list("borders") +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs") +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${add.dxfs.count}">${add.dxfs.xml}</dxfs>` +
      `<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmts.set(code, id);
    }
    return id;
  }
}

/** The container elements of styles.xml the table adds records to, in schema order. */
export const STYLE_CONTAINERS = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellXfs",
  "dxfs",
] as const;
export type StyleContainer = (typeof STYLE_CONTAINERS)[number];

function fontXml(font: FontSpec): string {
  const bold = font.bold ? "<b/>" : "";
  const color = font.color ? `<color rgb="${font.color}"/>` : "";
  return `<font>${bold}<sz val="${font.size}"/>${color}<name val="${escapeXml(font.name)}"/></font>`;
}

function solidFill(colorElement: "fgColor" | "bgColor", argb: string): string {
  return `<fill><patternFill patternType="solid"><${colorElement} rgb="${argb}"/></patternFill></fill>`;
}

function alignmentXml(a: NonNullable<XfSpec["alignment"]>): string {
  const attrs = [
    a.horizontal ? ` horizontal="${a.horizontal}"` : "",
    a.vertical ? ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"` : "",
    a.wrapText ? ' wrapText="1"' : "",
  ].join("");
  return attrs ? `<alignment${attrs}/>` : "";
}
