/**
 * Random inputs for the invariants: hostile grids of anything a host could hand over, and
 * ledger-shaped grids (title, unit line, header, sections, projects) built from random seeds,
 * so the properties run through the reader rather than on hand-built Ledger objects.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../src/core/types";

const ERROR_STRINGS = [
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
];
const LEDGER_WORDS = [
  "项目名称",
  "總投資",
  "年度计划投资",
  "1-6月累计完成投资",
  "合计",
  "小计",
  "一、工业项目（3个）",
  "（二）续建项目",
  "单位：万元",
  "注：",
  "—",
  "3000万",
  "0.3亿",
  "1,234.5",
  "2024年3月",
  '=HYPERLINK("http://x","y")',
  "项目名称", // a header repeated in a row
];

/** Anything, including what TypeScript says cannot be there (the reader takes untyped host data). */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, -1e-308) },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 3, arbitrary: fc.constantFrom(...LEDGER_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...ERROR_STRINGS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(undefined, {}, [], () => 1) }
);

const index = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.constantFrom(-1, 1.5, NaN, 1e9) as fc.Arbitrary<number>
);

const merge = fc.record({ top: index, left: index, bottom: index, right: index });

/** Grids of any shape: ragged rows, holes, odd values, merges/hidden rows/origins valid or not. */
export const anyGrid: fc.Arbitrary<Grid> = fc.record(
  {
    sheetName: fc.oneof(fc.string({ maxLength: 10 }), fc.constant(undefined as unknown as string)),
    values: fc.array(
      fc.oneof(
        { weight: 9, arbitrary: fc.array(anyCell, { maxLength: 10 }) },
        { weight: 1, arbitrary: fc.constantFrom(null, undefined, "row") as fc.Arbitrary<unknown> }
      ),
      { maxLength: 14 }
    ) as fc.Arbitrary<CellValue[][]>,
    merges: fc.option(fc.array(merge, { maxLength: 4 }), { nil: undefined }),
    hiddenRows: fc.option(fc.array(index, { maxLength: 4 }), { nil: undefined }),
    origin: fc.option(fc.record({ row: index, col: index }), { nil: undefined }),
    numberFormats: fc.option(
      fc.array(
        fc.array(fc.constantFrom("General", "0.00%", "yyyy-mm-dd", "@", null), { maxLength: 6 }),
        {
          maxLength: 6,
        }
      ),
      { nil: undefined }
    ),
    formulas: fc.option(
      fc.array(fc.array(fc.constantFrom(null, "=A1", "=SUM(C3:C9)"), { maxLength: 6 }), {
        maxLength: 6,
      }),
      {
        nil: undefined,
      }
    ),
  },
  { requiredKeys: ["sheetName", "values"] }
);

export interface ProjectSeedRow {
  name: string;
  sector: "工业" | "交通" | "农业";
  unit: string;
  total: number | null;
  plan: number | null;
  done: number | null;
}

const amount = fc.option(
  fc.integer({ min: 0, max: 5_000_000 }).map((n) => n / 100),
  { nil: null }
);

export const projectRows = fc.array(
  fc.record({
    name: fc.stringMatching(/^[甲乙丙丁戊己庚辛壬癸]{1,3}[0-9]{0,2}$/).map((n) => `${n}工程`),
    sector: fc.constantFrom("工业" as const, "交通" as const, "农业" as const),
    unit: fc.constantFrom("县发改局", "县交通局", "城关镇"),
    total: amount,
    plan: amount,
    done: amount,
  }),
  { minLength: 1, maxLength: 25 }
);

/** A ledger sheet in the usual layout, projects under their sector's section row. */
export function ledgerGrid(rows: ProjectSeedRow[], sheetName = "台账"): Grid {
  const values: CellValue[][] = [
    ["2024年全县重点项目建设进度台账"],
    [null, null, null, null, null, null, "单位：万元"],
    ["序号", "项目名称", "责任单位", "所属行业", "总投资", "年度计划投资", "1-6月累计完成投资"],
  ];
  let seq = 0;
  for (const sector of ["工业", "交通", "农业"] as const) {
    const inSector = rows.filter((r) => r.sector === sector);
    if (inSector.length === 0) continue;
    values.push([`${"一二三"[values.length % 3]}、${sector}项目`]);
    for (const r of inSector)
      values.push([++seq, r.name, r.unit, r.sector, r.total, r.plan, r.done]);
  }
  return { sheetName, values };
}
