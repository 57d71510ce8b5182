/** The 排名 column (schedule/rank.ts: most behind = 1, ties share a rank). */
import { FORMATS, type SpecValue } from "../sheet-spec";
import type { Lang } from "../types";
import { say } from "./labels";
import type { ColumnDef } from "./table";

export function rankColumn<T>(lang: Lang, value: (item: T) => SpecValue): ColumnDef<T> {
  return {
    header: say(lang, "排名", "Rank"),
    width: 7,
    format: FORMATS.integer,
    align: "center",
    value,
  };
}
