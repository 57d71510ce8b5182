/**
 * Reads a worksheet into the Grid the reader takes, in few round trips:
 *   sync 1: the used range's address and size (+ merged areas where ExcelApi 1.13 exists),
 *   sync 2…: one per chunk of rows: values, number formats and the visible rows of one column.
 * A chunk holds about CHUNK_CELLS cells, so its response stays far below Excel on the web's
 * 5 MB limit; if Excel still rejects a chunk as too big, it is read again in halves.
 */
import { isTaizhangError } from "../core/index";
import { sheetNotFound } from "../app/host-errors";
import type { CellValue, Grid, MergedArea } from "../core/index";
import { areaAddress, parseAreaAddress, parseMultiAreaAddress, shiftArea } from "../core/index";
import {
  type ExcelSession,
  PAYLOAD_ERROR_CODES,
  isExcelApiSupported,
  officeErrorCode,
} from "./session";

/** Cells per chunk: values + formats of ~60k cells is ~1.5–3 MB of JSON. */
export const CHUNK_CELLS = 60_000;

export interface ReadGridOptions {
  /** Worksheet name; default the active sheet. */
  sheetName?: string;
  /** Cells per chunk (tests use small figures). */
  chunkCells?: number;
}

export async function readSheetGrid(
  session: ExcelSession,
  options: ReadGridOptions = {}
): Promise<Grid> {
  const { context } = session;
  const sheets = context.workbook.worksheets;
  const sheet = options.sheetName
    ? sheets.getItemOrNullObject(options.sheetName)
    : sheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject(true);
  const queueHeader = () => {
    sheet.load("name");
    used.load("address,rowCount,columnCount,columnHidden");
  };
  queueHeader();
  const mergeAddress = await loadSheetHeader(session, used, queueHeader).catch((error: unknown) => {
    throw options.sheetName && officeErrorCode(error) === "ItemNotFound"
      ? sheetNotFound(options.sheetName)
      : error;
  });
  // loadSheetHeader() has synced the loads above (the lint rules cannot see into it).
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  if (sheet.isNullObject) throw sheetNotFound(options.sheetName ?? "");
  if (used.isNullObject)
    return { sheetName: sheet.name, values: [], numberFormats: [], origin: { row: 0, col: 0 } };
  const area = parseAreaAddress(used.address);
  const columnCount = used.columnCount;
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  const origin = { row: area.top, col: area.left };
  const probeColumn = await visibleColumn(session, used);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const hiddenRows: number[] = [];

  let rowsPerChunk = Math.max(1, Math.floor((options.chunkCells ?? CHUNK_CELLS) / columnCount));
  for (let top = area.top; top <= area.bottom;) {
    const bottom = Math.min(area.bottom, top + rowsPerChunk - 1);
    const chunk = await readChunk(session, sheet, { ...area, top, bottom }, probeColumn).catch(
      (error: unknown) => {
        if (rowsPerChunk > 1 && PAYLOAD_ERROR_CODES.includes(officeErrorCode(error) ?? ""))
          return null;
        throw error;
      }
    );
    if (!chunk) {
      rowsPerChunk = Math.ceil(rowsPerChunk / 2);
      continue;
    }
    values.push(...chunk.values);
    numberFormats.push(...chunk.numberFormats);
    hiddenRows.push(...chunk.hiddenRows.map((r) => r - area.top));
    top = bottom + 1;
  }

  const grid: Grid = { sheetName: sheet.name, values, numberFormats, hiddenRows, origin };
  if (mergeAddress !== undefined) grid.merges = mergesInGrid(mergeAddress, area);
  return grid;
}

/**
 * Sync 1. Returns the merged areas' address ("" for none) where ExcelApi 1.13 exists, else
 * undefined (the reader infers merges). More than 512 merges make Excel fail the request: then
 * the header is loaded again without them.
 */
async function loadSheetHeader(
  session: ExcelSession,
  used: Excel.Range,
  queueHeader: () => void
): Promise<string | undefined> {
  if (!isExcelApiSupported("1.13")) {
    await session.sync();
    return undefined;
  }
  const merged = used.getMergedAreasOrNullObject();
  merged.load("address");
  try {
    await session.sync();
  } catch (error) {
    // Our own errors (a time-out) and a missing sheet are final; Excel's failure on merges is not.
    if (isTaizhangError(error) || officeErrorCode(error) === "ItemNotFound") throw error;
    queueHeader();
    await session.sync();
    return undefined;
  }
  return used.isNullObject || merged.isNullObject ? "" : merged.address;
}

/** Index (within the used range) of a column that is not hidden, to find hidden rows by; null if all are hidden. */
async function visibleColumn(session: ExcelSession, used: Excel.Range): Promise<number | null> {
  if (used.columnHidden === false) return 0;
  const columns = Array.from({ length: used.columnCount }, (_, i) =>
    used.getColumn(i).load("columnHidden")
  );
  await session.sync();
  const index = columns.findIndex((c) => c.columnHidden === false);
  return index < 0 ? null : index;
}

interface Chunk {
  values: CellValue[][];
  numberFormats: (string | null)[][];
  /** 0-based sheet rows. */
  hiddenRows: number[];
}

async function readChunk(
  session: ExcelSession,
  sheet: Excel.Worksheet,
  area: MergedArea,
  probeColumn: number | null
): Promise<Chunk> {
  const range = sheet.getRange(areaAddress(area)).load("values,numberFormat");
  // The visible view of one column lists the rows that are not hidden (ExcelApi 1.3).
  const view =
    probeColumn === null
      ? null
      : sheet
          .getRange(
            areaAddress({ ...area, left: area.left + probeColumn, right: area.left + probeColumn })
          )
          .getVisibleView()
          .load("cellAddresses");
  await session.sync();
  const visible = new Set<number>();
  for (const row of view?.cellAddresses ?? [])
    for (const address of row) visible.add(parseAreaAddress(String(address)).top);
  const hiddenRows: number[] = [];
  if (view) for (let r = area.top; r <= area.bottom; r++) if (!visible.has(r)) hiddenRows.push(r);
  return {
    values: range.values.map((row) => row.map(toCellValue)),
    numberFormats: range.numberFormat.map((row) =>
      row.map((f) => (typeof f === "string" ? f : null))
    ),
    hiddenRows,
  };
}

/** Excel gives "" for an empty cell; the reader wants null. */
function toCellValue(value: unknown): CellValue {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  return String(value);
}

/** Merged areas in grid coordinates, clipped to the used range. */
function mergesInGrid(address: string, used: MergedArea): MergedArea[] {
  return parseMultiAreaAddress(address).map((m) =>
    shiftArea(
      {
        top: Math.max(m.top, used.top),
        left: Math.max(m.left, used.left),
        bottom: Math.min(m.bottom, used.bottom),
        right: Math.min(m.right, used.right),
      },
      -used.top,
      -used.left
    )
  );
}
