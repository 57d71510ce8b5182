/**
 * Figures of a set of projects (a group, or all of them): counts, sums and rates, always as
 * ratios of sums (Σ completed / Σ plan), never as averages of the projects' rates.
 */
import type { GroupFigures, ProjectResult } from "../report-types";
import { isBehind, isStarted, varianceOf } from "../schedule/schedule";
import type { GroupBy } from "./resolve";

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

/** Projects split by group key, groups in order of first appearance in the ledger. */
export function partitionProjects(
  projects: readonly ProjectResult[],
  groupBy: GroupBy
): ProjectGroup[] {
  const groups = new Map<string, ProjectResult[]>();
  for (const project of projects) {
    const key = groupBy.keyOf(project.row);
    const members = groups.get(key);
    if (members) members.push(project);
    else groups.set(key, [project]);
  }
  return [...groups].map(([key, members]) => ({ key, projects: members }));
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
  for (const p of projects) {
    totalInvestment += p.cny.totalInvestment ?? 0;
    annualPlan += p.cny.annualPlan ?? 0;
    completedSum += p.cny.completed ?? 0;
    if (isStarted(p.row, p.cny) === true) started++;
    const status = p.schedule.status;
    if (status === "ahead") ahead++;
    else if (isBehind(status)) behind++;
    else if (status === "not-started") notStarted++;
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
  };
}

/** One GroupFigures per group, in ledger order. */
export function groupFigures(
  projects: readonly ProjectResult[],
  groupBy: GroupBy,
  context: FiguresContext
): GroupFigures[] {
  return partitionProjects(projects, groupBy).map((g) => figuresOf(g.key, g.projects, context));
}
