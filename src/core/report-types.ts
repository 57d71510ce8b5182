/**
 * Contracts of the checking engine (rules, schedule, groups, reconciliation).
 * Amounts are 万元 CNY unless a name says otherwise; rates are fractions; points are raw numbers.
 */
import type { AmountField, Finding, Ledger, LocalText, ProjectRow } from "./types";

// ───────────────────────────── Rule sets ─────────────────────────────

export type TimeMode = "month" | "day";

/** A colour band for lagging projects/groups: lag in points within [minLagPoints, maxLagPoints). */
export interface ColourBand {
  /** Lag (points behind, positive) where the band starts, inclusive. */
  minLagPoints: number;
  /** Lag where it ends, exclusive; null = no upper bound. */
  maxLagPoints: number | null;
  /** Fill colour, "#RRGGBB". */
  fill: string;
  /** Font colour, "#RRGGBB". */
  font: string;
  label: LocalText;
}

/** Plain JSON the user chooses and edits. Keys are documented in the README. */
export interface RuleSet {
  id: string;
  name: LocalText;
  /** Listing threshold, 万元. */
  thresholdCNY: number;
  /** Listing threshold for USD projects, 万美元. */
  thresholdUSD: number;
  /** Lower threshold for reduced sectors, 万元. */
  reducedThresholdCNY: number;
  /** Keywords: a sector matches when its name contains one. */
  reducedSectors: string[];
  /** Rate used to add USD amounts into 万元 sums. */
  usdToCny: number;
  timeMode: TimeMode;
  /**
   * The lag thresholds, in increasing order: a lag in band i is coloured as band i, and the last
   * band (open ended) is 严重滞后. The parser keeps the last band open ended (rules/bands.ts).
   */
  colourBands: ColourBand[];
  /** Completed > overPlanRatio × plan is flagged (1.5 = 150%). */
  overPlanRatio: number;
  /** Stated vs computed completion rate tolerance, points. */
  rateTolerancePoints: number;
  /** Category keywords of the 重大前期工作项目 tier. */
  preliminaryCategories: string[];
  /**
   * The office's standard order of groups (sector, unit… names as the ledger writes them): groups
   * named here come first, in this order; the others follow as groups/order.ts says.
   */
  groupOrder: string[];
}

export type ListingTier = "construction" | "preliminary";

export interface ListingResult {
  /** null: cannot be judged (no total investment). */
  eligible: boolean | null;
  tier: ListingTier;
  /** Threshold applied, in its currency's 万 (3000 万元, 500 万美元). */
  threshold: number;
  thresholdCurrency: "CNY" | "USD";
  reasons: LocalText[];
}

// ───────────────────────────── Period and schedule ─────────────────────────────

export interface Period {
  /** ISO date the user gave, or null. */
  asOf: string | null;
  /** Reporting month 1–12, or null when neither ledger nor user gives one. */
  month: number | null;
  year: number | null;
  /** T as a fraction (month mode N/12, day mode elapsed/days in year); null when unknown. */
  timeProgress: number | null;
  mode: TimeMode;
  /** Where month came from. */
  source: "ledger" | "as-of" | "user" | "none";
}

/**
 * "unknown": started, with a plan, but R or T cannot be computed (no completion column, or no
 * reporting month known), so neither ahead nor behind can be said.
 */
export type ScheduleStatus =
  "ahead" | "behind" | "severely-behind" | "not-started" | "no-plan" | "unknown";

export interface ProjectSchedule {
  /** R = completed / annual plan, or null. */
  completionRate: number | null;
  /** V = (R − T) × 100, raw, or null. */
  variancePoints: number | null;
  /** R / T, or null. */
  spi: number | null;
  /**
   * T this project is judged against: the period's, or for a project that started this year the
   * time progress since its start month (schedule/start-progress.ts); null when unknown.
   */
  timeProgress: number | null;
  status: ScheduleStatus;
  /** Index into rules.colourBands, or null. */
  band: number | null;
}

/** Figures of a set of projects: always ratios of sums. */
export interface GroupFigures {
  key: string;
  projects: number;
  started: number;
  /** started / projects, or null when projects = 0. */
  startRate: number | null;
  totalInvestment: number;
  annualPlan: number;
  /** null when the ledger has no completion column. */
  completed: number | null;
  completionRate: number | null;
  variancePoints: number | null;
  /** Projects ahead / behind (incl. severe) / not started (前期 apart) in the group. */
  ahead: number;
  behind: number;
  notStarted: number;
  /** 重大前期工作项目 in the group (lists.ts isPreliminary). */
  preliminary: number;
}

/** Amounts in 万元 CNY (USD converted with the rule set's rate). */
export type CnyAmounts = Record<AmountField, number | null>;

export interface ProjectResult {
  row: ProjectRow;
  cny: CnyAmounts;
  listing: ListingResult;
  schedule: ProjectSchedule;
  findings: Finding[];
}

export interface CheckOptions {
  rules: RuleSet;
  /** ISO date; gives the month (and day for day mode) when the ledger has none or the user insists. */
  asOf?: string;
  /** Overrides the month found in the ledger. */
  month?: number;
  timeMode?: TimeMode;
  /** Field names, header texts or column letters; default sector and category when present. */
  groupBy?: string[];
  /** Area word of the report text (全市, 全县, 全区…); default from the ledger title, else 全市. */
  area?: string;
}

/** The sheet's own 合计 row against the projects read: the reading checks itself. */
export interface StatedTotalsCheck {
  /** 1-based sheet row and label of the 合计/总计 row. */
  sheetRow: number;
  label: string;
  /** Amounts in 万 of the sheet's currency; computed from the projects the row covers. */
  amounts: { field: AmountField; stated: number; computed: number; agrees: boolean }[];
  count: { stated: number; computed: number; agrees: boolean } | null;
  agrees: boolean;
}

export interface CheckReport {
  ledger: Ledger;
  /** Null when the sheet states no total row. */
  statedTotals: StatedTotalsCheck | null;
  rules: RuleSet;
  period: Period;
  projects: ProjectResult[];
  totals: GroupFigures;
  /** One table per group-by, keyed as given. Rows sorted as the ledger lists them (first appearance). */
  groups: Record<string, GroupFigures[]>;
  /** Sheet-level findings (reader findings that are not on a project row, subtotal mismatches, unit suspicions…). */
  findings: Finding[];
  narrative: LocalText;
}

// ───────────────────────────── Reconciliation and consolidation ─────────────────────────────

export interface ProjectRef {
  code: string | null;
  name: string | null;
  sheetRow: number;
}

export interface AmountChange extends ProjectRef {
  previous: number | null;
  current: number | null;
}

export interface ReconcileResult {
  previous: { sheet: string; month: number | null };
  current: { sheet: string; month: number | null };
  added: ProjectRef[];
  removed: ProjectRef[];
  /** Cumulative completed went down (an error). */
  decreased: AmountChange[];
  planChanged: AmountChange[];
  totalChanged: AmountChange[];
  /** Every matched project's increment of cumulative completed (万元). */
  increments: (AmountChange & { increment: number | null })[];
  /** Σ increments over matched projects (万元), or null without completion columns. */
  monthIncrement: number | null;
  /** previous cumulative + 当月完成 ≠ current cumulative. */
  monthMismatches: (ProjectRef & { previous: number; thisMonth: number; current: number })[];
  findings: Finding[];
}

export interface ConsolidatedLedger {
  ledger: Ledger;
  /** For each project (same order as ledger.projects): the source's label, sheet and sheet row. */
  sources: { source: string; sheet: string; sheetRow: number }[];
  findings: Finding[];
}
