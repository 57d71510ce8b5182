/**
 * Field vocabulary: what each FieldKey is called (for messages) and which header texts mean it
 * (Simplified, Traditional via folding, English).
 */
import type { FieldKey, LocalText } from "../types";
import { compactKey, memoize } from "../parse/text";

export const FIELD_LABELS: Record<FieldKey, LocalText> = {
  seq: { "zh-CN": "序号", en: "No." },
  code: { "zh-CN": "项目编码", en: "Project code" },
  name: { "zh-CN": "项目名称", en: "Project name" },
  owner: { "zh-CN": "建设单位", en: "Owner" },
  ownerPerson: { "zh-CN": "业主负责人", en: "Owner's person in charge" },
  ownerContact: { "zh-CN": "业主联系人", en: "Owner's contact" },
  ownerPhone: { "zh-CN": "业主电话", en: "Owner's phone" },
  responsibleUnit: { "zh-CN": "责任单位", en: "Responsible unit" },
  responsiblePerson: { "zh-CN": "责任单位责任人", en: "Responsible unit's person in charge" },
  responsibleContact: { "zh-CN": "责任单位联络人", en: "Responsible unit's contact" },
  responsiblePhone: { "zh-CN": "责任单位电话", en: "Responsible unit's phone" },
  leader: { "zh-CN": "联系领导", en: "Leader" },
  sector: { "zh-CN": "所属行业", en: "Sector" },
  category: { "zh-CN": "项目类别", en: "Category" },
  level: { "zh-CN": "项目级别", en: "Level" },
  listed: { "zh-CN": "是否挂牌", en: "Listed" },
  county: { "zh-CN": "建设地点", en: "Location" },
  scale: { "zh-CN": "建设规模及内容", en: "Scale and content" },
  period: { "zh-CN": "建设起止年限", en: "Construction period" },
  startDate: { "zh-CN": "开工时间", en: "Start date" },
  endDate: { "zh-CN": "竣工时间", en: "Completion date" },
  status: { "zh-CN": "建设状态", en: "Status" },
  totalInvestment: { "zh-CN": "总投资", en: "Total investment" },
  annualPlan: { "zh-CN": "年度计划投资", en: "Annual plan" },
  completed: { "zh-CN": "累计完成投资", en: "Completed this year" },
  completedSinceStart: { "zh-CN": "开工累计完成投资", en: "Completed since start" },
  completedThisMonth: { "zh-CN": "当月完成投资", en: "Completed this month" },
  completedBeforeThisYear: { "zh-CN": "以前年度累计完成投资", en: "Completed before this year" },
  statedRate: { "zh-CN": "完成率", en: "Completion rate" },
  progress: { "zh-CN": "形象进度", en: "Progress" },
  problems: { "zh-CN": "存在问题", en: "Problems" },
  remarks: { "zh-CN": "备注", en: "Remarks" },
  currency: { "zh-CN": "币种", en: "Currency" },
};

interface FieldRule {
  /** null: a column we recognise and deliberately leave unmapped (资金来源, 上年累计 …). */
  field: FieldKey | null;
  /** Compact keys (see headerKey) that name the field exactly. */
  exact?: string[];
  pattern?: RegExp;
  /** Confidence of an exact match when the word is ambiguous ("类别"). */
  exactConfidence?: number;
}

/** Checked in order; the first rule that matches wins, so specific rules come before generic ones. */
const RULES: FieldRule[] = [
  { field: "seq", exact: ["序号", "序", "编号", "no", "no.", "#", "seq", "serial", "s/n", "item"] },
  {
    field: "code",
    exact: [
      "项目编码",
      "项目代码",
      "统一代码",
      "项目编号",
      "代码",
      "编码",
      "projectcode",
      "code",
      "projectid",
      "id",
    ],
    pattern: /编码|代码|赋码|项目编号|projectcode|projectid/,
  },
  {
    field: "name",
    exact: [
      "项目名称",
      "项目名",
      "名称",
      "项目",
      "工程名称",
      "建设项目",
      "projectname",
      "project",
      "name",
    ],
    pattern: /项目名称|工程名称|名称|projectname|nameofproject/,
  },
  {
    field: "period",
    exact: ["建设起止年限", "起止年限", "建设年限"],
    pattern: /起止|年限|建设期|建设周期|工期|constructionperiod|duration/,
  },
  {
    field: "startDate",
    exact: ["开工时间", "计划开工时间", "开工日期", "startdate"],
    pattern: /开工(时间|日期|年月|年份)|开工时间|startdate|starttime|^start$/,
  },
  {
    field: "endDate",
    exact: ["竣工时间", "计划竣工时间", "竣工日期", "enddate"],
    pattern: /(竣工|完工|投产|建成)(时间|日期|年月|年份)|enddate|completiondate|finishdate|^end$/,
  },
  {
    field: "status",
    exact: ["建设状态", "项目状态", "状态", "status"],
    pattern: /建设状态|项目状态|开工状态|进展状态|是否开工|开工情况|status/,
  },
  { field: "listed", exact: ["是否挂牌", "挂牌", "listed"], pattern: /挂牌|listed/ },
  {
    field: "owner",
    exact: ["建设单位", "项目业主", "项目单位", "业主单位", "业主", "owner"],
    pattern: /建设单位|项目业主|项目单位|业主单位|实施单位|建设主体|项目法人|业主|owner|developer/,
  },
  {
    field: "responsibleUnit",
    exact: ["责任单位", "牵头单位", "责任部门", "主管部门", "牵头部门", "responsibleunit"],
    pattern:
      /责任单位|牵头单位|责任部门|主管部门|牵头部门|责任主体|主管单位|推进单位|责任单位|responsible|leaddepartment|department/,
  },
  {
    field: "leader",
    exact: ["联系领导", "挂点领导", "包抓领导", "包联领导", "分管领导", "责任领导", "leader"],
    pattern: /领导|leader/,
  },
  {
    field: "level",
    exact: ["项目级别", "级别", "层级", "level"],
    pattern: /项目级别|级别|层级|^level$|projectlevel/,
  },
  { field: "category", exact: ["类别", "类型", "type"], exactConfidence: 0.5 },
  {
    field: "category",
    exact: ["项目类别", "建设性质", "项目性质", "category"],
    pattern: /项目类别|建设性质|项目性质|项目类型|项目分类|category|constructiontype/,
  },
  {
    field: "sector",
    exact: [
      "所属行业",
      "行业类别",
      "行业领域",
      "领域",
      "产业类别",
      "项目大类",
      "行业",
      "sector",
      "industry",
    ],
    pattern: /行业|领域|产业|大类|sector|industry/,
  },
  {
    field: "county",
    exact: ["县", "区", "县区", "区县", "地点", "区域", "属地", "乡镇", "地址"],
    pattern:
      /建设地[点址]|项目地[点址]|所属区域|所属县|县区|区县|所在地|所在县|属地|所在乡镇|location|county|district|region|address/,
  },
  {
    field: "scale",
    exact: ["建设规模及内容", "建设内容", "建设规模", "主要建设内容", "建设规模及主要内容"],
    pattern: /建设规模|建设内容|规模|主要内容|scale|scope|content|description/,
  },
  {
    field: "progress",
    exact: ["形象进度", "工程进度", "进展情况", "项目进展", "progress"],
    pattern: /形象进度|工程进度|项目进展|进展情况|建设进度|进度情况|目前进展|进展|progress/,
  },
  {
    field: "problems",
    exact: ["存在问题", "困难问题", "存在的问题", "问题", "problems", "issues"],
    pattern: /问题|困难|problem|issue/,
  },
  { field: "remarks", exact: ["备注", "说明", "注", "remarks"], pattern: /备注|remark|note/ },
  { field: "currency", exact: ["币种", "币别", "currency"], pattern: /币种|币别|货币|currency/ },
  {
    field: null,
    pattern:
      /资金来源|到位资金|上年|去年|以前年度|^其中|中央|省级资金|融资|贷款|下月|下年|明年|fundsource|\d{1,2}月?-\d{1,2}月计划/,
  },
  {
    field: "statedRate",
    exact: [
      "完成率",
      "投资完成率",
      "占年度计划%",
      "占年度计划",
      "完成率%",
      "年度计划完成率",
      "completionrate",
    ],
    pattern: /完成率|完成比例|完成百分比|占.{0,6}计划|占比|%|rate|percent/,
  },
  {
    field: "completedSinceStart",
    exact: [
      "开工至报告期累计完成投资",
      "自开工累计完成投资",
      "开工以来累计完成投资",
      "开工累计完成投资",
    ],
    pattern:
      /开工(至|以来|起|累计|后)|自开工|建设以来|至今累计|以来累计|历年累计|项目累计|累计完成总投资|sincestart|todate|sinceinception/,
  },
  {
    field: "completedThisMonth",
    exact: ["当月完成投资", "本月完成投资", "当月完成", "本月完成", "当月", "本月"],
    pattern: /当月|本月|^\d{1,2}月份?(完成|投资|累计)?(完成)?投资|thismonth|monthly/,
  },
  {
    field: "completed",
    exact: [
      "累计完成投资",
      "年初至报告期累计完成投资",
      "本年累计完成投资",
      "完成投资",
      "累计完成",
      "累计投资",
      "已完成投资",
      "实际完成投资",
      "completed",
      "ytd",
    ],
    pattern:
      /(\d{1,2}月?-\d{1,2}月|截[至止]|月底|月末|年初|本年|今年|年度).*(完成|累计|实际)|累计完成|完成投资|^累计|completed|ytd|cumulative|actual/,
  },
  {
    field: "totalInvestment",
    exact: [
      "总投资",
      "项目总投资",
      "计划总投资",
      "估算总投资",
      "概算总投资",
      "total",
      "totalinvestment",
    ],
    pattern: /总投资|投资总额|估算投资|预估投资|概算投资|totalinvestment|^total/,
  },
  {
    field: "annualPlan",
    exact: [
      "年度计划投资",
      "本年计划投资",
      "全年计划投资",
      "年度投资计划",
      "年度计划投资额",
      "计划投资",
      "年度计划",
      "年计划",
      "本年计划",
      "annualplan",
      "plan",
      "planned",
    ],
    pattern: /计划|annual|plan/,
  },
];

const EXACT = new Map<string, { field: FieldKey | null; index: number; confidence: number }>();
RULES.forEach((rule, index) => {
  for (const key of rule.exact ?? []) {
    if (!EXACT.has(key))
      EXACT.set(key, { field: rule.field, index, confidence: rule.exactConfidence ?? 1 });
  }
});

/**
 * The key a header is matched on: normalised, without spaces, with bracketed asides removed
 * ("总投资（万元）" → "总投资", "项目(工程)名称" → "项目名称") but a bracketed "%" kept ("完成率(%)" → "完成率%").
 */
export const headerKey = memoize((text: string): string =>
  compactKey(text)
    .replace(/\(([^()]*)\)|\[([^[\]]*)\]/g, (_all, a: string | undefined, b: string | undefined) =>
      (a ?? b ?? "").includes("%") ? "%" : ""
    )
    .replace(/[:、,;.*_\-\s]+$/g, "")
    .replace(/^[:、,;.*_\s]+/g, "")
    .replace(/[/:]?(单位)?:?(万美元|亿元|万元|元)$/, "")
);

export interface HeaderMatch {
  field: FieldKey;
  confidence: number;
}

type RuleHit = { field: FieldKey | null; confidence: number } | null;

function firstRule(key: string, allowExact: boolean, patternConfidence: number): RuleHit {
  if (key === "") return null;
  const exact = allowExact ? EXACT.get(key) : undefined;
  for (let index = 0; index < RULES.length; index++) {
    const rule = RULES[index];
    if (exact && exact.index === index) return { field: rule.field, confidence: exact.confidence };
    if (rule.pattern?.test(key)) return { field: rule.field, confidence: patternConfidence };
  }
  return null;
}

/** Fields a group header may turn a generic amount header into ("开工以来" over "累计完成投资"). */
const GROUP_SPECIALISES: ReadonlySet<FieldKey | null> = new Set<FieldKey | null>([
  null,
  "completedSinceStart",
  "completedThisMonth",
]);
const GENERIC_AMOUNTS: ReadonlySet<FieldKey | null> = new Set<FieldKey | null>([
  "completed",
  "annualPlan",
  "totalInvestment",
]);

function matchKey(leaf: string, full: string): HeaderMatch | null {
  const byLeaf = firstRule(leaf, true, 0.9);
  const byFull = full !== leaf ? firstRule(full, false, 0.8) : null;
  let hit = byLeaf ?? byFull;
  if (byLeaf && byFull && GENERIC_AMOUNTS.has(byLeaf.field) && GROUP_SPECIALISES.has(byFull.field))
    hit = byFull;
  return hit && hit.field ? { field: hit.field, confidence: hit.confidence } : null;
}

const cachedMatch = memoize((joined: string): HeaderMatch | null => {
  const split = joined.indexOf("\u0001");
  const group = joined.slice(0, split);
  const leaf = joined.slice(split + 1);
  const leafKey = headerKey(leaf);
  return matchKey(leafKey, group ? headerKey(group) + leafKey : leafKey);
});

/**
 * Which field a column header names. `group` is the text of the merged group header above it
 * ("2024年" over "计划投资"), which can decide the field ("开工以来" over "累计完成投资").
 */
export function matchHeader(leaf: string, group = ""): HeaderMatch | null {
  return cachedMatch(`${group}\u0001${leaf}`);
}
