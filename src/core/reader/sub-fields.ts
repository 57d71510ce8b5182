/**
 * Sub-columns under a merged parent header that names a unit: `项目业主单位` over `业主名称 /
 * 负责人 / 联系人 / 电话`, `市或县挂钩责任单位` over `单位名称 / 责任人 / 联络人 / 电话`. The name
 * column is the unit itself and the others are its people, never the project name nor the unit.
 */
import type { Contact, FieldKey } from "../types";
import { compactKey } from "../parse/text";
import { matchHeader } from "./fields";

type Role = "name" | keyof Contact;

const ROLE_PATTERNS: ReadonlyArray<[Role, RegExp]> = [
  ["phone", /电话|手机|邮箱|传真|联系方式|phone|tel|e-?mail/],
  ["contact", /联系人|联络人|经办人|联络员|contact/],
  ["person", /负责人|责任人|法人|法定代表人|主要领导|personincharge/],
  ["name", /名称|^单位$|^业主$|单位$|部门$|^name$/],
];

const SUB_FIELDS: Partial<Record<FieldKey, Record<Role, FieldKey>>> = {
  owner: { name: "owner", person: "ownerPerson", contact: "ownerContact", phone: "ownerPhone" },
  responsibleUnit: {
    name: "responsibleUnit",
    person: "responsiblePerson",
    contact: "responsibleContact",
    phone: "responsiblePhone",
  },
};

function roleOf(leaf: string): Role | null {
  const key = compactKey(leaf);
  for (const [role, pattern] of ROLE_PATTERNS) if (pattern.test(key)) return role;
  return null;
}

/**
 * The field of a sub-column, from its parent header (the innermost group text) and its own text;
 * null when the parent names no unit or the leaf is no sub-field.
 */
export function subFieldOf(group: string, leaf: string): FieldKey | null {
  if (group === "" || leaf === "" || group === leaf) return null;
  const parent = group.split("/").pop() ?? "";
  const entity = matchHeader(parent)?.field;
  const fields = entity ? SUB_FIELDS[entity] : undefined;
  if (!fields) return null;
  const role = roleOf(leaf);
  return role ? fields[role] : null;
}

/** The contact fields of each unit, for reading a row's contacts. */
export const CONTACT_FIELDS = {
  owner: SUB_FIELDS.owner as Record<Role, FieldKey>,
  responsible: SUB_FIELDS.responsibleUnit as Record<Role, FieldKey>,
};
