/** The column map: header synonyms, then content, then the user's overrides. */
import type {
  AmountField,
  ColumnMap,
  ColumnMatch,
  FieldKey,
  ReaderOptions,
  SetAsideColumn,
} from "../types";
import { AMOUNT_FIELDS } from "../types";
import { unitFromHeader } from "../parse/amount";
import { parseNumber } from "../parse/number";
import { compactKey } from "../parse/text";
import { chooseAmountColumns, type AmountColumn } from "./amount-columns";
import { amountMeaning, type AmountMeaning } from "./amount-meaning";
import { subFieldOf } from "./sub-fields";
import { fieldByContent, looksLikeNames, looksLikeYesNo, profileColumn } from "./content";
import { FIELD_LABELS, matchHeader } from "./fields";
import type { FindingLog } from "./findings";
import type { GridView } from "./grid-view";
import type { HeaderTexts } from "./header";

type Candidate = Omit<ColumnMatch, "letter" | "header" | "unit"> & { field: FieldKey };

const AMOUNTS: ReadonlySet<FieldKey> = new Set<FieldKey>(AMOUNT_FIELDS);

function candidateFor(
  view: GridView,
  texts: HeaderTexts,
  c: number,
  sample: readonly number[]
): Candidate | null {
  const sub = subFieldOf(texts.groups[c], texts.leaves[c]);
  if (sub) return { field: sub, col: c, confidence: 0.95, by: "header" };
  const header = matchHeader(texts.leaves[c], texts.groups[c]);
  const profile = profileColumn(view, c, sample);
  const byContent = fieldByContent(profile);
  const weakHeader =
    !header || header.confidence < 0.9 || header.field === "sector" || header.field === "category";
  if (byContent === "category" && header?.field !== "name") {
    return header?.field === "category" && header.confidence >= 0.9
      ? { field: "category", col: c, confidence: header.confidence, by: "header" }
      : { field: "category", col: c, confidence: 0.9, by: "content" };
  }
  if (byContent && byContent !== "category" && (weakHeader || header?.field === byContent)) {
    return header?.field === byContent && header.confidence >= 0.9
      ? { field: byContent, col: c, confidence: header.confidence, by: "header" }
      : { field: byContent, col: c, confidence: 0.85, by: "content" };
  }
  if (!header && looksLikeYesNo(profile) && /挂牌/.test(compactKey(texts.headers[c]))) {
    return { field: "listed", col: c, confidence: 0.9, by: "content" };
  }
  return header
    ? { field: header.field, col: c, confidence: header.confidence, by: "header" }
    : null;
}

/**
 * Map fields to columns. `sample` is a set of data rows to judge content on. Duplicate columns for
 * one field keep the most confident (then leftmost) and say which was used; a plain "累计完成投资"
 * next to a dated "1-6月完成投资" is taken as the since-start figure.
 */
export interface ColumnMapping {
  columns: ColumnMap;
  setAside: SetAsideColumn[];
}

/** Share of sampled non-blank cells of column c that hold a figure. */
function figureShare(view: GridView, c: number, sample: readonly number[]): number {
  let values = 0;
  let figures = 0;
  for (const r of sample) {
    const parsed = parseNumber(view.cell(r, c));
    if (parsed.kind === "empty") continue;
    values++;
    if (parsed.kind === "number") figures++;
  }
  return values === 0 ? 1 : figures / values;
}

/**
 * The amount columns by meaning: every column whose header measures an amount (or that the
 * synonym rules call an amount field), unless its content is mostly text.
 */
function amountColumns(
  view: GridView,
  texts: HeaderTexts,
  candidates: (Candidate | null)[],
  year: number | null,
  sample: readonly number[]
): AmountColumn[] {
  const columns: AmountColumn[] = [];
  for (let c = 0; c < view.width; c++) {
    const candidate = candidates[c];
    if (candidate && !AMOUNTS.has(candidate.field)) continue;
    const meaning = amountMeaning(texts.headers[c], year);
    if (meaning) {
      // A header only the meaning parser reads as money must hold money, not text.
      if (!candidate && figureShare(view, c, sample) < 0.5) continue;
      columns.push({ col: c, meaning, confidence: candidate?.confidence ?? 0.8 });
    } else if (candidate) {
      // Synonym hit the meaning parser does not read ("ytd", "plan"): keep the synonym's field.
      columns.push({
        col: c,
        meaning: FALLBACK_MEANING[candidate.field as AmountField],
        confidence: candidate.confidence,
      });
    }
  }
  return columns;
}

/** The field a second column of the same kind duplicates. */
const DUPLICATE_OF: Partial<Record<AmountMeaning["kind"], AmountField>> = {
  total: "totalInvestment",
  plan: "annualPlan",
  completion: "completed",
};

const FALLBACK_MEANING: Record<AmountField, AmountMeaning> = {
  totalInvestment: meaningOf("total", "unstated"),
  annualPlan: meaningOf("plan", "whole-year"),
  completed: meaningOf("completion", "year-to-date"),
  completedSinceStart: meaningOf("completion", "since-start"),
  completedThisMonth: meaningOf("completion", "month"),
  completedBeforeThisYear: meaningOf("completion", "before-year"),
};

function meaningOf(kind: AmountMeaning["kind"], scope: AmountMeaning["scope"]): AmountMeaning {
  return { kind, scope, year: null, month: null, cumulative: false, actual: false };
}

export function mapColumns(
  view: GridView,
  texts: HeaderTexts,
  sample: readonly number[],
  options: ReaderOptions,
  log: FindingLog,
  year: number | null
): ColumnMapping {
  const candidates: (Candidate | null)[] = [];
  for (let c = 0; c < view.width; c++) candidates.push(candidateFor(view, texts, c, sample));
  const byField = new Map<FieldKey, Candidate[]>();
  for (const candidate of candidates) {
    if (!candidate || AMOUNTS.has(candidate.field)) continue;
    const list = byField.get(candidate.field) ?? [];
    list.push(candidate);
    byField.set(candidate.field, list);
  }
  // A rate against one month's (or ten days') plan is no completion rate of the year.
  const rates = byField
    .get("statedRate")
    ?.filter((c) => !/月计划|旬/.test(compactKey(texts.headers[c.col])));
  if (rates && rates.length > 0) byField.set("statedRate", rates);
  else byField.delete("statedRate");
  const rateCol = [...(byField.get("statedRate") ?? [])].sort(
    (a, b) => b.confidence - a.confidence || a.col - b.col
  )[0]?.col;
  const amounts = chooseAmountColumns(
    view,
    amountColumns(view, texts, candidates, year, sample),
    year,
    rateCol ?? null,
    sample
  );
  for (const [field, column] of Object.entries(amounts.fields) as [AmountField, AmountColumn][])
    byField.set(field, [{ field, col: column.col, confidence: column.confidence, by: "header" }]);
  // Two columns of the same figure ("总投资" twice): the first is used, the user is told.
  for (const aside of amounts.setAside) {
    if (aside.reason !== "duplicate") continue;
    const field = DUPLICATE_OF[aside.meaning.kind];
    const used = field ? amounts.fields[field] : undefined;
    if (field && used) reportDuplicate(view, log, field, used.col, aside.col);
  }
  if (!byField.has("name")) {
    for (let c = 0; c < view.width; c++) {
      const taken = [...byField.values()].some((list) => list.some((x) => x.col === c));
      if (!taken && looksLikeNames(profileColumn(view, c, sample))) {
        byField.set("name", [{ field: "name", col: c, confidence: 0.6, by: "content" }]);
        break;
      }
    }
  }

  const chosen = new Map<FieldKey, Candidate>();
  for (const [field, list] of byField) {
    const ranked = [...list].sort((a, b) => b.confidence - a.confidence || a.col - b.col);
    chosen.set(field, ranked[0]);
    for (const other of ranked.slice(1))
      reportDuplicate(view, log, field, ranked[0].col, other.col);
  }

  applyOverrides(view, options, chosen, log);
  const used = new Set([...chosen.values()].map((c) => c.col));

  const columns: ColumnMap = {};
  for (const [field, candidate] of chosen) {
    const header = texts.headers[candidate.col] ?? "";
    const match: ColumnMatch = {
      col: candidate.col,
      letter: view.letter(candidate.col),
      header,
      confidence: candidate.confidence,
      by: candidate.by,
    };
    const unit = AMOUNTS.has(field)
      ? (unitFromHeader(header) ?? unitFromHeader(texts.leaves[candidate.col] ?? ""))
      : null;
    if (unit) match.unit = unit;
    columns[field] = match;
  }
  const setAside: SetAsideColumn[] = amounts.setAside
    .filter((c) => !used.has(c.col))
    .map((c) => ({
      col: c.col,
      letter: view.letter(c.col),
      header: texts.headers[c.col] ?? "",
      reason: c.reason,
    }));
  return { columns, setAside };
}

function reportDuplicate(
  view: GridView,
  log: FindingLog,
  field: FieldKey,
  used: number,
  unused: number
): void {
  const label = FIELD_LABELS[field];
  const a = view.letter(used);
  const b = view.letter(unused);
  log.sheet(
    "read.duplicate-column",
    "warning",
    {
      "zh-CN": `有多列表头都像“${label["zh-CN"]}”：使用${a}列，未使用${b}列`,
      en: `More than one column looks like ${label.en}: using column ${a}, not column ${b}`,
    },
    { field, used: a, unused: b }
  );
}

function applyOverrides(
  view: GridView,
  options: ReaderOptions,
  chosen: Map<FieldKey, Candidate>,
  log: FindingLog
): void {
  const overrides = options.columns;
  if (!overrides || typeof overrides !== "object") return;
  const userColumns = new Set<number>();
  for (const [key, col] of Object.entries(overrides)) {
    const field = key as FieldKey;
    if (!(field in FIELD_LABELS)) continue;
    chosen.delete(field);
    if (col === null || col === undefined) continue;
    if (typeof col !== "number" || !Number.isInteger(col) || col < 0 || col >= view.width) {
      log.sheet(
        "read.override-invalid",
        "warning",
        {
          "zh-CN": `为“${FIELD_LABELS[field]["zh-CN"]}”指定的列（${String(col)}）不在表格范围内，已忽略`,
          en: `The column chosen for ${FIELD_LABELS[field].en} (${String(col)}) is outside the table; ignored`,
        },
        { field, col }
      );
      continue;
    }
    chosen.set(field, { field, col, confidence: 1, by: "user" });
    userColumns.add(col);
  }
  // A column the user assigned belongs to that field only.
  for (const [field, candidate] of [...chosen]) {
    if (candidate.by !== "user" && userColumns.has(candidate.col)) chosen.delete(field);
  }
}
