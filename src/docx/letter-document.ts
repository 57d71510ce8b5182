/**
 * A 督导函 (ReminderLetter, from the core) as a Word document in the layout of official documents
 * (GB/T 9704-2012): A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; 文号 line; title
 * in 方正小标宋简体 2号 (22 pt); body in 仿宋_GB2312 3号 (16 pt) at a fixed 28 pt line, first lines
 * indented two characters; sender and date on the right; page number "— 1 —" at the foot.
 *
 * The fonts are named as Chinese offices have them; the font table gives each its usual
 * alternative (小标宋, 仿宋), which Word substitutes when the first is not installed.
 */
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from "docx";
import type { ReminderLetter } from "../core/index";

export const LETTER_FONTS = {
  title: { name: "方正小标宋简体", fallback: "小标宋" },
  body: { name: "仿宋_GB2312", fallback: "仿宋" },
  /** Digits and Latin letters in the body, as Word's 公文 templates set them. */
  latin: { name: "Times New Roman", fallback: "Times New Roman" },
  /** Page numbers: 4号 半角宋体. */
  pageNumber: { name: "宋体", fallback: "SimSun" },
} as const;

/** Sizes in half-points (docx's unit): 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt. */
const TITLE_SIZE = 44;
const BODY_SIZE = 32;
const PAGE_NUMBER_SIZE = 28;

/** Lines in twips (1/20 pt): the body's fixed 28 pt; the title's 2号 lines get 35 pt. */
const BODY_LINE = 28 * 20;
const TITLE_LINE = 35 * 20;
/** One body character (3号 = 16 pt) in twips: first-line indents and the date's right indent. */
const CHAR = 16 * 20;

/** GB/T 9704-2012 §5.2.1 page: A4 and its margins, in millimetres. */
export const LETTER_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginsMm: { top: 37, bottom: 35, left: 28, right: 26 },
} as const;

/** Millimetres → twips, rounded (A4 is then Word's own 11906 × 16838). */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

const bodyFont = {
  ascii: LETTER_FONTS.latin.name,
  hAnsi: LETTER_FONTS.latin.name,
  eastAsia: LETTER_FONTS.body.name,
  cs: LETTER_FONTS.latin.name,
};

function run(text: string, options: { title?: boolean } = {}): TextRun {
  return options.title
    ? new TextRun({
        text,
        size: TITLE_SIZE,
        font: {
          ascii: LETTER_FONTS.title.name,
          hAnsi: LETTER_FONTS.title.name,
          eastAsia: LETTER_FONTS.title.name,
        },
      })
    : new TextRun({ text, size: BODY_SIZE, font: bodyFont });
}

function paragraph(text: string, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    ...options,
    children: text === "" ? [] : [run(text)],
  });
}

const blank = (options: IParagraphOptions = {}) => paragraph("", options);

/** The letter's paragraphs in order, as the core gives them. */
function letterParagraphs(letter: ReminderLetter): Paragraph[] {
  const indented = (text: string, options: IParagraphOptions = {}) =>
    paragraph(text, { indent: { firstLine: 2 * CHAR }, ...options });
  const right = (text: string, options: IParagraphOptions = {}) =>
    paragraph(text, { alignment: AlignmentType.RIGHT, indent: { right: 4 * CHAR }, ...options });
  return [
    paragraph(letter.documentNumber, { alignment: AlignmentType.CENTER }),
    blank(),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [run(letter.title, { title: true })],
    }),
    blank(),
    paragraph(letter.addressee),
    ...(letter.contact === null ? [] : [paragraph(letter.contact)]),
    ...letter.body.slice(0, -1).map((text) => indented(text)),
    // The last paragraph, the sender and the date stay on one page: never a signature alone.
    ...letter.body.slice(-1).map((text) => indented(text, { keepNext: true, keepLines: true })),
    blank({ keepNext: true }),
    blank({ keepNext: true }),
    right(letter.issuer, { keepNext: true }),
    right(letter.date),
  ];
}

/** "— 1 —", centred at the foot (GB/T 9704-2012 §7.5). */
function pageNumberFooter(): Footer {
  const font = { ascii: LETTER_FONTS.pageNumber.name, eastAsia: LETTER_FONTS.pageNumber.name };
  const text = (value: string) => new TextRun({ text: value, size: PAGE_NUMBER_SIZE, font });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          text("— "),
          new TextRun({ children: [PageNumber.CURRENT], size: PAGE_NUMBER_SIZE, font }),
          text(" —"),
        ],
      }),
    ],
  });
}

/** The font table: each font with its alternative name and the GB2312 character set. */
function fontTableXml(): string {
  const fonts = Object.values(LETTER_FONTS)
    .map(({ name, fallback }) => {
      const chinese = name !== LETTER_FONTS.latin.name;
      return (
        `<w:font w:name="${name}">` +
        (fallback === name ? "" : `<w:altName w:val="${fallback}"/>`) +
        `<w:charset w:val="${chinese ? "86" : "00"}"/>` +
        `<w:family w:val="${chinese ? "modern" : "roman"}"/>` +
        `<w:pitch w:val="${chinese ? "fixed" : "variable"}"/>` +
        "</w:font>"
      );
    })
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `${fonts}</w:fonts>`
  );
}

/** The .docx package of one letter. */
export async function letterDocument(letter: ReminderLetter): Promise<Uint8Array> {
  const { marginsMm } = LETTER_PAGE;
  const doc = new Document({
    creator: letter.issuer,
    title: `${letter.title}（${letter.unit}）`,
    styles: {
      default: {
        document: {
          run: { font: bodyFont, size: BODY_SIZE, language: { eastAsia: "zh-CN" } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: twips(LETTER_PAGE.widthMm),
              height: twips(LETTER_PAGE.heightMm),
            },
            margin: {
              top: twips(marginsMm.top),
              bottom: twips(marginsMm.bottom),
              left: twips(marginsMm.left),
              right: twips(marginsMm.right),
            },
          },
        },
        footers: { default: pageNumberFooter() },
        children: letterParagraphs(letter),
      },
    ],
  });
  return Packer.pack(doc, "uint8array", false, [
    { path: "word/fontTable.xml", data: fontTableXml() },
  ]);
}
