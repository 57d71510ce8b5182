/** The column map: header synonyms, then content, then the user's overrides. */
import type { ColumnMap, ColumnMatch, FieldKey, ReaderOptions } from "../types";
import { AMOUNT_FIELDS } from "../types";
import { unitFromHeader } from "../parse/amount";
import { periodFromHeader } from "../parse/period";
import { compactKey } from "../parse/text";
import { fieldByContent, looksLikeNames, looksLikeYesNo, profileColumn } from "./content";
import { FIELD_LABELS, matchHeader } from "./fields";
import type { FindingLog } from "./findings";
import type { GridView } from "./grid-view";
import type { HeaderTexts } from "./header";

type Candidate = Omit<ColumnMatch, "letter" | "header" | "unit"> & { field: FieldKey };

const AMOUNTS: ReadonlySet<FieldKey> = new Set<FieldKey>(AMOUNT_FIELDS);

/** A header "completed" column that states its period (1-6月, 截至5月底, 本年) is this year's figure. */
function statesThisYear(header: string): boolean {
  return (
    periodFromHeader(header) !== null || /本年|今年|年初|年度|当年|\d{4}年/.test(compactKey(header))
  );
}

function candidateFor(
  view: GridView,
  texts: HeaderTexts,
  c: number,
  sample: readonly number[]
): Candidate | null {
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
export function mapColumns(
  view: GridView,
  texts: HeaderTexts,
  sample: readonly number[],
  options: ReaderOptions,
  log: FindingLog
): ColumnMap {
  const byField = new Map<FieldKey, Candidate[]>();
  for (let c = 0; c < view.width; c++) {
    const candidate = candidateFor(view, texts, c, sample);
    if (!candidate) continue;
    const list = byField.get(candidate.field) ?? [];
    list.push(candidate);
    byField.set(candidate.field, list);
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
    if (field === "completed")
      ranked.sort(
        (a, b) =>
          Number(statesThisYear(texts.headers[b.col])) -
          Number(statesThisYear(texts.headers[a.col]))
      );
    chosen.set(field, ranked[0]);
    for (const other of ranked.slice(1)) {
      if (
        field === "completed" &&
        !byField.has("completedSinceStart") &&
        !chosen.has("completedSinceStart") &&
        !statesThisYear(texts.headers[other.col])
      ) {
        chosen.set("completedSinceStart", {
          ...other,
          field: "completedSinceStart",
          confidence: 0.6,
        });
        continue;
      }
      reportDuplicate(view, log, field, ranked[0].col, other.col);
    }
  }

  applyOverrides(view, options, chosen, log);

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
  return columns;
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
