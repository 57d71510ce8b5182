/**
 * Figures of a set of projects (a group, or all of them): counts, sums and rates, always as
 * ratios of sums (Σ completed / Σ plan), never as averages of the projects' rates.
 */
import type { GroupFigures, ProjectResult } from "../report-types";
import { isBehind, isStarted, varianceOf } from "../schedule/schedule";
import type { GroupKeyOrder } from "./order";
import type { GroupBy } from "./resolve";
import { isOnList } from "../lists";

export interface FiguresContext {
  /** False when the ledger has no completion column: completed, R and V are null. */
  hasCompletion: boolean;
  /** Time progress T, or null. */
  timeProgress: number | null;
}

export interface ProjectGroup {
  key: string;
  projects: ProjectResult[];
}

/**
 * Projects split by group key; groups in `order` (groups/order.ts: the configured, section or
 * standard order), else in order of first appearance in the ledger.
 */
export function partitionProjects(
  projects: readonly ProjectResult[],
  groupBy: GroupBy,
  order?: GroupKeyOrder
): ProjectGroup[] {
  const groups = new Map<string, ProjectResult[]>();
  for (const project of projects) {
    const key = groupBy.keyOf(project.row);
    const members = groups.get(key);
    if (members) members.push(project);
    else groups.set(key, [project]);
  }
  const keys = order ? order([...groups.keys()]) : [...groups.keys()];
  return keys.map((key) => ({ key, projects: groups.get(key)! }));
}

export function figuresOf(
  key: string,
  projects: readonly ProjectResult[],
  context: FiguresContext
): GroupFigures {
  // One pass (sums in ledger order, as before): this runs for the totals and every group.
  let totalInvestment = 0;
  let annualPlan = 0;
  let completedSum = 0;
  let started = 0;
  let ahead = 0;
  let behind = 0;
  let notStarted = 0;
  let preliminary = 0;
  for (const p of projects) {
    totalInvestment += p.cny.totalInvestment ?? 0;
    annualPlan += p.cny.annualPlan ?? 0;
    completedSum += p.cny.completed ?? 0;
    if (isStarted(p.row, p.cny) === true) started++;
    const status = p.schedule.status;
    if (status === "ahead") ahead++;
    else if (isBehind(status)) behind++;
    if (isOnList(p, "preliminary")) preliminary++;
    else if (isOnList(p, "not-started")) notStarted++;
  }
  const completed = context.hasCompletion ? completedSum : null;
  const completionRate = completed !== null && annualPlan !== 0 ? completed / annualPlan : null;
  return {
    key,
    projects: projects.length,
    started,
    startRate: projects.length > 0 ? started / projects.length : null,
    totalInvestment,
    annualPlan,
    completed,
    completionRate,
    variancePoints: varianceOf(completionRate, context.timeProgress),
    ahead,
    behind,
    notStarted,
    preliminary,
  };
}

/** One GroupFigures per group, in `order` (else ledger order). */
export function groupFigures(
  projects: readonly ProjectResult[],
  groupBy: GroupBy,
  context: FiguresContext,
  order?: GroupKeyOrder
): GroupFigures[] {
  return partitionProjects(projects, groupBy, order).map((g) =>
    figuresOf(g.key, g.projects, context)
  );
}
