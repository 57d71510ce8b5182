/**
 * The report paragraph in the wording of published bulletins (seed 001):
 *   全市共实施重点项目45个，总投资259.57亿元，年度计划投资134.18亿元。其中，开工建设39个，完成投资56.54亿元，
 *   占年度计划的42.14%，低于时间进度7.86个百分点。
 *   1、工业项目，完成投资34.74亿元，占年度计划的53.20%，高于时间进度3.20个百分点。其中21个项目开工在建，…
 * Amounts in 亿元 (English: billion yuan) and rates with two decimals; rounding happens only here.
 */
import { billion, percent, yi } from "../format";
import { BLANK_GROUP_KEY, groupKeyText } from "../groups/fields";
import { figuresOf, partitionProjects } from "../groups/figures";
import { groupKeyOrder } from "../groups/order";
import { resolveGroupBy } from "../groups/resolve";
import type { CheckReport, GroupFigures, ProjectResult } from "../report-types";
import { isOnList } from "../lists";
import { isBehind, isStarted } from "../schedule/schedule";
import type { Lang, LocalText } from "../types";
import { compareText, countNoun, hasHave, isAre, joinNames } from "./phrases";

export interface NarrativeGroup {
  figures: GroupFigures;
  /** The group's projects, in ledger order. */
  projects: ProjectResult[];
}

export interface NarrativeInput {
  /** 全市 / 全县 / 全区 … */
  area: string;
  totals: GroupFigures;
  projects: ProjectResult[];
  /** One sentence per group; empty = totals only. */
  groups: NarrativeGroup[];
  /** How many project names to cite per list (ahead / behind / not started). Default 3. */
  names?: number;
}

const DEFAULT_NAMES = 3;

/** The whole paragraph: the totals sentence, then one line per group. */
export function buildNarrative(input: NarrativeInput, lang: Lang): string {
  return narrativeIn(input, narrativeFacts(input), lang);
}

/** Both languages from one look at the projects (the lists cited are the same in both). */
export function buildNarrativeText(input: NarrativeInput): LocalText {
  const facts = narrativeFacts(input);
  return { "zh-CN": narrativeIn(input, facts, "zh-CN"), en: narrativeIn(input, facts, "en") };
}

/** What the paragraph says about the projects, apart from its wording. */
interface NarrativeFacts {
  /** The projects not started, when there are no groups to say it per group. */
  notStarted: CitedList | null;
  groups: GroupFacts[];
}

function narrativeFacts(input: NarrativeInput): NarrativeFacts {
  const names = input.names ?? DEFAULT_NAMES;
  return {
    notStarted: input.groups.length === 0 ? notStartedList(input.projects, names) : null,
    groups: input.groups.map((group) => groupFacts(group, names)),
  };
}

function narrativeIn(input: NarrativeInput, facts: NarrativeFacts, lang: Lang): string {
  const lines = [totalsSentence(input, lang)];
  if (facts.notStarted) lines[0] += notStartedSentence(facts.notStarted, lang);
  input.groups.forEach((group, i) =>
    lines.push(factsSentence(group.figures, facts.groups[i], i + 1, lang))
  );
  return lines.join("\n");
}

/** 全市共实施重点项目45个，总投资259.57亿元，年度计划投资134.18亿元。其中，开工建设39个，完成投资56.54亿元，… */
export function totalsSentence(input: NarrativeInput, lang: Lang): string {
  const { totals } = input;
  const started = startedKnown(input.projects) ? totals.started : null;
  if (lang === "en") {
    const area = AREA_EN[input.area] ?? "area";
    let text =
      `Across the ${area}, ${countNoun(totals.projects, "key project")} ${isAre(totals.projects)} under way, ` +
      `with total investment of ${billion(totals.totalInvestment)} billion yuan and annual planned investment of ${billion(totals.annualPlan)} billion yuan.`;
    if (started !== null) text += ` Of these, ${started} ${hasHave(started)} started construction.`;
    if (totals.completed !== null)
      text += ` Completed investment reached ${completionClause(totals, lang)}.`;
    return text;
  }
  const head = `${input.area}共实施重点项目${totals.projects}个，总投资${yi(totals.totalInvestment)}亿元，年度计划投资${yi(totals.annualPlan)}亿元。`;
  const parts = [
    started === null ? null : `开工建设${started}个`,
    totals.completed === null ? null : completionClause(totals, lang),
  ];
  const present = parts.filter((p): p is string => p !== null);
  return present.length > 0 ? `${head}其中，${present.join("，")}。` : head;
}

/** 1、工业项目，完成投资34.74亿元，占年度计划的53.20%，高于时间进度3.20个百分点。其中21个项目开工在建，A、B等13个项目超时间进度，… */
export function groupSentence(
  group: NarrativeGroup,
  index: number,
  lang: Lang,
  names = DEFAULT_NAMES
): string {
  return factsSentence(group.figures, groupFacts(group, names), index, lang);
}

/** The projects a group's sentence cites, and whether to say how many have started. */
interface GroupFacts {
  ahead: CitedList;
  behind: CitedList;
  /** How many have started; null when the ledger does not tell, or none has. */
  started: number | null;
  notStarted: CitedList | null;
}

function groupFacts({ figures, projects }: NarrativeGroup, names: number): GroupFacts {
  return {
    ahead: citedList(
      projects.filter((p) => p.schedule.status === "ahead"),
      names,
      byVariance(-1)
    ),
    behind: citedList(
      projects.filter((p) => isBehind(p.schedule.status)),
      names,
      byVariance(1)
    ),
    // Say how many have started only when the ledger tells, and when there are any.
    started: startedKnown(projects) && figures.started > 0 ? figures.started : null,
    notStarted: notStartedList(projects, names),
  };
}

function factsSentence(
  figures: GroupFigures,
  { ahead, behind, started, notStarted }: GroupFacts,
  index: number,
  lang: Lang
): string {
  const cite = (list: CitedList) => citeNames(list, lang);
  const notStartedText = notStarted ? notStartedSentence(notStarted, lang) : "";

  if (lang === "en") {
    const lead =
      figures.completed !== null
        ? `${index}. ${groupKeyText(figures.key, lang)}: completed investment ${completionClause(figures, lang)}.`
        : `${index}. ${groupKeyText(figures.key, lang)}: ${countNoun(figures.projects, "project")}, annual planned investment ${billion(figures.annualPlan)} billion yuan.`;
    const clauses = [
      started === null
        ? null
        : `${countNoun(started, "project")} ${hasHave(started)} started construction`,
      ahead.length === 0
        ? null
        : `${ahead.length} ${isAre(ahead.length)} ahead of schedule${cite(ahead)}`,
      behind.length === 0 ? null : `${behind.length} ${isAre(behind.length)} behind${cite(behind)}`,
    ].filter((c): c is string => c !== null);
    const detail = clauses.length > 0 ? ` ${clauses.join("; ")}.` : "";
    return lead + detail + notStartedText;
  }

  const name = groupName(figures.key);
  const lead =
    figures.completed !== null
      ? `${index}、${name}，${completionClause(figures, lang)}。`
      : `${index}、${name}，共${figures.projects}个，年度计划投资${yi(figures.annualPlan)}亿元。`;
  const clauses = [
    started === null ? null : `${started}个项目开工在建`,
    ahead.length === 0 ? null : `${cite(ahead)}超时间进度`,
    behind.length === 0 ? null : `${cite(behind)}进度较慢`,
  ].filter((c): c is string => c !== null);
  const detail = clauses.length > 0 ? `其中${clauses.join("，")}。` : "";
  return lead + detail + notStartedText;
}

/** The narrative input of a report, grouped by `groupBy` (default: the report's first grouping). */
export function narrativeInputOf(
  report: CheckReport,
  options: { groupBy?: string; area?: string; names?: number } = {}
): NarrativeInput {
  const spec = options.groupBy ?? Object.keys(report.groups)[0];
  return {
    area: options.area ?? areaOf(report.ledger.title),
    totals: report.totals,
    projects: report.projects,
    groups: spec === undefined ? [] : narrativeGroups(report, spec),
    names: options.names,
  };
}

/** The report's groups for a group-by with their projects; figures reused when the report has them. */
function narrativeGroups(report: CheckReport, spec: string): NarrativeGroup[] {
  const context = {
    hasCompletion: report.totals.completed !== null,
    timeProgress: report.period.timeProgress,
  };
  const known = new Map((report.groups[spec] ?? []).map((f) => [f.key, f]));
  const order = groupKeyOrder(report.ledger, report.rules);
  return partitionProjects(report.projects, resolveGroupBy(report.ledger, spec), order).map(
    (g) => ({
      figures: known.get(g.key) ?? figuresOf(g.key, g.projects, context),
      projects: g.projects,
    })
  );
}

/** 全市 / 全县 / 全区 from the ledger title ("2024年全县重点项目…", "平昌县重点项目…"); default 全市. */
export function areaOf(title: string | null): string {
  const text = title ?? "";
  const explicit = /全([市县区])/.exec(text);
  if (explicit) return `全${explicit[1]}`;
  const before = text.split("重点")[0];
  const last = [...before.matchAll(/[市县区]/g)].pop();
  return last ? `全${last[0]}` : "全市";
}

const AREA_EN: Record<string, string> = { 全市: "city", 全县: "county", 全区: "district" };

/** zh: 完成投资56.54亿元，占年度计划的42.14%，低于时间进度7.86个百分点; en: the same without its verb ("5.654 billion yuan, 42.14% of…"). */
function completionClause(figures: GroupFigures, lang: Lang): string {
  const completed = figures.completed ?? 0;
  const parts = [
    lang === "en" ? `${billion(completed)} billion yuan` : `完成投资${yi(completed)}亿元`,
  ];
  if (figures.completionRate !== null) {
    parts.push(
      lang === "en"
        ? `${percent(figures.completionRate)} of the annual plan`
        : `占年度计划的${percent(figures.completionRate)}`
    );
  }
  const compare = compareText(figures.variancePoints, lang);
  if (compare) parts.push(compare);
  return parts.join(lang === "en" ? ", " : "，");
}

/** A、B等4个项目尚未开工。 (前期 projects are not expected to have started: not named here.) */
function notStartedSentence(notStarted: CitedList, lang: Lang): string {
  const cited = citeNames(notStarted, lang);
  if (lang === "en")
    return ` ${countNoun(notStarted.length, "project")} ${hasHave(notStarted.length)} not started${cited}.`;
  return `${cited}尚未开工。`;
}

/** The projects not started (null when there are none). */
function notStartedList(projects: readonly ProjectResult[], names: number): CitedList | null {
  const notStarted = projects.filter((p) => isOnList(p, "not-started"));
  return notStarted.length === 0 ? null : citedList(notStarted, names);
}

/** zh: "A、B、C等5个项目" ("A" alone for one project); en: ": A and B" when all are named, else ", including A, B and C". */
function citeNames(projects: CitedList, lang: Lang): string {
  const names = projects.first.map((p) => projectName(p, lang));
  if (lang === "zh-CN")
    return projects.length === 1 ? names[0] : `${joinNames(names, lang)}等${projects.length}个项目`;
  return projects.length <= names.length
    ? `: ${joinNames(names, lang)}`
    : `, including ${joinNames(names, lang)}`;
}

function projectName(project: ProjectResult, lang: Lang): string {
  const name = project.row.name?.trim();
  if (name) return name;
  return lang === "en"
    ? `the project on row ${project.row.sheetRow}`
    : `第${project.row.sheetRow}行项目`;
}

/** 工业 → 工业项目; 工业项目 stays; a blank key stays as （未填）. */
function groupName(key: string): string {
  return key === BLANK_GROUP_KEY || key.endsWith("项目") ? key : `${key}项目`;
}

/** A list of projects as a sentence cites it: how many, and the first few named. */
interface CitedList {
  length: number;
  first: readonly ProjectResult[];
}

/**
 * The first max(1, limit) projects in the order `compare` gives (ties in ledger order, as a
 * stable sort), picked without sorting a whole group of thousands of projects.
 */
function citedList(
  projects: readonly ProjectResult[],
  limit: number,
  compare?: (a: ProjectResult, b: ProjectResult) => number
): CitedList {
  const k = Math.max(1, limit);
  if (!compare) return { length: projects.length, first: projects.slice(0, k) };
  // Infinite variances compare as NaN: leave such (odd) lists to the full sort.
  if (projects.some((p) => !Number.isFinite(p.schedule.variancePoints ?? 0)))
    return { length: projects.length, first: [...projects].sort(compare).slice(0, k) };
  const first: ProjectResult[] = [];
  for (const project of projects) {
    if (first.length === k && compare(project, first[k - 1]) >= 0) continue;
    let at = first.length;
    while (at > 0 && compare(project, first[at - 1]) < 0) at--;
    first.splice(at, 0, project);
    if (first.length > k) first.pop();
  }
  return { length: projects.length, first };
}

/** Sorts by variance, descending (direction −1: most ahead first) or ascending (1: largest lag first). */
function byVariance(direction: 1 | -1) {
  return (a: ProjectResult, b: ProjectResult) =>
    direction * ((a.schedule.variancePoints ?? 0) - (b.schedule.variancePoints ?? 0));
}

/** Whether the ledger says (or shows) for any project whether it has started. */
function startedKnown(projects: readonly ProjectResult[]): boolean {
  return projects.some((p) => isStarted(p.row, p.cny) !== null);
}
