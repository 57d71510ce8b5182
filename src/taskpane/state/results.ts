/**
 * The check results as the pane shows them: the lists (behind sorted by lag, ahead, not started,
 * below the listing criteria, data problems), their filters, the groupings on offer and the tone
 * of a variance.
 */
import { groupKeyText, isSeverelyBehind, resultLabel } from "../../core/index";
import type { CheckReport, ProjectResult, ReconcileResult, RuleSet } from "../../core/index";
import { LIST_KINDS, type ListKind, projectsIn } from "../../core/index";
import { allFindings } from "../../core/index";
import { byLag, byLead } from "../../core/index";
import type { Finding, Lang, Severity } from "../../core/index";

import type { OutputSheetKind } from "../../core/index";

/** What every result is labelled with: its sheet and period (the core's resultLabel). */
export function resultContext(report: CheckReport, lang: Lang): string {
  return resultLabel(report.ledger.sheetName, report.period, lang);
}

/** The sheets the Output step offers ticked: summaries and every list (not the letters). */
export const DEFAULT_OUTPUT_KINDS: readonly OutputSheetKind[] = [
  "summary",
  "behind",
  "ahead",
  "not-started",
  "not-listed",
  "problems",
];

/** The reconciliation's lists, in the order the Reconcile step shows them. */
export const RECONCILE_SECTIONS = [
  "added",
  "removed",
  "decreased",
  "planChanged",
  "totalChanged",
  "monthMismatches",
] as const satisfies readonly (keyof ReconcileResult)[];

export type { ListKind };
type PaneProjectList = Exclude<ListKind, "problems">;
/** The pane's lists, in the order of the list sheets. */
export const LIST_ORDER = LIST_KINDS;

/** A list as the pane shows it: the worst lag or the largest lead first. */
export function projectsOf(report: CheckReport, kind: PaneProjectList): ProjectResult[] {
  const projects = projectsIn(report, kind);
  if (kind === "behind") return projects.sort(byLag);
  if (kind === "ahead") return projects.sort(byLead);
  return projects;
}

export function listCount(report: CheckReport, kind: ListKind): number {
  return kind === "problems" ? allFindings(report).length : projectsOf(report, kind).length;
}

export interface ProjectFilter {
  /** Words in the name, code or responsible unit. */
  text: string;
  /** A group key of the chosen grouping, or null for all. */
  group: string | null;
  /** Only severely behind (behind list). */
  severeOnly: boolean;
}

export const NO_FILTER: ProjectFilter = { text: "", group: null, severeOnly: false };

export function filterProjects(
  projects: ProjectResult[],
  filter: ProjectFilter,
  groupKeyOf: ((p: ProjectResult) => string) | null
): ProjectResult[] {
  const words = filter.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return projects.filter((p) => {
    if (filter.severeOnly && p.schedule.status !== "severely-behind") return false;
    if (filter.group !== null && groupKeyOf && groupKeyOf(p) !== filter.group) return false;
    const haystack = [p.row.name, p.row.code, p.row.responsibleUnit]
      .filter(Boolean)
      .join(" ")
      .toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

export function filterFindings(findings: Finding[], severity: Severity | null): Finding[] {
  return severity === null ? findings : findings.filter((f) => f.severity === severity);
}

export type Tone = "good" | "warning" | "danger" | "neutral";

/** Ahead: good; behind within the first colour band: warning; at or past the severe lag: danger. */
export function varianceTone(points: number | null, rules: RuleSet): Tone {
  if (points === null) return "neutral";
  if (points >= 0) return "good";
  return isSeverelyBehind(points, rules) ? "danger" : "warning";
}

export function groupKeyLabel(key: string, lang: Lang): string {
  return groupKeyText(key, lang);
}
