/**
 * Several ledgers (one per county or unit) as one 汇总 ledger. Amounts are already in 万 of
 * each row's currency (the reader normalised units), so rows are carried as they are; the
 * merged sheet gets one column per field or header and a 来源 column naming each row's source.
 */
import type { ConsolidatedLedger } from "../report-types";
import type {
  CellValue,
  ColumnMap,
  FieldKey,
  Finding,
  Ledger,
  LocalText,
  ProjectRow,
  RowKind,
} from "../types";
import { locatedFinding } from "../checks/finding";
import { columnLetter } from "../parse/column-letter";
import { duplicatePairs } from "./identity";

export const CONSOLIDATED_SHEET = "汇总";
export const SOURCE_HEADER = "来源";

interface SourcedRow extends ProjectRow {
  source: string;
  sourceRow: number;
}

export function consolidateLedgers(
  inputs: { source: string; ledger: Ledger }[]
): ConsolidatedLedger {
  const layout = mergedLayout(inputs.map((i) => i.ledger));
  const rows: SourcedRow[] = [];
  for (const { source, ledger } of inputs) {
    const toMerged = columnMapping(ledger, layout);
    for (const project of ledger.projects) {
      const gridRow = rows.length + 1; // grid row 0 is the merged header
      const cells: CellValue[] = layout.headers.map(() => null);
      project.cells.forEach((value, col) => {
        const target = toMerged.get(col);
        if (target !== undefined) cells[target] = value;
      });
      cells[layout.sourceCol] = source;
      rows.push({
        ...project,
        gridRow,
        sheetRow: gridRow + 1,
        cells,
        source,
        sourceRow: project.sheetRow,
      });
    }
  }

  const merged: Ledger = {
    sheetName: CONSOLIDATED_SHEET,
    found: inputs.some((i) => i.ledger.found),
    origin: { row: 0, col: 0 },
    title: null,
    header: { first: 0, last: 0 },
    headers: layout.headers,
    columns: layout.columns,
    amountUnit: "万元",
    amountUnitSource: "default",
    ...commonPeriod(inputs.map((i) => i.ledger)),
    rowKinds: ["header" as RowKind, ...rows.map((): RowKind => "project")],
    projects: rows.map(({ source: _source, sourceRow: _sourceRow, ...project }) => project),
    sections: [],
    subtotals: [],
    findings: inputs.flatMap(({ source, ledger }) =>
      ledger.findings.map((f) => ({ ...f, sheet: `${source}/${f.sheet}` }))
    ),
  };
  const findings = [...periodDisagreements(merged, inputs), ...crossSourceDuplicates(merged, rows)];
  return {
    ledger: merged,
    sources: rows.map((r) => ({ source: r.source, sheetRow: r.sourceRow })),
    findings,
  };
}

interface Layout {
  headers: string[];
  columns: ColumnMap;
  /** Merged column of each recognised field, and of each unrecognised header text. */
  fieldCol: Map<FieldKey, number>;
  headerCol: Map<string, number>;
  sourceCol: number;
}

/** One merged column per field any source has (in first-seen order), then per other header text, then 来源. */
function mergedLayout(ledgers: Ledger[]): Layout {
  const headers: string[] = [];
  const columns: ColumnMap = {};
  const fieldCol = new Map<FieldKey, number>();
  const headerCol = new Map<string, number>();
  const addColumn = (header: string) => headers.push(header) - 1;
  for (const ledger of ledgers) {
    for (const [field, match] of Object.entries(ledger.columns) as [
      FieldKey,
      NonNullable<ColumnMap[FieldKey]>,
    ][]) {
      if (fieldCol.has(field)) continue;
      const col = addColumn(match.header);
      fieldCol.set(field, col);
      // The header's own unit no longer applies: amounts are carried in 万 already.
      const { unit: _unit, ...rest } = match;
      columns[field] = { ...rest, col, letter: columnLetter(col), by: "header" };
    }
  }
  for (const ledger of ledgers) {
    const mapped = new Set(Object.values(ledger.columns).map((m) => m?.col));
    ledger.headers.forEach((header, col) => {
      const text = header.trim();
      if (mapped.has(col) || text === "" || headerCol.has(text) || headers.includes(text)) return;
      headerCol.set(text, addColumn(text));
    });
  }
  return { headers, columns, fieldCol, headerCol, sourceCol: addColumn(SOURCE_HEADER) };
}

/** Source grid column → merged column. */
function columnMapping(ledger: Ledger, layout: Layout): Map<number, number> {
  const mapping = new Map<number, number>();
  for (const [field, match] of Object.entries(ledger.columns) as [
    FieldKey,
    NonNullable<ColumnMap[FieldKey]>,
  ][]) {
    const target = layout.fieldCol.get(field);
    if (target !== undefined) mapping.set(match.col, target);
  }
  ledger.headers.forEach((header, col) => {
    const target = layout.headerCol.get(header.trim());
    if (target !== undefined && !mapping.has(col)) mapping.set(col, target);
  });
  return mapping;
}

/** The latest period any source reports (they should agree; disagreements are reported). */
function commonPeriod(
  ledgers: Ledger[]
): Pick<Ledger, "reportingYear" | "reportingMonth" | "periodText"> {
  const latest = ledgers
    .filter((l) => l.reportingYear !== null || l.reportingMonth !== null)
    .sort((a, b) => periodKey(b) - periodKey(a))[0];
  return {
    reportingYear: latest?.reportingYear ?? null,
    reportingMonth: latest?.reportingMonth ?? null,
    periodText: latest?.periodText ?? null,
  };
}

function periodKey(ledger: Ledger): number {
  return (ledger.reportingYear ?? 0) * 100 + (ledger.reportingMonth ?? 0);
}

function periodText(ledger: Ledger): LocalText {
  const year = ledger.reportingYear === null ? "" : `${ledger.reportingYear}年`;
  const month = ledger.reportingMonth === null ? "" : `${ledger.reportingMonth}月`;
  const zh = `${year}${month}` || "未注明";
  const en =
    [ledger.reportingYear, ledger.reportingMonth].filter((p) => p !== null).join("-") ||
    "not stated";
  return { "zh-CN": zh, en };
}

function periodDisagreements(
  merged: Ledger,
  inputs: { source: string; ledger: Ledger }[]
): Finding[] {
  const distinct = new Set(inputs.map((i) => periodKey(i.ledger)));
  if (distinct.size <= 1) return [];
  const list = (lang: "zh-CN" | "en") =>
    inputs
      .map((i) => `${i.source}: ${periodText(i.ledger)[lang]}`)
      .join(lang === "zh-CN" ? "；" : "; ");
  return [
    locatedFinding(merged, null, {
      code: "consolidate.periods-differ",
      severity: "warning",
      field: null,
      message: {
        "zh-CN": `各台账的报告期不一致（${list("zh-CN")}），汇总按最近的报告期${periodText(merged)["zh-CN"]}计算`,
        en: `The ledgers report different periods (${list("en")}); the consolidation uses the latest, ${periodText(merged).en}`,
      },
    }),
  ];
}

/** The same project (same code, or same name without conflicting codes) reported by two sources. */
function crossSourceDuplicates(merged: Ledger, rows: SourcedRow[]): Finding[] {
  return duplicatePairs(rows)
    .filter((pair) => pair.first.source !== pair.second.source)
    .map(({ first, second, by }) => {
      const how: LocalText =
        by === "code"
          ? { "zh-CN": `编码“${second.code}”相同`, en: `same code "${second.code}"` }
          : { "zh-CN": "名称相同", en: "same name" };
      return locatedFinding(merged, second.sheetRow, {
        code: "consolidate.duplicate-project",
        severity: "warning",
        field: by,
        message: {
          "zh-CN": `“${second.name ?? first.name ?? ""}”被重复填报：${first.source}第${first.sourceRow}行与${second.source}第${second.sourceRow}行（${how["zh-CN"]}）`,
          en: `"${second.name ?? first.name ?? ""}" is reported twice: ${first.source} row ${first.sourceRow} and ${second.source} row ${second.sourceRow} (${how.en})`,
        },
        data: {
          first: { source: first.source, sheetRow: first.sourceRow, mergedRow: first.sheetRow },
          second: { source: second.source, sheetRow: second.sourceRow, mergedRow: second.sheetRow },
        },
      });
    });
}
