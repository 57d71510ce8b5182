/**
 * The Office theme a new report workbook carries: the colour scheme and the fonts Excel's own
 * default workbook names (Calibri body text, with 宋体 and the other East Asian faces per script).
 * Cells name their fonts and colours explicitly; the theme gives the default font (font 0) and
 * the colours of anything a user adds later.
 */
import { XML_DECLARATION } from "./xml";

const COLOURS: [string, string][] = [
  ["dk2", "1F497D"],
  ["lt2", "EEECE1"],
  ["accent1", "4F81BD"],
  ["accent2", "C0504D"],
  ["accent3", "9BBB59"],
  ["accent4", "8064A2"],
  ["accent5", "4BACC6"],
  ["accent6", "F79646"],
  ["hlink", "0000FF"],
  ["folHlink", "800080"],
];

/** Faces per script, as in Excel's default theme (major and minor share them). */
const SCRIPT_FONTS: [string, string][] = [
  ["Jpan", "ＭＳ Ｐゴシック"],
  ["Hang", "맑은 고딕"],
  ["Hans", "宋体"],
  ["Hant", "新細明體"],
];

function fontSet(element: "majorFont" | "minorFont", latin: string): string {
  const scripts = SCRIPT_FONTS.map(
    ([s, face]) => `<a:font script="${s}" typeface="${face}"/>`
  ).join("");
  return `<a:${element}><a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>${scripts}</a:${element}>`;
}

const solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr">${solid}<a:prstDash val="solid"/></a:ln>`;
const noEffect = "<a:effectStyle><a:effectLst/></a:effectStyle>";

export const THEME_XML =
  `${XML_DECLARATION}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
  `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  COLOURS.map(([name, rgb]) => `<a:${name}><a:srgbClr val="${rgb}"/></a:${name}>`).join("") +
  `</a:clrScheme><a:fontScheme name="Office">${fontSet("majorFont", "Cambria")}${fontSet("minorFont", "Calibri")}</a:fontScheme>` +
  `<a:fmtScheme name="Office"><a:fillStyleLst>${solid.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(9525)}${line(25400)}${line(38100)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${noEffect.repeat(3)}</a:effectStyleLst><a:bgFillStyleLst>${solid.repeat(3)}</a:bgFillStyleLst></a:fmtScheme>` +
  `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
