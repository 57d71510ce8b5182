/** Columns of project lists (lists and letters), amounts in 万元. */
import type { CheckReport, ProjectResult } from "../report-types";
import type { SpecRow } from "../sheet-spec";
import type { Lang } from "../types";
import { STATUS_LABELS, pick, say } from "./labels";
import { FIELD_LABELS } from "../reader/fields";
import { completedHeader, yearHeader } from "../text/wording";
import {
  listAmountColumn,
  percentColumn,
  pointsColumn,
  rateHeader,
  rowValues,
  textColumn,
  type ColumnDef,
} from "./table";

type ProjectColumn = ColumnDef<ProjectResult>;

export interface ProjectColumnSet {
  name: ProjectColumn;
  /** Present only when some project of the ledger names one. */
  unit: ProjectColumn | null;
  /** Sector and category together ("工业 / 续建"); null when the ledger has neither. */
  sectorCategory: ProjectColumn | null;
  total: ProjectColumn;
  plan: ProjectColumn;
  /** Completion columns (completed, rate, and variance when T is known); empty without a completion column. */
  progress: ProjectColumn[];
  status: ProjectColumn;
  /** 存在问题, when some of the given projects has text there. */
  problems: (projects: ProjectResult[]) => ProjectColumn | null;
}

/** `unitSuffix` goes after amount headers where no unit line says it ("总投资（万元）" in letters). */
export function projectColumns(report: CheckReport, lang: Lang, unitSuffix = ""): ProjectColumnSet {
  const { period } = report;
  const year = yearHeader(period, lang);
  const has = (get: (p: ProjectResult) => string | null) =>
    report.projects.some((p) => (get(p) ?? "").trim() !== "");
  const hasCompletion = report.totals.completed !== null;
  // "sector / category", either alone when the other is blank. Every row of every list asks:
  // the few pairs a ledger has are joined once.
  const joined = new Map<string, Map<string, string>>();
  const sectorCategory = (p: ProjectResult) => {
    const sector = filled(p.row.sector);
    const category = filled(p.row.category);
    if (!sector || !category) return sector ?? category ?? "";
    let bySector = joined.get(sector);
    if (!bySector) joined.set(sector, (bySector = new Map()));
    let text = bySector.get(category);
    if (text === undefined) bySector.set(category, (text = `${sector} / ${category}`));
    return text;
  };

  const progress: ProjectColumn[] = [];
  if (hasCompletion) {
    progress.push(
      listAmountColumn(
        `${completedHeader(period, lang)}${unitSuffix}`,
        (p) => p.cny.completed,
        year
      ),
      percentColumn(rateHeader(lang), (p) => p.schedule.completionRate, year)
    );
    if (period.timeProgress !== null)
      progress.push(pointsColumn(lang, (p) => p.schedule.variancePoints));
  }

  return {
    name: textColumn(pick(FIELD_LABELS.name, lang), 30, (p) => p.row.name ?? ""),
    unit: has((p) => p.row.responsibleUnit)
      ? textColumn(pick(FIELD_LABELS.responsibleUnit, lang), 16, (p) => p.row.responsibleUnit ?? "")
      : null,
    sectorCategory: has(sectorCategory)
      ? textColumn(say(lang, "行业/类别", "Sector / category"), 18, sectorCategory)
      : null,
    total: listAmountColumn(
      `${say(lang, "总投资", "Total investment")}${unitSuffix}`,
      (p) => p.cny.totalInvestment
    ),
    plan: listAmountColumn(
      `${say(lang, "计划投资", "Annual plan")}${unitSuffix}`,
      (p) => p.cny.annualPlan,
      year
    ),
    progress,
    status: textColumn(
      say(lang, "状态", "Status"),
      11,
      (p) => pick(STATUS_LABELS[p.schedule.status], lang),
      "center"
    ),
    problems: (projects) =>
      projects.some((p) => (p.row.problems ?? "").trim() !== "")
        ? textColumn(pick(FIELD_LABELS.problems, lang), 30, (p) => p.row.problems ?? "")
        : null,
  };
}

function filled(text: string | null): string | null {
  return text && text.trim() !== "" ? text : null;
}

/** Orders by variance (ascending: worst lag first; descending: largest lead first); no variance last; ties in ledger order. */
function byVariance(direction: 1 | -1) {
  return (a: ProjectResult, b: ProjectResult): number => {
    const va = a.schedule.variancePoints;
    const vb = b.schedule.variancePoints;
    const order =
      va === null || vb === null
        ? Number(va === null) - Number(vb === null)
        : direction * (va - vb);
    return order || a.row.sheetRow - b.row.sheetRow;
  };
}

export const byLag = byVariance(1);
export const byLead = byVariance(-1);

/**
 * The order `.sort(byLag)` (direction 1) or `.sort(byLead)` (−1) would put the projects in, as
 * indexes (row k of the list is projects[order[k]]), optionally after a number each (smaller
 * first), as `group(a) − group(b) || byLag(a, b)`. The comparator reads keys taken once into
 * typed arrays: a list of 100,000 projects makes about 1.7 million comparisons. Every comparison
 * gives what the object comparator gives, so the (stable, deterministic) sort gives the same order.
 */
export function varianceOrder(
  projects: readonly ProjectResult[],
  direction: 1 | -1,
  group?: (project: ProjectResult) => number
): number[] {
  const n = projects.length;
  const variance = new Float64Array(n);
  const known = new Uint8Array(n);
  const sheetRow = new Float64Array(n);
  const groups = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = projects[i];
    const v = p.schedule.variancePoints;
    known[i] = v === null ? 0 : 1;
    variance[i] = v ?? 0;
    sheetRow[i] = p.row.sheetRow;
    if (group) groups[i] = group(p);
  }
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // The comparator answers −1, 0 or 1 (sort reads only the sign): a fractional difference would
  // be boxed into a new heap number on each of the million calls.
  order.sort((i, j) => {
    if (group) {
      const byGroup = groups[i] - groups[j];
      if (byGroup > 0) return 1;
      if (byGroup < 0) return -1;
    }
    const byV =
      known[i] === 0 || known[j] === 0
        ? known[j] - known[i]
        : direction * (variance[i] - variance[j]);
    if (byV > 0) return 1;
    if (byV < 0) return -1;
    const byRow = sheetRow[i] - sheetRow[j];
    return byRow > 0 ? 1 : byRow < 0 ? -1 : 0;
  });
  return order;
}

/**
 * The data rows of a project list, row k showing projects[order[k]] (order omitted: the projects
 * in their order). The projects are visited in their own (ledger) order and each row put in its
 * place: a list sorted by lag would otherwise jump around 100,000 projects in memory.
 */
export function projectRows(
  columns: ProjectColumn[],
  projects: readonly ProjectResult[],
  order?: readonly number[]
): SpecRow[] {
  const n = order ? order.length : projects.length;
  const position = new Array<number>(projects.length);
  for (let k = 0; k < n; k++) position[order ? order[k] : k] = k;
  const rows = new Array<SpecRow>(n);
  for (let i = 0; i < projects.length; i++) {
    const k = position[i];
    if (k === undefined) continue;
    const p = projects[i];
    rows[k] = {
      values: rowValues(columns, p, k),
      kind: "data",
      band: p.schedule.band,
      ledgerRow: p.row.sheetRow,
    };
  }
  return rows;
}
