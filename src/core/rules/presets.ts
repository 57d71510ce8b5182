/**
 * Built-in listing-criteria rule sets. The default is the municipal rule of seed 004 (第三条):
 * total investment ≥ 3000万元 or ≥ 500万美元; agriculture and social-undertaking projects "may
 * have a lower threshold". Every preset is plain JSON the user can copy and edit.
 */
import type { ColourBand, RuleSet } from "../report-types";
import type { LocalText } from "../types";

/** "滞后10至20个百分点" / "20 points or more behind". */
export function bandLabel(minLagPoints: number, maxLagPoints: number | null): LocalText {
  return maxLagPoints === null
    ? { "zh-CN": `滞后${minLagPoints}个百分点及以上`, en: `${minLagPoints} points or more behind` }
    : {
        "zh-CN": `滞后${minLagPoints}至${maxLagPoints}个百分点`,
        en: `${minLagPoints} to ${maxLagPoints} points behind`,
      };
}

/** Excel's standard "bad" (red) palette: the last band, 严重滞后. */
export const SEVERE_BAND_COLOURS = { fill: "#FFC7CE", font: "#9C0006" } as const;

/** Lag (points) from which a project is marked yellow, and from which it is red and 严重滞后. */
export const DEFAULT_WATCH_LAG_POINTS = 10;
export const DEFAULT_SEVERE_LAG_POINTS = 20;

/**
 * Yellow (Excel's "neutral") from 10 points behind, red ("bad") from 20. The last band, open
 * ended, is 严重滞后 (rules/bands.ts): the colours and the status share its start.
 */
export function standardColourBands(): ColourBand[] {
  const watch = DEFAULT_WATCH_LAG_POINTS;
  const severe = DEFAULT_SEVERE_LAG_POINTS;
  return [
    {
      minLagPoints: watch,
      maxLagPoints: severe,
      fill: "#FFEB9C",
      font: "#9C5700",
      label: bandLabel(watch, severe),
    },
    {
      minLagPoints: severe,
      maxLagPoints: null,
      ...SEVERE_BAND_COLOURS,
      label: bandLabel(severe, null),
    },
  ];
}

export const DEFAULT_REDUCED_SECTORS: readonly string[] = [
  "农业",
  "农林",
  "林业",
  "畜牧",
  "渔业",
  "社会事业",
  "社会公益",
  "社会民生",
  "教育",
  "卫生",
  "医疗",
  "文化",
  "体育",
  "养老",
  "民生",
];

export const DEFAULT_PRELIMINARY_CATEGORIES: readonly string[] = ["前期", "预备", "储备"];

/** Settings shared by every preset; only the listing thresholds differ between them. */
function commonSettings(): Omit<
  RuleSet,
  "id" | "name" | "thresholdCNY" | "thresholdUSD" | "reducedThresholdCNY" | "reducedSectors"
> {
  return {
    // Configure to the rate you report with (the default is an approximate CNY per USD).
    usdToCny: 7.1,
    timeMode: "month",
    colourBands: standardColourBands(),
    overPlanRatio: 1.5,
    rateTolerancePoints: 0.5,
    preliminaryCategories: [...DEFAULT_PRELIMINARY_CATEGORIES],
    groupOrder: [],
  };
}

export const DEFAULT_RULES: RuleSet = {
  id: "municipal-3000",
  name: {
    "zh-CN": "市级重大项目：总投资3000万元或500万美元及以上（农业、社会事业1000万元）",
    en: "Municipal: total ≥ CNY 30 million or USD 5 million (agriculture and social sectors CNY 10 million)",
  },
  thresholdCNY: 3000,
  thresholdUSD: 500,
  reducedThresholdCNY: 1000,
  reducedSectors: [...DEFAULT_REDUCED_SECTORS],
  ...commonSettings(),
};

const PROVINCIAL_1YI: RuleSet = {
  id: "provincial-1yi",
  name: {
    "zh-CN": "省级重大项目：总投资1亿元及以上（农业、民生、生态环保5000万元）",
    en: "Provincial: total ≥ CNY 100 million (agriculture, livelihood, ecology CNY 50 million)",
  },
  thresholdCNY: 10000,
  thresholdUSD: 1400, // ≈ 1亿元 at 7.1; no published USD figure
  reducedThresholdCNY: 5000,
  reducedSectors: [
    "农业",
    "农林",
    "林业",
    "畜牧",
    "渔业",
    "民生",
    "社会事业",
    "生态",
    "环保",
    "环境",
  ],
  ...commonSettings(),
};

const PLATFORM_5000: RuleSet = {
  id: "platform-5000",
  name: {
    "zh-CN": "总投资5000万元及以上（科研、研发、创新平台3000万元）",
    en: "Total ≥ CNY 50 million (research and innovation platforms CNY 30 million)",
  },
  thresholdCNY: 5000,
  thresholdUSD: 700, // ≈ 5000万元 at 7.1; no published USD figure
  reducedThresholdCNY: 3000,
  reducedSectors: ["科研平台", "研发平台", "创新平台", "平台"],
  ...commonSettings(),
};

export const PRESETS: RuleSet[] = [DEFAULT_RULES, PROVINCIAL_1YI, PLATFORM_5000];

/** A fresh, independent copy of a rule set (presets are shared objects; never mutate them). */
export function cloneRuleSet(rules: RuleSet): RuleSet {
  return {
    ...rules,
    name: { ...rules.name },
    reducedSectors: [...rules.reducedSectors],
    preliminaryCategories: [...rules.preliminaryCategories],
    groupOrder: [...rules.groupOrder],
    colourBands: rules.colourBands.map((band) => ({ ...band, label: { ...band.label } })),
  };
}

export function findPreset(id: string): RuleSet | null {
  const preset = PRESETS.find((p) => p.id === id);
  return preset ? cloneRuleSet(preset) : null;
}
