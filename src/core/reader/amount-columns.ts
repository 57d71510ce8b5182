/**
 * Which column is which amount field, decided by what each header measures (amount-meaning.ts):
 * `completed` is this year's figure to date, never the since-start, the earlier years', one
 * month's or a target; the other amount columns stay known and named ("set aside") so Detect can
 * say what was not counted and why. A stated completion-rate column breaks ties: the rate is
 * completed ÷ plan, so the completion column that reproduces it is the one the sheet means.
 */
import type { AmountField, SetAsideColumn } from "../types";
import { parseNumber } from "../parse/number";
import { amountMeaning, type AmountMeaning } from "./amount-meaning";
import type { GridView } from "./grid-view";

export interface AmountColumn {
  col: number;
  meaning: AmountMeaning;
  /** Header-match confidence of the column (0.8 for a group-header match, 1 for an exact one). */
  confidence: number;
}

export interface AmountChoice {
  fields: Partial<Record<AmountField, AmountColumn>>;
  setAside: { col: number; meaning: AmountMeaning; reason: SetAsideColumn["reason"] }[];
}

/** The year a ledger reports on: the title's, else the latest year its amount headers name. */
export function ledgerYearOf(titleYear: number | null, headers: readonly string[]): number | null {
  if (titleYear !== null) return titleYear;
  let latest: number | null = null;
  for (const header of headers) {
    const meaning = amountMeaning(header, null);
    if (meaning?.year != null && meaning.scope !== "multi-year" && meaning.scope !== "before-year")
      latest = latest === null ? meaning.year : Math.max(latest, meaning.year);
  }
  return latest;
}

/** Of this year: the ledger's year or no year stated. */
function ofLedgerYear(meaning: AmountMeaning, year: number | null): boolean {
  return meaning.year === null || year === null || meaning.year === year;
}

/** How well a completion column fits `completed` (higher is better; 0 = not at all). */
function completedFit(meaning: AmountMeaning, year: number | null): number {
  if (meaning.kind !== "completion" || !ofLedgerYear(meaning, year)) return 0;
  switch (meaning.scope) {
    case "year-to-date":
      return 4;
    case "whole-year":
      return 3;
    case "unstated":
      return meaning.cumulative ? 2 : 1;
    default:
      return 0;
  }
}

function planFit(meaning: AmountMeaning, year: number | null): number {
  if (meaning.kind !== "plan" || !ofLedgerYear(meaning, year)) return 0;
  if (meaning.scope === "whole-year") return meaning.year !== null ? 3 : 2;
  return meaning.scope === "unstated" ? 1 : 0;
}

function reasonFor(meaning: AmountMeaning): SetAsideColumn["reason"] {
  if (meaning.kind === "target") return "target";
  if (meaning.kind === "funding") return "funding";
  switch (meaning.scope) {
    case "before-year":
      return "before-year";
    case "since-start":
      return "since-start";
    case "month":
      return "month";
    case "part-year":
      return "part-year";
    case "multi-year":
      return "multi-year";
    default:
      return "other-year";
  }
}

/**
 * Share of sample rows where completed ÷ plan reproduces the stated rate (within half a point),
 * for the rate column `rateCol` and the plan column `planCol`.
 */
function rateAgreement(
  view: GridView,
  col: number,
  planCol: number,
  rateCol: number,
  sample: readonly number[]
): number {
  let tried = 0;
  let agreed = 0;
  for (const r of sample) {
    const done = parseNumber(view.cell(r, col));
    const plan = parseNumber(view.cell(r, planCol));
    const rate = parseNumber(view.cell(r, rateCol));
    if (done.kind !== "number" || plan.kind !== "number" || rate.kind !== "number") continue;
    if (plan.value === 0) continue;
    tried++;
    const ratio = done.value / plan.value;
    const stated = rate.suffix === "%" || Math.abs(rate.value) > 2 ? rate.value / 100 : rate.value;
    if (Math.abs(ratio - stated) <= 0.005) agreed++;
  }
  return tried === 0 ? 0 : agreed / tried;
}

function best<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let top: T | undefined;
  let topScore = 0;
  for (const item of items) {
    const s = score(item);
    if (s > topScore) {
      top = item;
      topScore = s;
    }
  }
  return top;
}

/**
 * Assign amount fields from the candidate columns. `rateCol` is the stated-rate column, if any.
 * Ties between equally fitting columns go to the one that reproduces the stated rate, then to
 * the leftmost; every column not chosen is set aside with the reason its meaning gives.
 */
export function chooseAmountColumns(
  view: GridView,
  columns: readonly AmountColumn[],
  year: number | null,
  rateCol: number | null,
  sample: readonly number[]
): AmountChoice {
  const fields: AmountChoice["fields"] = {};
  const taken = new Set<number>();
  const pick = (field: AmountField, column: AmountColumn | undefined) => {
    if (!column) return;
    fields[field] = column;
    taken.add(column.col);
  };

  pick(
    "totalInvestment",
    best(columns, (c) =>
      c.meaning.kind === "total" && c.meaning.scope !== "before-year" ? 1 + c.confidence : 0
    )
  );
  pick(
    "annualPlan",
    best(columns, (c) => {
      const fit = taken.has(c.col) ? 0 : planFit(c.meaning, year);
      return fit > 0 ? fit + c.confidence / 10 : 0;
    })
  );

  const completions = columns.filter((c) => !taken.has(c.col) && completedFit(c.meaning, year) > 0);
  const topFit = Math.max(0, ...completions.map((c) => completedFit(c.meaning, year)));
  const tied = completions.filter((c) => completedFit(c.meaning, year) === topFit);
  const planCol = fields.annualPlan?.col ?? null;
  let completed = tied[0];
  if (tied.length > 1 && planCol !== null && rateCol !== null) {
    const agreement = tied.map((c) => rateAgreement(view, c.col, planCol, rateCol, sample));
    const top = Math.max(...agreement);
    if (top > 0) completed = tied[agreement.indexOf(top)];
  }
  pick("completed", completed);

  pick(
    "completedSinceStart",
    best(columns, (c) => {
      if (taken.has(c.col) || c.meaning.kind !== "completion") return 0;
      if (c.meaning.scope === "since-start") return 2;
      // A plain "累计完成投资" beside a dated this-year column is the since-start figure.
      return c.meaning.scope === "unstated" && c.meaning.cumulative && fields.completed ? 1 : 0;
    })
  );
  pick(
    "completedThisMonth",
    best(columns, (c) =>
      !taken.has(c.col) && c.meaning.kind === "completion" && c.meaning.scope === "month" ? 1 : 0
    )
  );
  pick(
    "completedBeforeThisYear",
    best(columns, (c) =>
      !taken.has(c.col) && c.meaning.kind === "completion" && c.meaning.scope === "before-year"
        ? 1
        : 0
    )
  );

  const setAside = columns
    .filter((c) => !taken.has(c.col))
    .map((c) => ({
      col: c.col,
      meaning: c.meaning,
      reason: setAsideReason(c.meaning, year, fields),
    }));
  return { fields, setAside };
}

function setAsideReason(
  meaning: AmountMeaning,
  year: number | null,
  fields: AmountChoice["fields"]
): SetAsideColumn["reason"] {
  if (!ofLedgerYear(meaning, year))
    return meaning.kind === "completion" ? "before-year" : "other-year";
  const reason = reasonFor(meaning);
  if (reason !== "other-year") return reason;
  const field =
    meaning.kind === "completion"
      ? "completed"
      : meaning.kind === "plan"
        ? "annualPlan"
        : "totalInvestment";
  return fields[field] ? "duplicate" : "other-year";
}
