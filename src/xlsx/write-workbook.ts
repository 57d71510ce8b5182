/**
 * Writes the engine's summary sheets (SheetSpec) as an .xlsx: a new report workbook (--out), or
 * the user's workbook with the sheets added (--append). --append is a package edit: every part
 * of the user's file is copied as stored, and only the sheet list, relationships, content types,
 * styles and the add-in's markers are extended. The input file is never modified.
 */
import { extname } from "node:path";
import type { SheetSpec } from "../core/index";
import type { Lang } from "../core/index";
import { fileProblem, type FileProblem } from "./errors";
import { sniffFileKind } from "./sniff";
import { addReportSheets, workbookPath } from "./writer/add-sheets";
import { newWorkbookPackage, setDocumentProperties } from "./writer/new-workbook";
import { packageOf, type OutputPackage } from "./writer/package";
import { ZipEntryError } from "./writer/zip-entries";
import { contentTypeOf, UneditablePart } from "./zip-parts";

export interface WorkbookWriteOptions {
  lang: Lang;
}

export interface AppendOptions extends WorkbookWriteOptions {
  /** The file the result goes to: its extension must suit the workbook kind (.xlsx, .xlsm…). */
  outFile: string;
}

/** Excel's default body font for Chinese workbooks, Calibri for English. */
export function fontFor(lang: Lang): string {
  return lang === "zh-CN" ? "等线" : "Calibri";
}

/** A new workbook holding only the report sheets. */
export async function writeReportWorkbook(
  specs: SheetSpec[],
  options: WorkbookWriteOptions,
  created = new Date()
): Promise<Buffer> {
  const pkg = newWorkbookPackage();
  const layouts = addReportSheets(pkg, specs, {
    fontName: fontFor(options.lang),
    strings: "shared",
  });
  setDocumentProperties(
    pkg,
    layouts.map((l) => l.name),
    created
  );
  return pkg.toBuffer();
}

/** The workbook kinds by the content type of their workbook part, with their extension. */
const WORKBOOK_KINDS: Record<string, { ext: string; zh: string; en: string }> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": {
    ext: ".xlsx",
    zh: "普通工作簿",
    en: "a workbook",
  },
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": {
    ext: ".xlsm",
    zh: "启用宏的工作簿",
    en: "a macro-enabled workbook",
  },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": {
    ext: ".xltx",
    zh: "模板",
    en: "a template",
  },
  "application/vnd.ms-excel.template.macroEnabled.main+xml": {
    ext: ".xltm",
    zh: "启用宏的模板",
    en: "a macro-enabled template",
  },
};
const SPREADSHEET_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xltx", ".xltm"]);

/**
 * A copy of the input workbook with the report sheets added. Sheets an earlier run added
 * (recognised by their marker) are replaced; a user's sheet with a clashing name is kept and
 * ours takes another name. Refuses what it cannot edit safely, naming the part.
 */
export async function appendReportSheets(
  file: string,
  bytes: Buffer,
  specs: SheetSpec[],
  options: AppendOptions
): Promise<Buffer> {
  if (sniffFileKind(bytes) !== "zip")
    throw fileProblem(
      file,
      "--append 只能追加到 .xlsx / .xlsm 工作簿。旧版 .xls 请先在 Excel 中另存为 .xlsx，或改用 --out 另存报告工作簿。",
      "--append can add sheets only to an .xlsx / .xlsm workbook. Save an old .xls as .xlsx in Excel first, or use --out to write a separate report workbook."
    );
  try {
    const pkg = packageOf(bytes);
    assertExtensionFits(file, pkg, options.outFile);
    addReportSheets(pkg, specs, { fontName: fontFor(options.lang), strings: "inline" });
    return await pkg.toBuffer();
  } catch (error) {
    throw appendProblem(file, error);
  }
}

/** The result keeps the input's kind (macros, template): the output name must say so. */
function assertExtensionFits(file: string, pkg: OutputPackage, outFile: string): void {
  const wbPath = workbookPath(pkg);
  const type = contentTypeOf(pkg, wbPath);
  const kind = type ? WORKBOOK_KINDS[type] : undefined;
  if (!kind)
    throw new UneditablePart(wbPath, {
      "zh-CN": `内容类型 ${type ?? "（无）"} 不是 Excel 工作簿`,
      en: `content type ${type ?? "(none)"} is not an Excel workbook's`,
    });
  const ext = extname(outFile).toLowerCase();
  if (SPREADSHEET_EXTENSIONS.has(ext) && ext !== kind.ext)
    throw fileProblem(
      outFile,
      `输入 ${file} 是${kind.zh}，追加报告后仍是${kind.zh}，须以 ${kind.ext} 结尾（Excel 不打开扩展名不符的文件）。请把 --out 改为 ${kind.ext} 文件。`,
      `the input ${file} is ${kind.en}, and so is the result of --append: it must end in ${kind.ext} (Excel does not open a file whose extension does not match). Give --out a ${kind.ext} name.`
    );
}

function appendProblem(file: string, error: unknown): FileProblem | unknown {
  if (error instanceof UneditablePart)
    return fileProblem(
      file,
      `工作簿中的 ${error.part} 无法安全修改（${error.reason["zh-CN"]}），为避免损坏工作簿，不能追加。请改用 --out 另存报告工作簿。`,
      `${error.part} in the workbook cannot be edited safely (${error.reason.en}); to avoid damaging the workbook, --append refuses. Use --out to write a separate report workbook.`
    );
  if (error instanceof ZipEntryError)
    return fileProblem(
      file,
      `工作簿的压缩包无法原样复制（${error.reason["zh-CN"]}），不能追加。请在 Excel 中另存一份后再试，或改用 --out 另存报告工作簿。`,
      `the workbook's zip package cannot be copied as it is (${error.reason.en}); --append refuses. Save a copy in Excel and try again, or use --out to write a separate report workbook.`
    );
  return error;
}
