/**
 * What counts as lagging, ahead, not started or unlisted: which projects go on which list. One
 * rule for the list sheets, the pane's lists, the CLI's text summary and the reminder letters.
 * Lists are in ledger order here; each view sorts as it shows them.
 */
import type { CheckReport, ProjectResult } from "./report-types";
import { isBehind } from "./schedule/schedule";

/** The lists of projects; "problems" (the data problems) is the list sheet of findings, not of projects. */
export type ProjectListKind =
  "behind" | "severely-behind" | "ahead" | "not-started" | "preliminary" | "not-listed";
export type ListKind = Exclude<ProjectListKind, "severely-behind"> | "problems";

/** The list sheets, in the order they are written and shown. */
export const LIST_KINDS: readonly ListKind[] = [
  "behind",
  "ahead",
  "not-started",
  "preliminary",
  "not-listed",
  "problems",
];

/** Whether a project belongs on a list. */
export function isOnList(project: ProjectResult, kind: ProjectListKind): boolean {
  switch (kind) {
    case "behind":
      // Behind the time progress, severely or not (src/core/schedule decides the status).
      return isBehind(project.schedule.status);
    case "severely-behind":
      return project.schedule.status === "severely-behind";
    case "ahead":
      return project.schedule.status === "ahead";
    case "not-started":
      // 前期 projects are not expected to start yet: their own list, so that the 新开工 and 续建
      // projects that should have started are not buried among them.
      return project.schedule.status === "not-started" && !isPreliminary(project);
    case "preliminary":
      return isPreliminary(project);
    case "not-listed":
      // Below the rules' listing criteria (the threshold of the rule set).
      return project.listing.eligible === false;
  }
}

/**
 * A 重大前期工作项目: its category (or status, or section) is one of the rule set's
 * preliminaryCategories (前期, 预备, 储备), as the listing criteria decide (rules/listing.ts).
 */
export function isPreliminary(project: ProjectResult): boolean {
  return project.listing.tier === "preliminary";
}

/** The projects of a list, in ledger order. */
export function projectsIn(report: CheckReport, kind: ProjectListKind): ProjectResult[] {
  return report.projects.filter((p) => isOnList(p, kind));
}
