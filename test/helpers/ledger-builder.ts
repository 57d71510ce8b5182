/**
 * Builds Ledger objects directly (without the reader), for engine tests.
 * Amounts are in 万 of the project's currency, as the reader produces them.
 */
import type { Amounts, Ledger, ProjectRow } from "../../src/core/types";

export type ProjectSeed = Partial<Omit<ProjectRow, "amounts">> & {
  name: string;
  total?: number | null;
  plan?: number | null;
  done?: number | null;
  sinceStart?: number | null;
  thisMonth?: number | null;
  beforeThisYear?: number | null;
};

const HEADER_ROWS = 3; // title, unit line, one header row → first project on sheet row 4

export function makeProject(seed: ProjectSeed, index = 0): ProjectRow {
  const amounts: Amounts = {
    totalInvestment: seed.total ?? null,
    annualPlan: seed.plan ?? null,
    completed: seed.done ?? null,
    completedSinceStart: seed.sinceStart ?? null,
    completedThisMonth: seed.thisMonth ?? null,
    completedBeforeThisYear: seed.beforeThisYear ?? null,
  };
  const gridRow = seed.gridRow ?? HEADER_ROWS + index;
  return {
    gridRow,
    sheetRow: seed.sheetRow ?? gridRow + 1,
    hidden: seed.hidden ?? false,
    seq: seed.seq ?? String(index + 1),
    code: seed.code ?? null,
    name: seed.name,
    owner: seed.owner ?? null,
    responsibleUnit: seed.responsibleUnit ?? null,
    leader: seed.leader ?? null,
    sector: seed.sector ?? null,
    category: seed.category ?? null,
    level: seed.level ?? null,
    listed: seed.listed ?? null,
    county: seed.county ?? null,
    status: seed.status ?? null,
    progress: seed.progress ?? null,
    problems: seed.problems ?? null,
    remarks: seed.remarks ?? null,
    startDate: seed.startDate ?? null,
    endDate: seed.endDate ?? null,
    ownerContact: seed.ownerContact ?? null,
    responsibleContact: seed.responsibleContact ?? null,
    currency: seed.currency ?? "CNY",
    amounts,
    currencyOverrides: seed.currencyOverrides ?? null,
    statedRate: seed.statedRate ?? null,
    started: seed.started === undefined ? true : seed.started,
    startedBy: seed.startedBy ?? (seed.started === null ? null : "status"),
    sections: seed.sections ?? [],
    cells: seed.cells ?? [],
  };
}

export interface LedgerSeed {
  sheetName?: string;
  reportingMonth?: number | null;
  reportingYear?: number | null;
  /** Which columns the ledger has; default: every amount column that some seed sets, plus name/sector/category. */
  fields?: (keyof Ledger["columns"])[];
}

export function makeLedger(projects: ProjectSeed[], options: LedgerSeed = {}): Ledger {
  const rows = projects.map((p, i) => makeProject(p, i));
  const fields = new Set(options.fields ?? inferFields(projects));
  const columns: Ledger["columns"] = {};
  let col = 0;
  for (const field of fields) {
    const letter = String.fromCharCode(65 + col);
    columns[field] = { col, letter, header: field, confidence: 1, by: "header" };
    col++;
  }
  const sheetName = options.sheetName ?? "台账";
  return {
    sheetName,
    found: true,
    origin: { row: 0, col: 0 },
    title: null,
    header: { first: 2, last: 2 },
    headers: [...fields].map(String),
    columns,
    setAside: [],
    reading: { subRows: "by-code", ambiguousRows: [], detailRows: [] },
    amountUnit: "万元",
    amountUnitSource: "unit-line",
    reportingMonth: options.reportingMonth === undefined ? 6 : options.reportingMonth,
    reportingYear: options.reportingYear === undefined ? 2024 : options.reportingYear,
    periodText: null,
    rowKinds: [],
    projects: rows,
    sections: [],
    subtotals: [],
    findings: [],
  };
}

function inferFields(projects: ProjectSeed[]): (keyof Ledger["columns"])[] {
  const fields: (keyof Ledger["columns"])[] = ["name"];
  const has = (k: keyof ProjectSeed) => projects.some((p) => p[k] !== undefined && p[k] !== null);
  if (has("code")) fields.push("code");
  if (has("sector")) fields.push("sector");
  if (has("category")) fields.push("category");
  if (has("responsibleUnit")) fields.push("responsibleUnit");
  if (has("total")) fields.push("totalInvestment");
  if (has("plan")) fields.push("annualPlan");
  if (has("done")) fields.push("completed");
  if (has("sinceStart")) fields.push("completedSinceStart");
  if (has("thisMonth")) fields.push("completedThisMonth");
  if (has("beforeThisYear")) fields.push("completedBeforeThisYear");
  if (has("statedRate")) fields.push("statedRate");
  if (has("currency")) fields.push("currency");
  return fields;
}
