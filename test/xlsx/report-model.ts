/**
 * What a user sees of a report workbook, as plain data for a deep comparison: per sheet its
 * cells (address, type, value, style), merges, column widths, row heights, frozen panes,
 * conditional formats, print setup and chart, plus the sheet markers. Read by exceljs (an
 * independent reader, not our writer's code), so two writers' packages compare by meaning, not
 * by bytes. Styles are numbered in a table so large sheets stay small.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export interface SheetModel {
  name: string;
  state: string;
  views: unknown[];
  pageSetup: Record<string, unknown>;
  /** Width and hidden flag of each column (1-based index as key), where set. */
  columns: Record<string, { width: number | null; hidden: boolean }>;
  /** Height of each row whose height is set (1-based). */
  rowHeights: Record<string, number>;
  /** [address, type, value, style number] of every cell with a value or a style. */
  cells: [string, number, unknown, number][];
  merges: string[];
  conditionalFormats: unknown[];
  /** The chart part and drawing part of the sheet (relationship ids replaced by "rId"). */
  chart: { chart: string; drawing: string } | null;
}

export interface ReportModel {
  sheets: SheetModel[];
  /** Style number → canonical style (number format, font, fill, border, alignment). */
  styles: string[];
  /** Custom document properties: the sheet markers. */
  properties: [string, string][];
  creator: string | null;
}

/** Object keys sorted and undefined members dropped, so equal styles print equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

async function partText(zip: JSZip, path: string): Promise<string | null> {
  const file = zip.file(path);
  return file ? file.async("string") : null;
}

function resolve(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const s of target.split("/")) {
    if (s === "..") parts.pop();
    else if (s !== ".") parts.push(s);
  }
  return parts.join("/");
}

async function relTargets(zip: JSZip, part: string, type: string): Promise<string[]> {
  const slash = part.lastIndexOf("/");
  const rels = await partText(zip, `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`);
  const out: string[] = [];
  for (const tag of rels?.match(/<Relationship\s[^>]*>/g) ?? []) {
    if (!tag.includes(`Type="${type}"`)) continue;
    const target = /Target="([^"]*)"/.exec(tag)?.[1];
    if (target) out.push(resolve(part, target));
  }
  return out;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Sheet name → its chart and drawing XML, found through the package's relationships. */
async function chartsBySheet(zip: JSZip): Promise<Map<string, SheetModel["chart"]>> {
  const charts = new Map<string, SheetModel["chart"]>();
  const workbook = (await partText(zip, "xl/workbook.xml")) ?? "";
  const rels = (await partText(zip, "xl/_rels/workbook.xml.rels")) ?? "";
  const unescape = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&");
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = unescape(/\sname="([^"]*)"/.exec(tag)?.[1] ?? "");
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((r) => r.includes(`Id="${id}"`));
    const target = rel && /Target="([^"]*)"/.exec(rel)?.[1];
    if (!target) continue;
    const sheetPart = resolve("xl/workbook.xml", target);
    const [drawing] = await relTargets(zip, sheetPart, `${REL}/drawing`);
    if (!drawing) continue;
    const [chart] = await relTargets(zip, drawing, `${REL}/chart`);
    const noIds = (xml: string | null) => (xml ?? "").replace(/r:id="rId\d+"/g, 'r:id="rId"');
    charts.set(name, {
      chart: noIds(chart ? await partText(zip, chart) : null),
      drawing: noIds(await partText(zip, drawing)),
    });
  }
  return charts;
}

/** The model of a report workbook; `onlySheets` limits it to some sheets (ours after --append). */
export async function reportModel(bytes: Buffer, onlySheets?: string[]): Promise<ReportModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const charts = await chartsBySheet(zip);
  const styles: string[] = [];
  const styleNumber = (style: unknown): number => {
    const key = JSON.stringify(canonical(style));
    let i = styles.indexOf(key);
    if (i < 0) i = styles.push(key) - 1;
    return i;
  };
  const sheets: SheetModel[] = [];
  for (const ws of wb.worksheets) {
    if (onlySheets && !onlySheets.includes(ws.name)) continue;
    const columns: SheetModel["columns"] = {};
    /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs, not Office.js */
    for (let c = 1; c <= ws.columnCount; c++) {
      const column = ws.getColumn(c);
      if (column.width !== undefined || column.hidden)
        columns[c] = { width: column.width ?? null, hidden: column.hidden };
    }
    /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read */
    const rowHeights: SheetModel["rowHeights"] = {};
    const cells: SheetModel["cells"] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined) rowHeights[r] = row.height;
      row.eachCell({ includeEmpty: true }, (cell) => {
        const style = canonical(cell.style) as Record<string, unknown>;
        if (cell.type === ExcelJS.ValueType.Null && Object.keys(style).length === 0) return;
        // A merged cell's value is its master's; the cell itself holds none. An empty text
        // counts as an empty cell: exceljs reads an empty inline string as one.
        const empty = cell.type === ExcelJS.ValueType.Merge || cell.value === "";
        const type = cell.value === "" ? ExcelJS.ValueType.Null : cell.type;
        cells.push([cell.address, type, empty ? null : cell.value, styleNumber(style)]);
      });
    });
    const cf = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    const setup = ws.pageSetup as unknown as Record<string, unknown>;
    sheets.push({
      name: ws.name,
      state: ws.state,
      views: canonical(ws.views) as unknown[],
      pageSetup: canonical({
        orientation: setup.orientation,
        paperSize: setup.paperSize,
        fitToPage: setup.fitToPage,
        fitToWidth: setup.fitToWidth,
        fitToHeight: setup.fitToHeight,
        horizontalCentered: setup.horizontalCentered,
        printTitlesRow: setup.printTitlesRow,
        footer: (ws.headerFooter as { oddFooter?: string } | undefined)?.oddFooter,
      }) as Record<string, unknown>,
      columns,
      rowHeights,
      cells,
      merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
      conditionalFormats: canonical(cf) as unknown[],
      chart: charts.get(ws.name) ?? null,
    });
  }
  const custom = (await partText(zip, "docProps/custom.xml")) ?? "";
  const properties = (custom.match(/<property\b[\s\S]*?<\/property>/g) ?? []).map(
    (p) =>
      [
        /\sname="([^"]*)"/.exec(p)?.[1] ?? "",
        /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(p)?.[1] ?? "",
      ] as [string, string]
  );
  return { sheets, styles, properties, creator: wb.creator ?? null };
}
