/**
 * Generates a realistic ledger Grid of any size: title and unit line merged across, a two-row
 * header with merges, section rows, a 合计 row with formulas, hidden rows, and project names
 * that look like formulas or numbers (which must stay text). No Node APIs.
 */
import type { CellValue, Grid, MergedArea } from "../../src/core/types";

const SECTORS = ["工业", "交通", "农业", "社会事业", "城建"];
const UNITS = ["县发改局", "县工信局", "县交通局", "县农业农村局", "县住建局", "城关镇"];
const HEADER_TOP = [
  "序号",
  "项目编码",
  "项目名称",
  "项目类别",
  "行业领域",
  "责任单位",
  "开工时间",
  "总投资",
  "2024年",
  null,
  null,
  "存在问题",
];
const HEADER_SUB = [
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  "年度计划投资",
  "1-6月累计完成投资",
  "完成率(%)",
  null,
];
export const LEDGER_COLUMNS = HEADER_TOP.length;

/** Rows of the grid before the first data row: title, unit line, two header rows, 合计. */
export const LEDGER_PREAMBLE_ROWS = 5;

export function generateLedgerGrid(projects: number, sheetName = "台账"): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const row = (cells: CellValue[], f: (string | null)[] = [], nf: (string | null)[] = []) => {
    values.push([...cells, ...new Array<CellValue>(LEDGER_COLUMNS - cells.length).fill(null)]);
    formulas.push([...f, ...new Array<string | null>(LEDGER_COLUMNS - f.length).fill(null)]);
    numberFormats.push([...nf, ...new Array<string | null>(LEDGER_COLUMNS - nf.length).fill(null)]);
  };
  row(["2024年XX县重点项目建设进度台账（1-6月）"]);
  row([null, null, null, null, null, null, null, null, null, null, "单位：万元"]);
  row(HEADER_TOP);
  row(HEADER_SUB);
  const last = LEDGER_PREAMBLE_ROWS + projects + SECTORS.length; // 1-based sheet row of the last project
  const sum = (col: string) => `=SUBTOTAL(9,${col}6:${col}${last})`;
  row(
    [null, null, `合计（${projects}个）`, null, null, null, null, 0, 0, 0],
    [null, null, null, null, null, null, null, sum("H"), sum("I"), sum("J")]
  );
  const perSector = Math.ceil(projects / SECTORS.length);
  let n = 0;
  SECTORS.forEach((sector, s) => {
    row([`${"一二三四五"[s]}、${sector}项目`]);
    for (let i = 0; i < perSector && n < projects; i++, n++) {
      const plan = 1000 + ((n * 37) % 5000);
      const done = Math.round(plan * (((n * 13) % 100) / 100) * 100) / 100;
      const name =
        n % 97 === 5
          ? `=HYPERLINK("http://x/${n}","项目${n}")`
          : n % 89 === 7
            ? `00${n}`
            : `${sector}建设项目${n + 1}`;
      row(
        [
          n + 1,
          `XM2024${String(n + 1).padStart(5, "0")}`,
          name,
          n % 3 === 0 ? "新开工" : "续建",
          sector,
          UNITS[n % UNITS.length],
          `2023年${(n % 12) + 1}月`,
          plan * 3,
          plan,
          done,
          Math.round((done / plan) * 10000) / 100,
          n % 7 === 0 ? "征地拆迁" : null,
        ],
        [],
        [null, null, "@", null, null, null, null, "0.00", "0.00", "0.00", "0.00", null]
      );
    }
  });
  const merges: MergedArea[] = [
    { top: 0, left: 0, bottom: 0, right: LEDGER_COLUMNS - 1 },
    { top: 1, left: 10, bottom: 1, right: 11 },
    { top: 2, left: 8, bottom: 2, right: 10 },
    ...[0, 1, 2, 3, 4, 5, 6, 7, 11].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
  ];
  const hiddenRows = values
    .map((_, r) => r)
    .filter((r) => r > LEDGER_PREAMBLE_ROWS && r % 50 === 17);
  return {
    sheetName,
    values,
    formulas,
    numberFormats,
    merges,
    hiddenRows,
    origin: { row: 0, col: 0 },
  };
}
