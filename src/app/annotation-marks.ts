/**
 * The two mark columns the add-in writes beside a ledger (status, points), the same in every
 * host (Excel, WPS): their headers, and which cells still hold what we wrote, so removing the
 * annotations never clears what a user typed there since.
 */
import type { CheckReport, ColourBand, MergedArea } from "../core/index";
import { runsOf } from "../core/index";
import { STATUS_LABELS } from "../core/index";
import type { Lang } from "../core/index";
import { MAX_COL, areaAddress, columnLetters, parseAreaAddress } from "../core/index";
import { cellInput } from "./cell-input";
import { rowsWithFigureErrors } from "./data-errors";
import { noRoomForMarks } from "./host-errors";

export const ANNOTATION_HEADERS: Record<Lang, string[]> = {
  "zh-CN": ["进度状态", "与时序进度比(个百分点)"],
  en: ["Schedule status", "Variance (points)"],
};

/** The status of a project whose plan or completed figure the checks called an error: no points are written. */
export const DATA_ERROR_MARK: Record<Lang, string> = {
  "zh-CN": "数据有误，见数据问题",
  en: "Data error: see data problems",
};

const KNOWN_MARKS = new Set([
  ...Object.values(STATUS_LABELS).flatMap((t) => [t["zh-CN"], t.en]),
  ...Object.values(DATA_ERROR_MARK),
]);

function isFigure(value: unknown): boolean {
  return (
    typeof value === "number" ||
    (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
  );
}

/**
 * Which mark cells hold what we wrote (or nothing): a status label, the points beside our
 * status, our header. `cells` are the [status, points] of each row as the host reads them.
 */
export function ourMarkCells(cells: readonly unknown[][], headers: readonly string[]): boolean[][] {
  return cells.map(([status, points]) => {
    if (headers.length === 2 && status === headers[0] && points === headers[1]) return [true, true];
    const statusOurs = status === "" || (typeof status === "string" && KNOWN_MARKS.has(status));
    return [statusOurs, points === "" || (statusOurs && isFigure(points))];
  });
}

/**
 * The values of the two mark columns over sheet rows top..bottom (0-based): our header on the
 * ledger's header row, each project's status label and its points (two decimals, without
 * touching the cells' own number format), blanks elsewhere. A project whose variance rests on a
 * figure the checks called an error gets DATA_ERROR_MARK and no points (nor a colour band).
 */
/** Where the annotations of a report go on its sheet, and what they hold: the same in every host. */
export interface AnnotationPlacement {
  /** The two mark columns (status, points) from the header row (or first project) to the last project. */
  markArea: MergedArea;
  marks: (string | number)[][];
  /** The project rows of the table, coloured by band; null when no band is to be applied. */
  highlight: MergedArea | null;
  bands: ColourBand[];
  /** The points cell of the highlight's first row, column-absolute ("$M5"), for the band formulas. */
  pointsCell: string;
  /** The header cells written, for the removal record. */
  headers: string[];
  /** The mark columns' letters, for the result. */
  columns: [string, string];
}

/**
 * The annotations of a report on a sheet whose used range spans `table` (0-based columns): the
 * mark columns right of it, the rows they cover and the band highlight. Null without projects.
 */
export function placeAnnotations(
  report: CheckReport,
  sheetName: string,
  table: { left: number; right: number },
  options: { lang?: Lang; highlight?: boolean }
): AnnotationPlacement | null {
  const lang = options.lang ?? "zh-CN";
  if (report.projects.length === 0) return null;
  const statusCol = table.right + 1;
  if (statusCol + 1 > MAX_COL) throw noRoomForMarks(sheetName);
  // A loop, not Math.min(...rows): spreading 100,000+ rows overflows the call stack.
  let firstProject = Infinity;
  let bottom = -Infinity;
  for (const p of report.projects) {
    firstProject = Math.min(firstProject, p.row.sheetRow - 1);
    bottom = Math.max(bottom, p.row.sheetRow - 1);
  }
  const headerRow = report.ledger.header
    ? report.ledger.origin.row + report.ledger.header.last
    : null;
  const top = Math.min(firstProject, headerRow ?? Infinity);
  const bands = options.highlight === false ? [] : report.rules.colourBands;
  return {
    markArea: { top, left: statusCol, bottom, right: statusCol + 1 },
    marks: annotationMarks(report, top, bottom, headerRow, lang),
    highlight:
      bands.length > 0 ? { top: firstProject, left: table.left, bottom, right: table.right } : null,
    bands,
    pointsCell: `$${columnLetters(statusCol + 1)}${firstProject + 1}`,
    headers: headerRow !== null ? ANNOTATION_HEADERS[lang] : [],
    columns: [columnLetters(statusCol), columnLetters(statusCol + 1)],
  };
}

export function annotationMarks(
  report: CheckReport,
  top: number,
  bottom: number,
  headerRow: number | null,
  lang: Lang
): (string | number)[][] {
  const marks: (string | number)[][] = Array.from({ length: bottom - top + 1 }, () => ["", ""]);
  if (headerRow !== null) marks[headerRow - top] = [...ANNOTATION_HEADERS[lang]];
  const wrong = rowsWithFigureErrors(report);
  for (const p of report.projects) {
    if (wrong.has(p.row.sheetRow)) {
      marks[p.row.sheetRow - 1 - top] = [DATA_ERROR_MARK[lang], ""];
      continue;
    }
    const status = p.schedule.status as keyof typeof STATUS_LABELS;
    const points = p.schedule.variancePoints;
    marks[p.row.sheetRow - 1 - top] = [
      cellInput(STATUS_LABELS[status]?.[lang] ?? "", "General") as string,
      points === null ? "" : Math.round(points * 100) / 100,
    ];
  }
  return marks;
}

/**
 * The A1 addresses to clear when the annotations are removed: one per run of cells in each mark
 * column that still hold what we wrote (normally the whole column), never a cell the user typed.
 */
export function ourMarkAreas(
  markArea: string,
  cells: readonly unknown[][],
  headers: readonly string[]
): string[] {
  const area = parseAreaAddress(markArea);
  const ours = ourMarkCells(cells, headers);
  const areas: string[] = [];
  for (const col of [0, 1])
    for (const run of runsOf(ours.map((row) => row[col])))
      if (run.value)
        areas.push(
          areaAddress({
            top: area.top + run.start,
            left: area.left + col,
            bottom: area.top + run.end,
            right: area.left + col,
          })
        );
  return areas;
}
