/**
 * Several ledgers (one per county or unit) as one 汇总 ledger. Amounts are already in 万 of
 * each row's currency (the reader normalised units), so rows are carried as they are; the
 * merged sheet gets one column per field or header and a 来源 column naming each row's source.
 * The merged ledger exists only inside the command: findings cite the sources' files, sheets
 * and rows.
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
import { columnLetter } from "../parse/column-letter";
import { duplicatePairs } from "./identity";
import { findingIn, periodText, placeText, rowsText, withFile, type SourceLedger } from "./sources";

export const CONSOLIDATED_SHEET = "汇总";
export const SOURCE_HEADER = "来源";

/** One ledger to merge: `source` labels its rows (来源) and messages; `file` (default: source) is where findings point. */
export interface ConsolidateInput {
  source: string;
  file?: string;
  ledger: Ledger;
}

/** Where a merged row comes from (kept beside the rows: copies of wide rows with extra keys are slow). */
interface Origin extends Pick<ProjectRow, "code" | "name"> {
  input: number;
  sourceRow: number;
}

/** The file findings on an input cite. */
export function inputFile(input: ConsolidateInput): string {
  return input.file ?? input.source;
}

export function consolidateLedgers(inputs: ConsolidateInput[]): ConsolidatedLedger {
  const layout = mergedLayout(inputs.map((i) => i.ledger));
  const rows: ProjectRow[] = [];
  const origins: Origin[] = [];
  for (const [input, { source, ledger }] of inputs.entries()) {
    const toMerged = columnMapping(ledger, layout);
    for (const project of ledger.projects) {
      const gridRow = rows.length + 1; // grid row 0 is the merged header
      const cells = new Array<CellValue>(layout.headers.length).fill(null);
      for (const [col, target] of toMerged) {
        const value = project.cells[col];
        if (value !== undefined) cells[target] = value;
      }
      cells[layout.sourceCol] = source;
      rows.push({ ...project, gridRow, sheetRow: gridRow + 1, cells });
      origins.push({ code: project.code, name: project.name, input, sourceRow: project.sheetRow });
    }
  }

  const merged: Ledger = {
    sheetName: CONSOLIDATED_SHEET,
    found: inputs.some((i) => i.ledger.found),
    origin: { row: 0, col: 0 },
    title: null,
    header: { first: 0, last: 0 },
    setAside: [],
    reading: { subRows: "by-code", ambiguousRows: [], detailRows: [] },
    headers: layout.headers,
    columns: layout.columns,
    amountUnit: "万元",
    amountUnitSource: "default",
    ...commonPeriod(inputs.map((i) => i.ledger)),
    rowKinds: ["header" as RowKind, ...rows.map((): RowKind => "project")],
    projects: rows,
    sections: [],
    subtotals: [],
    findings: inputs.flatMap((input) =>
      input.ledger.findings.map((f) => withFile(f, inputFile(input)))
    ),
  };
  const findings = [...periodDisagreements(inputs), ...crossSourceDuplicates(inputs, origins)];
  return {
    ledger: merged,
    sources: origins.map((r) => ({
      source: inputs[r.input].source,
      sheet: inputs[r.input].ledger.sheetName,
      sheetRow: r.sourceRow,
    })),
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

/** A source and the file its findings cite; messages name it by its label. */
function asSource(input: ConsolidateInput): SourceLedger {
  return { ledger: input.ledger, file: inputFile(input) };
}

/** How messages name a source: its label and sheet (unit-a 工作表“甲县”). */
function labelled(input: ConsolidateInput): LocalText {
  return placeText({ ledger: input.ledger, file: input.source });
}

/** A period part that both state and that differs (a part one of them leaves out says nothing). */
function differs(a: number | null, b: number | null): boolean {
  return a !== null && b !== null && a !== b;
}

/** Each source whose reporting period is not the one the consolidation uses, cited on its sheet. */
function periodDisagreements(inputs: ConsolidateInput[]): Finding[] {
  const latest = commonPeriod(inputs.map((i) => i.ledger));
  const used = periodText(latest);
  const newest = inputs.find(
    ({ ledger }) =>
      ledger.reportingYear === latest.reportingYear &&
      ledger.reportingMonth === latest.reportingMonth
  );
  return inputs
    .filter(
      ({ ledger }) =>
        differs(ledger.reportingYear, latest.reportingYear) ||
        differs(ledger.reportingMonth, latest.reportingMonth)
    )
    .map((input) => {
      const [own, where] = [periodText(input.ledger), labelled(input)];
      const from = newest ? labelled(newest) : null;
      return findingIn(asSource(input), null, {
        code: "consolidate.periods-differ",
        severity: "warning",
        field: null,
        message: {
          "zh-CN": `${where["zh-CN"]}的报告期为${own["zh-CN"]}，与最近的报告期${used["zh-CN"]}${from ? `（${from["zh-CN"]}）` : ""}不一致：汇总按${used["zh-CN"]}计算，请核对是否报送了旧月份的台账`,
          en: `${where.en} reports ${own.en}, not the latest period ${used.en}${from ? ` (${from.en})` : ""}: the consolidation uses ${used.en}; was an old month's ledger sent?`,
        },
        data: {
          period: { year: input.ledger.reportingYear, month: input.ledger.reportingMonth },
          used: { year: latest.reportingYear, month: latest.reportingMonth },
        },
      });
    });
}

/** The same project (same code, or same name without conflicting codes) in two inputs, cited on the later row. */
function crossSourceDuplicates(inputs: ConsolidateInput[], origins: Origin[]): Finding[] {
  return duplicatePairs(origins)
    .filter((pair) => pair.first.input !== pair.second.input)
    .map(({ first, second, by }) => {
      const how: LocalText =
        by === "code"
          ? { "zh-CN": `编码“${second.code}”相同`, en: `same code "${second.code}"` }
          : { "zh-CN": "名称相同", en: "same name" };
      const [a, b] = [first, second].map((row) => {
        const place = labelled(inputs[row.input]);
        const line = rowsText([row.sourceRow]);
        return { "zh-CN": `${place["zh-CN"]}${line["zh-CN"]}`, en: `${place.en}, ${line.en}` };
      });
      const located = (row: Origin) => ({
        file: inputFile(inputs[row.input]),
        sheet: inputs[row.input].ledger.sheetName,
        sheetRow: row.sourceRow,
      });
      return findingIn(asSource(inputs[second.input]), second.sourceRow, {
        code: "consolidate.duplicate-project",
        severity: "warning",
        field: by,
        message: {
          "zh-CN": `“${second.name ?? first.name ?? ""}”被重复填报：${a["zh-CN"]}与${b["zh-CN"]}（${how["zh-CN"]}）`,
          en: `"${second.name ?? first.name ?? ""}" is reported twice: ${a.en} and ${b.en} (${how.en})`,
        },
        data: { first: located(first), second: located(second) },
      });
    });
}
