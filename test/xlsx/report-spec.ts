/** A summary sheet spec with everything the writer renders: merges, formats, bands, a chart. */
import type { SheetSpec } from "../../src/core/sheet-spec";

export const SPEC: SheetSpec = {
  key: "summary:sector",
  name: "汇总",
  title: "重点项目汇总表",
  infoLines: ["单位：亿元、个"],
  columns: [
    { width: 12, format: "@", align: "left" },
    { width: 10, format: "0.00", align: "right" },
    { width: 10, format: "0.00%", align: "right" },
    { width: 10, format: "+0.00;-0.00;0.00", align: "right" },
  ],
  headerRows: [[{ text: "行业" }, { text: "计划" }, { text: "完成率" }, { text: "与时序进度比" }]],
  rows: [
    { values: ["合计", 3, 0.5, -25], kind: "total", band: 0 },
    { values: ["工业", 1, 0.6, -15], kind: "data", band: 0 },
    { values: ["交通", 2, 0.4, -35], kind: "data", band: 1 },
  ],
  footnotes: ["注：测试"],
  freezeColumns: 1,
  varianceColumn: 3,
  bands: [
    {
      minLagPoints: 10,
      maxLagPoints: 30,
      fill: "#FFEB9C",
      font: "#9C5700",
      label: { "zh-CN": "黄", en: "yellow" },
    },
    {
      minLagPoints: 30,
      maxLagPoints: null,
      fill: "#FFC7CE",
      font: "#9C0006",
      label: { "zh-CN": "红", en: "red" },
    },
  ],
  chart: {
    title: "完成率",
    categoryColumn: 0,
    valueColumn: 2,
    valueName: "完成率",
    lineValue: 0.75,
    lineName: "时序进度",
    skipFirstRow: true,
  },
};

/** A second sheet without a chart, to add and remove between runs. */
export const LETTER_SPEC: SheetSpec = {
  key: "letter:县发改局",
  name: "督导函-县发改局",
  title: "关于加快推进重点项目建设进度的督导函",
  infoLines: [],
  leadParagraphs: ["县发改局：", "截至2024年9月底，请加快推进。"],
  columns: [
    { width: 30, format: "@", align: "left" },
    { width: 12, format: "0.00", align: "right" },
  ],
  headerRows: [[{ text: "项目名称" }, { text: "总投资" }]],
  rows: [{ values: ['=HYPERLINK("http://x.invalid","点我")', 1.5], kind: "data" }],
  footnotes: [],
  freezeColumns: 0,
  signatureLines: ["重点项目建设推进办公室"],
};
