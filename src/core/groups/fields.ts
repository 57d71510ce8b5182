/**
 * The project fields a report can be grouped by, their names in both languages, and the group key
 * each project gets. Keys are the ledger's own (Chinese) words; the few keys we make up ourselves
 * (blank, 挂牌/未挂牌, currencies) have English display forms in groupKeyText().
 */
import { memoize } from "../parse/text";
import type { CellValue, FieldKey, Lang, LocalText, ProjectRow } from "../types";

/** Group key of a project whose grouping cell is empty. */
export const BLANK_GROUP_KEY = "（未填）";

/** Fields of ProjectRow worth grouping by, plus "section" (the outermost section row of the ledger). */
export type GroupField =
  | Extract<
      FieldKey,
      | "sector"
      | "category"
      | "responsibleUnit"
      | "leader"
      | "county"
      | "level"
      | "listed"
      | "owner"
      | "status"
      | "currency"
    >
  | "section";

interface GroupFieldInfo {
  label: LocalText;
  /** Other words a user may type for this field, beyond the key, the labels and the header wordings the reader knows. */
  aliases?: string[];
}

export const GROUP_FIELDS: Record<GroupField, GroupFieldInfo> = {
  sector: { label: { "zh-CN": "行业", en: "sector" } },
  category: { label: { "zh-CN": "项目类别", en: "category" } },
  responsibleUnit: { label: { "zh-CN": "责任单位", en: "responsible unit" } },
  leader: { label: { "zh-CN": "联系领导", en: "leader" } },
  county: { label: { "zh-CN": "县区", en: "county" } },
  level: { label: { "zh-CN": "项目级别", en: "level" } },
  listed: { label: { "zh-CN": "是否挂牌", en: "listed" } },
  owner: { label: { "zh-CN": "建设单位", en: "owner" } },
  status: { label: { "zh-CN": "建设状态", en: "construction status" } },
  currency: { label: { "zh-CN": "币种", en: "currency" } },
  section: { label: { "zh-CN": "分组", en: "section" }, aliases: ["分类", "板块"] },
};

export const GROUP_FIELD_KEYS = Object.keys(GROUP_FIELDS) as GroupField[];

/** The group key of a project for a field. */
export function fieldKeyOf(row: ProjectRow, field: GroupField): string {
  switch (field) {
    case "listed":
      return row.listed === null ? BLANK_GROUP_KEY : row.listed ? "挂牌" : "未挂牌";
    case "currency":
      return row.currency === "USD" ? "美元" : "人民币";
    case "section":
      return textKey(row.sections[0] ?? null);
    default:
      return textKey(row[field]);
  }
}

/** The group key of a raw cell (grouping on a column the reader did not recognise). */
export function cellKeyOf(value: CellValue | undefined): string {
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  if (typeof value === "string" && /^#[A-Z0-9/]+[!?]?$/.test(value.trim())) return BLANK_GROUP_KEY; // #N/A, #DIV/0!
  return textKey(value ?? null);
}

function textKey(text: string | null): string {
  return cleanedKey(text ?? "");
}

/** Memoised: a ledger names the same few sectors and units on every row. */
const cleanedKey = memoize((text: string): string => {
  const cleaned = text.replace(/\s+/g, " ").trim();
  return cleaned === "" ? BLANK_GROUP_KEY : cleaned;
});

const KEY_TEXT_EN: Record<string, string> = {
  [BLANK_GROUP_KEY]: "(blank)",
  挂牌: "listed",
  未挂牌: "not listed",
  人民币: "CNY",
  美元: "USD",
  是: "yes",
  否: "no",
};

/** A group key for display: the ledger's words stay as they are; our own keys are translated. */
export function groupKeyText(key: string, lang: Lang): string {
  return lang === "en" ? (KEY_TEXT_EN[key] ?? key) : key;
}
