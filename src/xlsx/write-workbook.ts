/**
 * Writes the engine's summary sheets (SheetSpec) as an .xlsx: a new report workbook (--out), or
 * a copy of the user's workbook with the sheets added (--append). The input is never modified.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { layoutSheet, type SheetLayout, type SheetSpec } from "../core/sheet-spec";
import { uniqueSheetNames } from "../core/summaries/sheet-names";
import type { Lang } from "../core/types";
import { addLayoutChart } from "./chart-parts";
import type { LayoutChart } from "./chart-xml";
import { fileProblem } from "./errors";
import { openXlsxPackage } from "./package";
import { loadWorkbook } from "./read-grid";
import { renderLayout } from "./render-sheet";
import { readSheetMarkers, writeSheetMarkers } from "./sheet-marker";
import { findUnsupportedParts, partsOfSheets } from "./unsupported-parts";
import { deflatePartAsync, packZip } from "./zip-writer";

export interface WriteOptions {
  lang: Lang;
}

/** Excel's default body font for Chinese workbooks, Calibri for English. */
export function fontFor(lang: Lang): string {
  return lang === "zh-CN" ? "等线" : "Calibri";
}

/** A new workbook holding only the report sheets. */
export async function writeReportWorkbook(
  specs: SheetSpec[],
  options: WriteOptions
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  setReportProperties(workbook);
  const layouts = addSheets(workbook, specs, [], options);
  return finishPackage(workbook, layouts, null, options);
}

/**
 * A copy of the input workbook with the report sheets added. Sheets an earlier run added
 * (recognised by their marker) are replaced; a user's sheet with a clashing name is kept and
 * ours takes another name. Refuses inputs with parts exceljs would drop.
 */
export async function appendReportSheets(
  file: string,
  bytes: Buffer,
  specs: SheetSpec[],
  options: WriteOptions
): Promise<Buffer> {
  const original = await openXlsxPackage(file, bytes);
  const markers = await readSheetMarkers(original);
  const unsupported = await findUnsupportedParts(
    original,
    await partsOfSheets(original, markers.keys())
  );
  if (unsupported.length > 0) {
    throw fileProblem(
      file,
      `工作簿含有无法原样保留的内容（${unsupported.map((u) => u["zh-CN"]).join("、")}），为避免丢失，不能追加。请改用 --out 另存报告工作簿。`,
      `the workbook holds content that cannot be carried over (${unsupported.map((u) => u.en).join(", ")}); to avoid losing it, --append refuses. Use --out to write a separate report workbook.`
    );
  }
  const workbook = await loadWorkbook(file, bytes);
  for (const ws of [...workbook.worksheets])
    if (markers.has(ws.name)) workbook.removeWorksheet(ws.id);
  const layouts = addSheets(
    workbook,
    specs,
    workbook.worksheets.map((ws) => ws.name),
    options
  );
  return finishPackage(workbook, layouts, original, options);
}

/** Renders each spec on a new sheet; names taken by the user's sheets make ours "name (2)". */
function addSheets(
  workbook: ExcelJS.Workbook,
  specs: SheetSpec[],
  reserved: string[],
  options: WriteOptions
): SheetLayout[] {
  const names = uniqueSheetNames(
    specs.map((s) => s.name),
    reserved
  );
  return specs.map((spec, i) => {
    const layout = layoutSheet({ ...spec, name: names[i] });
    renderLayout(workbook.addWorksheet(layout.name), layout, { fontName: fontFor(options.lang) });
    return layout;
  });
}

function setReportProperties(workbook: ExcelJS.Workbook): void {
  workbook.creator = "台账助手 Taizhang";
  workbook.created = new Date();
}

/**
 * exceljs renders the workbook's parts into a JSZip (see renderParts); charts and sheet markers
 * are then added on that package, which is deflated once with Node's zlib.
 */
async function finishPackage(
  workbook: ExcelJS.Workbook,
  layouts: SheetLayout[],
  original: JSZip | null,
  options: WriteOptions
): Promise<Buffer> {
  const zip = await renderParts(workbook);
  for (const layout of layouts) {
    if (layout.chart)
      await addLayoutChart(
        zip,
        layout as SheetLayout & { chart: LayoutChart },
        fontFor(options.lang)
      );
  }
  await writeSheetMarkers(
    zip,
    original,
    layouts.map((l) => ({ name: l.name, key: l.key }))
  );
  // The big sheets deflate on the thread pool, side by side (same bytes as one by one).
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map(async (file) => deflatePartAsync(file.name, await file.async("nodebuffer")))
  );
  return packZip(parts);
}

/** The part-rendering steps of exceljs 4.4's `Xlsx.write`, which takes a zip with `append`. */
interface XlsxRenderer {
  prepareModel(model: unknown, options: object): void;
  [step: string]: unknown;
}

/** The steps of `Xlsx.write`, in its order (the order of the parts in the package). */
const RENDER_STEPS: (string | string[])[] = [
  "addContentTypes",
  "addOfficeRels",
  "addWorkbookRels",
  "addWorksheets",
  "addSharedStrings",
  "addDrawings",
  "addTables",
  ["addThemes", "addStyles"],
  "addMedia",
  ["addApp", "addCore"],
  "addWorkbook",
];

/**
 * The parts exceljs writes, as `writeBuffer` would, but straight into a JSZip: no stored zip
 * generated and parsed again (on a 100,000-row report that round trip cost about a second).
 */
async function renderParts(workbook: ExcelJS.Workbook): Promise<JSZip> {
  const zip = new JSZip();
  const sink = {
    append(data: string | Buffer, part: { name: string; base64?: boolean }): void {
      zip.file(part.name, data, part.base64 ? { base64: true } : {});
    },
  };
  const xlsx = workbook.xlsx as unknown as XlsxRenderer;
  const model = (workbook as unknown as { model: unknown }).model;
  xlsx.prepareModel(model, {});
  const run = (step: string) =>
    (xlsx[step] as (zip: unknown, model: unknown) => Promise<void>).call(xlsx, sink, model);
  for (const step of RENDER_STEPS)
    await (Array.isArray(step) ? Promise.all(step.map(run)) : run(step));
  return zip;
}
