/** Cell vocabularies: what category, sector, level, currency, yes/no and status values look like. */
import type { Currency } from "../types";
import { compactKey, memoize } from "../parse/text";

/** Drop a trailing "项目"/"类项目"/"类" so "续建项目" and "工业类" compare as 续建 / 工业. */
export const stripProjectSuffix = memoize((text: string): string =>
  compactKey(text).replace(/(类项目|项目|类|工程)$/, "")
);

const CATEGORY_WORDS = new Set([
  "新开工",
  "计划新开工",
  "续建",
  "在建",
  "竣工",
  "竣工投产",
  "建成",
  "建成投产",
  "投产",
  "完工",
  "前期",
  "前期工作",
  "预备",
  "储备",
  "谋划",
  "新建",
  "报批",
  "审批",
  "在谈",
  "签约",
  "洽谈",
  "促竣工",
  "促开工",
  "扩建",
  "改扩建",
]);
/** Categories that mean "not started yet" (a project still being approved or negotiated too). */
const NOT_STARTED_CATEGORIES = new Set([
  "前期",
  "前期工作",
  "预备",
  "储备",
  "谋划",
  "报批",
  "审批",
  "在谈",
  "签约",
  "洽谈",
]);
/** Categories that mean "finished", so certainly started. */
const FINISHED_CATEGORIES = new Set(["竣工", "竣工投产", "建成", "建成投产", "投产", "完工"]);
/** Categories of projects under way: started unless a start date says otherwise. */
const CONTINUING_CATEGORIES = new Set(["续建", "在建", "促竣工", "扩建", "改扩建"]);
const NEW_START_CATEGORIES = new Set(["新开工", "计划新开工", "新建", "促开工"]);

export function isCategoryWord(text: string): boolean {
  return CATEGORY_WORDS.has(stripProjectSuffix(text));
}

export type CategoryStart = "not-started" | "finished" | "continuing" | "new-start" | null;

/** What a category value says about starting: 前期 → not started, 竣工投产 → finished, 续建, 新开工. */
export function categoryStart(text: string): CategoryStart {
  const key = stripProjectSuffix(text);
  if (NOT_STARTED_CATEGORIES.has(key)) return "not-started";
  if (FINISHED_CATEGORIES.has(key)) return "finished";
  if (CONTINUING_CATEGORIES.has(key)) return "continuing";
  if (NEW_START_CATEGORIES.has(key)) return "new-start";
  return null;
}

const SECTOR_KEYWORDS = [
  "工业",
  "交通",
  "城建",
  "城市建设",
  "城镇",
  "市政",
  "社会事业",
  "社会民生",
  "民生",
  "农业",
  "农林",
  "水利",
  "服务业",
  "基础设施",
  "能源",
  "电力",
  "新能源",
  "生态",
  "环保",
  "文旅",
  "旅游",
  "文化",
  "体育",
  "教育",
  "卫生",
  "医疗",
  "商贸",
  "物流",
  "科技",
  "信息",
  "数字",
  "通信",
  "制造",
  "产业",
  "房地产",
  "住房",
  "乡村振兴",
  "现代服务",
  "industry",
  "industrial",
  "transport",
  "agriculture",
  "energy",
  "infrastructure",
  "social",
  "services",
  "water",
];

export const isSectorWord = memoize((text: string): boolean => {
  const key = stripProjectSuffix(text);
  return key.length > 0 && key.length <= 12 && SECTOR_KEYWORDS.some((word) => key.includes(word));
});

const LEVEL_PATTERN = /^(国家|国|省|市|县|区|州|乡|镇)(级|重点)/;
export const isLevelWord = memoize((text: string): boolean => LEVEL_PATTERN.test(compactKey(text)));

const USD_WORDS = new Set(["美元", "usd", "us$", "$", "美金", "万美元"]);
const CNY_WORDS = new Set(["人民币", "rmb", "cny", "元", "万元", "¥", "￥", "人民币元"]);

/** 美元/USD/美金 → USD, 人民币/RMB/CNY → CNY, anything else → null. */
export const currencyOf = memoize((text: string): Currency | null => {
  const key = compactKey(text);
  if (USD_WORDS.has(key)) return "USD";
  if (CNY_WORDS.has(key)) return "CNY";
  return null;
});

const YES_WORDS = new Set(["是", "√", "✓", "✔", "y", "yes", "true", "1", "挂牌", "已挂牌", "有"]);
const NO_WORDS = new Set(["否", "×", "✗", "✘", "x", "n", "no", "false", "0", "未挂牌", "不挂牌"]);

/** 是/√/挂牌 → true, 否/×/未挂牌 → false, anything else → null. */
export const yesNoOf = memoize((text: string): boolean | null => {
  const key = compactKey(text);
  if (YES_WORDS.has(key)) return true;
  if (NO_WORDS.has(key)) return false;
  return null;
});

const NOT_STARTED_STATUS = /未开工|待开工|拟开工|未动工|前期|尚未|筹备|^否$|^no/;
const STARTED_STATUS =
  /已开工|开工|在建|续建|施工|竣工|建成|完工|投产|^是$|^yes|started|underconstruction|completed/;

/** started from a status value: 已开工/在建/竣工 → true, 未开工/前期 → false, else null. */
export const startedFromStatus = memoize((text: string): boolean | null => {
  const key = compactKey(text);
  if (key === "") return null;
  if (NOT_STARTED_STATUS.test(key)) return false;
  if (STARTED_STATUS.test(key)) return true;
  return null;
});

/**
 * A breakdown label under a project (资金来源 rows): 中央预算内资金, 省级资金, 自筹, 银行贷款,
 * 其他 … — amounts of the project above by source, never a project of their own.
 */
const BREAKDOWN =
  /^(其中[:：]?)?(中央|国家|省|市|县|区|乡镇|财政|地方|政府|企业|社会|业主|上级|本级)?(级)?(预算内|财政|专项|配套)?(资金|投资|补助|补贴|拨款|债券|专项债|国债|贷款|自筹|资本|融资|配套)$|^(其中[:：]?)?(自筹|自有|银行贷款|贷款|债券|专项债|一般债|国债|其他|其它|社会资本|融资|外资|利用外资)(资金|投资)?$/;

export const isBreakdownLabel = memoize((text: string): boolean =>
  BREAKDOWN.test(compactKey(text).replace(/[:：、.]$/, ""))
);

/** An area: 市本级, 某某县, 某某区, 某某镇, 开发区, 高新区 … (short names ending in an area word). */
export const isAreaWord = memoize((text: string): boolean => {
  const key = stripProjectSuffix(text);
  return (
    key.length >= 2 && key.length <= 12 && /(本级|县|区|市|镇|乡|街道|管委会|新区|园区)$/.test(key)
  );
});
