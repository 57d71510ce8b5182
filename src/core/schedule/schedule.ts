/**
 * Schedule variance of one project: R = completed / annual plan, V = (R − T) × 100 points on raw
 * values, SPI = R / T, a status and a colour band. The band and 严重滞后 come from the same
 * thresholds: severely behind is being in the last, open-ended band (rules/bands.ts).
 */
import type {
  CnyAmounts,
  ColourBand,
  ProjectSchedule,
  RuleSet,
  ScheduleStatus,
} from "../report-types";
import type { Ledger, ProjectRow } from "../types";
import { shownPoints } from "../format";

/** Whether the ledger reports completed investment at all (otherwise R, V and SPI stay null). */
export function hasCompletionColumn(ledger: Ledger): boolean {
  return ledger.columns.completed !== undefined;
}

/**
 * Started as the reader says; when it cannot tell, a project with completed investment has
 * evidently started. null = unknown.
 */
export function isStarted(row: ProjectRow, cny: CnyAmounts): boolean | null {
  if (row.started !== null) return row.started;
  return cny.completed !== null && cny.completed > 0 ? true : null;
}

export interface ScheduleInput {
  row: ProjectRow;
  cny: CnyAmounts;
  /**
   * Time progress T (fraction) this project is judged against (check.ts gives projectTimeProgress:
   * since the start month for a project started this year), or null when no month is known.
   */
  timeProgress: number | null;
  hasCompletion: boolean;
  rules: RuleSet;
}

export function projectSchedule({
  row,
  cny,
  timeProgress,
  hasCompletion,
  rules,
}: ScheduleInput): ProjectSchedule {
  const plan = cny.annualPlan;
  const hasPlan = plan !== null && plan !== 0;
  // With a completion column, a blank completion cell means nothing done yet.
  const completionRate = hasPlan && hasCompletion ? (cny.completed ?? 0) / plan : null;
  const variancePoints = varianceOf(completionRate, timeProgress);
  const spi = completionRate !== null && timeProgress ? completionRate / timeProgress : null;
  const band = bandIndex(variancePoints, rules.colourBands);
  const status = statusOf(isStarted(row, cny), hasPlan, variancePoints, isSevereBand(band, rules));
  return { completionRate, variancePoints, spi, timeProgress, status, band };
}

/** V = (R − T) × 100, on raw values; null when either is unknown. */
export function varianceOf(
  completionRate: number | null,
  timeProgress: number | null
): number | null {
  return completionRate === null || timeProgress === null
    ? null
    : (completionRate - timeProgress) * 100;
}

function statusOf(
  started: boolean | null,
  hasPlan: boolean,
  variancePoints: number | null,
  severe: boolean
): ScheduleStatus {
  if (started === false) return "not-started";
  if (!hasPlan) return "no-plan";
  if (variancePoints === null) return "unknown";
  if (shownPoints(variancePoints) >= 0) return "ahead";
  return severe ? "severely-behind" : "behind";
}

/** Whether a band index is the 严重滞后 band: the last one, open ended. */
export function isSevereBand(band: number | null, rules: RuleSet): boolean {
  const bands = rules.colourBands;
  return band !== null && band === bands.length - 1 && bands[band].maxLagPoints === null;
}

/** Severely behind (严重滞后) for a variance: the same test as the project status and the red band. */
export function isSeverelyBehind(variancePoints: number | null, rules: RuleSet): boolean {
  return (
    variancePoints !== null &&
    shownPoints(variancePoints) < 0 &&
    isSevereBand(bandIndex(variancePoints, rules.colourBands), rules)
  );
}

/** Index of the colour band the lag (−V) falls in, or null. Bands are [min, max) in points behind. */
export function bandIndex(
  variancePoints: number | null,
  bands: readonly ColourBand[]
): number | null {
  if (variancePoints === null) return null;
  const lag = -shownPoints(variancePoints);
  const index = bands.findIndex(
    (b) => lag >= b.minLagPoints && (b.maxLagPoints === null || lag < b.maxLagPoints)
  );
  return index < 0 ? null : index;
}

export function isBehind(status: ScheduleStatus): boolean {
  return status === "behind" || status === "severely-behind";
}
