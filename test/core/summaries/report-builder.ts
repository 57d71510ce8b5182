/**
 * Builds CheckReports by hand for summary tests, independent of the engine: R, V, status, band,
 * listing (3000万元 rule, no reduced sectors) and group figures computed plainly here.
 */
import { DEFAULT_RULES } from "../../../src/core/rules/presets";
import type {
  CheckReport,
  CnyAmounts,
  GroupFigures,
  ProjectResult,
  RuleSet,
  ScheduleStatus,
} from "../../../src/core/report-types";
import type { Finding, ProjectRow } from "../../../src/core/types";
import { makeLedger, type ProjectSeed } from "../../helpers/ledger-builder";

export interface ReportSeed {
  month?: number | null;
  year?: number | null;
  /** Whether the ledger has a completion column (default true). */
  completion?: boolean;
  groupBy?: ("sector" | "category" | "responsibleUnit")[];
  rules?: RuleSet;
  title?: string | null;
  /** Findings per project index, and sheet-level ones. */
  projectFindings?: Record<number, Finding[]>;
  sheetFindings?: Finding[];
}

export function makeReport(seeds: ProjectSeed[], options: ReportSeed = {}): CheckReport {
  const rules = options.rules ?? DEFAULT_RULES;
  const month = options.month === undefined ? 9 : options.month;
  const year = options.year === undefined ? 2024 : options.year;
  const completion = options.completion ?? true;
  const ledger = makeLedger(completion ? seeds : seeds.map((s) => ({ ...s, done: undefined })), {
    reportingMonth: month,
    reportingYear: year,
  });
  ledger.title = options.title ?? null;
  const T = month === null ? null : month / 12;

  const projects: ProjectResult[] = ledger.projects.map((row, i) => {
    const cny = cnyOf(row, rules);
    const hasPlan = cny.annualPlan !== null && cny.annualPlan !== 0;
    const R = completion && hasPlan ? (cny.completed ?? 0) / (cny.annualPlan as number) : null;
    const V = R === null || T === null ? null : (R - T) * 100;
    const total = cny.totalInvestment ?? 0;
    return {
      row,
      cny,
      listing: {
        eligible: total >= 3000,
        tier: "construction",
        threshold: 3000,
        thresholdCurrency: "CNY",
        reasons:
          total >= 3000
            ? []
            : [{ "zh-CN": `总投资${total}万元，低于3000万元`, en: `Total ${total} below 3000` }],
      },
      schedule: {
        completionRate: R,
        variancePoints: V,
        spi: R !== null && T ? R / T : null,
        timeProgress: T,
        status: statusOf(row, hasPlan, V, rules),
        band: bandOf(V, rules),
      },
      findings: options.projectFindings?.[i] ?? [],
    };
  });

  const figures = (key: string, members: ProjectResult[]): GroupFigures => {
    const sum = (get: (p: ProjectResult) => number | null) =>
      members.reduce((s, p) => s + (get(p) ?? 0), 0);
    const plan = sum((p) => p.cny.annualPlan);
    const done = completion ? sum((p) => p.cny.completed) : null;
    const R = done !== null && plan !== 0 ? done / plan : null;
    const started = members.filter((p) => p.row.started !== false).length;
    return {
      key,
      projects: members.length,
      started,
      startRate: members.length ? started / members.length : null,
      totalInvestment: sum((p) => p.cny.totalInvestment),
      annualPlan: plan,
      completed: done,
      completionRate: R,
      variancePoints: R === null || T === null ? null : (R - T) * 100,
      ahead: members.filter((p) => p.schedule.status === "ahead").length,
      behind: members.filter(
        (p) => p.schedule.status === "behind" || p.schedule.status === "severely-behind"
      ).length,
      notStarted: members.filter(
        (p) => p.schedule.status === "not-started" && p.listing.tier !== "preliminary"
      ).length,
      preliminary: members.filter((p) => p.listing.tier === "preliminary").length,
    };
  };

  const groups: Record<string, GroupFigures[]> = {};
  for (const field of options.groupBy ?? ["sector"]) {
    const byKey = new Map<string, ProjectResult[]>();
    for (const p of projects) {
      const key = p.row[field] ?? "（未填）";
      byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    groups[field] = [...byKey].map(([key, members]) => figures(key, members));
  }

  return {
    ledger,
    statedTotals: null,
    rules,
    period: {
      asOf: null,
      month,
      year,
      timeProgress: T,
      mode: "month",
      source: month === null ? "none" : "ledger",
    },
    projects,
    totals: figures("合计", projects),
    groups,
    findings: options.sheetFindings ?? [],
    narrative: { "zh-CN": "", en: "" },
  };
}

function cnyOf(row: ProjectRow, rules: RuleSet): CnyAmounts {
  const rate = row.currency === "USD" ? rules.usdToCny : 1;
  const conv = (v: number | null) => (v === null ? null : v * rate);
  const a = row.amounts;
  return {
    totalInvestment: conv(a.totalInvestment),
    annualPlan: conv(a.annualPlan),
    completed: conv(a.completed),
    completedSinceStart: conv(a.completedSinceStart),
    completedThisMonth: conv(a.completedThisMonth),
    completedBeforeThisYear: conv(a.completedBeforeThisYear),
  };
}

function statusOf(
  row: ProjectRow,
  hasPlan: boolean,
  V: number | null,
  rules: RuleSet
): ScheduleStatus {
  if (row.started === false) return "not-started";
  if (!hasPlan) return "no-plan";
  if (V === null) return "unknown";
  if (V >= 0) return "ahead";
  // 严重滞后 = the last (open-ended) colour band.
  const severe = rules.colourBands[rules.colourBands.length - 1].minLagPoints;
  return -V >= severe ? "severely-behind" : "behind";
}

function bandOf(V: number | null, rules: RuleSet): number | null {
  if (V === null) return null;
  const i = rules.colourBands.findIndex(
    (b) => -V >= b.minLagPoints && (b.maxLagPoints === null || -V < b.maxLagPoints)
  );
  return i < 0 ? null : i;
}

/** Six projects, reporting month 9 (T = 75%): 工业 ×3, 交通 ×2, 社会事业 ×1 (not started). */
export const SAMPLE: ProjectSeed[] = [
  {
    name: "万洋免维护蓄电池项目",
    sector: "工业",
    responsibleUnit: "县发改局",
    total: 50000,
    plan: 20000,
    done: 18000,
  },
  {
    name: "天昱太阳能玻璃项目",
    sector: "工业",
    responsibleUnit: "县工信局",
    total: 30000,
    plan: 10000,
    done: 5000,
    problems: "资金缺口",
  },
  {
    name: "方山至坡头道路改建工程",
    sector: "交通",
    responsibleUnit: "县交通局",
    total: 80000,
    plan: 30000,
    done: 6000,
  },
  {
    name: "济源大道拓宽改建项目",
    sector: "交通",
    responsibleUnit: "县交通局",
    total: 20000,
    plan: 8000,
    done: 5600,
  },
  {
    name: "职业教育园区项目",
    sector: "社会事业",
    responsibleUnit: "县教育局",
    total: 2000,
    plan: 1000,
    done: 0,
    started: false,
  },
  {
    name: "=金利稀贵金属回收项目",
    sector: "工业",
    responsibleUnit: "县发改局",
    total: 2000,
    plan: 1000,
    done: 800,
  },
];
