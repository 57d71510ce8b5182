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
  const sum = (pick: (p: ProjectResult) => number | null) =>
    projects.reduce((s, p) => s + (pick(p) ?? 0), 0);
  const count = (test: (p: ProjectResult) => boolean) => projects.filter(test).length;

  const annualPlan = sum((p) => p.cny.annualPlan);
  const completed = context.hasCompletion ? sum((p) => p.cny.completed) : null;
  const completionRate = completed !== null && annualPlan !== 0 ? completed / annualPlan : null;
  const started = count((p) => isStarted(p.row, p.cny) === true);
  return {
    key,
    projects: projects.length,
    started,
    startRate: projects.length > 0 ? started / projects.length : null,
    totalInvestment: sum((p) => p.cny.totalInvestment),
    annualPlan,
    completed,
    completionRate,
    variancePoints: varianceOf(completionRate, context.timeProgress),
    ahead: count((p) => p.schedule.status === "ahead"),
    behind: count((p) => isBehind(p.schedule.status)),
    notStarted: count((p) => p.schedule.status === "not-started"),
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
