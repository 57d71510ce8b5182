/**
 * What an input package holds that exceljs would silently drop when it rewrites the workbook.
 * --append refuses such files instead of losing the user's charts, pivot tables or macros.
 */
import type JSZip from "jszip";
import type { LocalText } from "../core/types";
import {
  readRelationships,
  REL_TYPES,
  relsPathOf,
  resolveTarget,
  sheetPartsByName,
} from "./zip-parts";

interface PartRule {
  test: (path: string) => boolean;
  what: LocalText;
}

const under = (folder: string) => (path: string) => path.startsWith(folder);

const PART_RULES: PartRule[] = [
  { test: under("xl/charts/"), what: { "zh-CN": "图表", en: "charts" } },
  { test: under("xl/chartsheets/"), what: { "zh-CN": "图表工作表", en: "chart sheets" } },
  {
    test: (p) => p.startsWith("xl/pivotTables/") || p.startsWith("xl/pivotCache/"),
    what: { "zh-CN": "数据透视表", en: "pivot tables" },
  },
  { test: (p) => /vbaProject\.bin$/i.test(p), what: { "zh-CN": "宏（VBA）", en: "macros (VBA)" } },
  {
    test: (p) => p.startsWith("xl/slicers/") || p.startsWith("xl/slicerCaches/"),
    what: { "zh-CN": "切片器", en: "slicers" },
  },
  {
    test: (p) => p.startsWith("xl/timelines/") || p.startsWith("xl/timelineCaches/"),
    what: { "zh-CN": "日程表", en: "timelines" },
  },
  { test: under("xl/externalLinks/"), what: { "zh-CN": "外部链接", en: "external links" } },
  {
    test: (p) => p.startsWith("xl/activeX/") || p.startsWith("xl/ctrlProps/"),
    what: { "zh-CN": "控件", en: "form or ActiveX controls" },
  },
  { test: under("xl/embeddings/"), what: { "zh-CN": "嵌入对象", en: "embedded objects" } },
  { test: under("xl/threadedComments/"), what: { "zh-CN": "对话式批注", en: "threaded comments" } },
  {
    test: (p) => p.startsWith("xl/queryTables/") || p === "xl/connections.xml",
    what: { "zh-CN": "数据连接/查询", en: "data connections or queries" },
  },
  { test: under("xl/model/"), what: { "zh-CN": "数据模型", en: "a data model" } },
];

/** Drawing content other than pictures (shapes, text boxes, chart frames). */
const NON_PICTURE_DRAWING = /<xdr:(sp|grpSp|cxnSp|graphicFrame)\b/;
const SPARKLINES = /<x14:sparklineGroups\b/;

/**
 * Names of the features found that cannot be carried over; empty when the file is safe to copy.
 * `ownParts` are parts of sheets we wrote earlier (our charts), which a re-run replaces anyway.
 */
export async function findUnsupportedParts(
  zip: JSZip,
  ownParts: ReadonlySet<string> = new Set()
): Promise<LocalText[]> {
  const found: LocalText[] = [];
  const add = (what: LocalText) => {
    if (!found.some((f) => f.en === what.en)) found.push(what);
  };
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p].dir && !ownParts.has(p));
  for (const path of paths) for (const rule of PART_RULES) if (rule.test(path)) add(rule.what);
  for (const path of paths.filter((p) => /^xl\/drawings\/[^/]+\.xml$/.test(p))) {
    if (NON_PICTURE_DRAWING.test(await zip.file(path)!.async("string")))
      add({ "zh-CN": "形状或文本框", en: "shapes or text boxes" });
  }
  for (const path of paths.filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    if (SPARKLINES.test(await zip.file(path)!.async("string")))
      add({ "zh-CN": "迷你图", en: "sparklines" });
  }
  return found;
}

/** The drawing and chart parts (with their .rels) hanging off the given sheets. */
export async function partsOfSheets(
  zip: JSZip,
  sheetNames: Iterable<string>
): Promise<Set<string>> {
  const parts = new Set<string>();
  const sheetParts = await sheetPartsByName(zip);
  const visit = async (partPath: string) => {
    const rels = relsPathOf(partPath);
    const folder = partPath.slice(0, partPath.lastIndexOf("/") + 1);
    for (const rel of await readRelationships(zip, rels)) {
      if (rel.type !== REL_TYPES.drawing && rel.type !== REL_TYPES.chart) continue;
      const target = resolveTarget(folder, rel.target);
      if (parts.has(target)) continue;
      parts.add(target);
      parts.add(relsPathOf(target));
      await visit(target);
    }
  };
  for (const name of sheetNames) {
    const sheetPath = sheetParts.get(name);
    if (sheetPath) await visit(sheetPath);
  }
  return parts;
}
