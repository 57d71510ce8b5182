/**
 * The WPS ribbon's callbacks (src/wps/addin/ribbon.ts) on the strict fake WPS: 打开台账助手 makes
 * one task pane and shows it again on the next click; 快速检查 runs the check without the pane and
 * shows what it found, or the message for what stands in the way.
 */
import assert from "node:assert/strict";
import { BUTTON, BUTTON_ICON, PANE_ID_KEY, createRibbon } from "../../src/wps/addin/ribbon";
import { quickCheckText } from "../../src/wps/addin/quick-check";
import { wpsLang } from "../../src/wps/addin/lang";
import type { Lang } from "../../src/core/types";
import { narrativeInputOf, totalsSentence } from "../../src/core/index";
import { FakeWps } from "../fake-wps/fake-wps";
import { wpsFromXlsx } from "../fake-wps/load-xlsx";
import { checkSheet, hostOf } from "./helpers";

const M10 = "samples/county-2024-m10.xlsx";
const BASE = "file:///home/u/.local/share/Kingsoft/wps/jsaddons/taizhang_1.0.0/";

function ribbonOver(wps: FakeWps | undefined, lang: Lang = "zh-CN") {
  const shown: string[] = [];
  const ribbon = createRibbon({
    application: () => wps?.application,
    baseUrl: BASE,
    lang,
    show: (message) => shown.push(message),
  });
  /** Resolves once the ribbon has shown `count` messages (the quick check is asynchronous). */
  const messages = async (count: number) => {
    for (let i = 0; shown.length < count && i < 200; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    return shown;
  };
  return { ribbon, messages };
}

describe("WPS ribbon: 打开台账助手 and 快速检查", () => {
  it("opens the pane once as a WPS task pane and shows the same pane again", async () => {
    const wps = await wpsFromXlsx(M10);
    const { ribbon, messages } = ribbonOver(wps);
    assert.equal(ribbon.OnAddinLoad({}), true);
    assert.equal(ribbon.GetImage({ Id: BUTTON.openPane }), BUTTON_ICON);

    ribbon.OnAction({ Id: BUTTON.openPane });
    assert.deepEqual(wps.taskPanes, [
      { url: `${BASE}taskpane.html?lang=zh-CN`, title: "台账助手", visible: true },
    ]);
    assert.equal(wps.pluginStorage.get(PANE_ID_KEY), "1");

    wps.taskPanes[0].visible = false; // the user closed it
    ribbon.OnAction({ Id: BUTTON.openPane });
    assert.equal(wps.taskPanes.length, 1, "no second pane");
    assert.equal(wps.taskPanes[0].visible, true);

    // A stored ID WPS no longer knows (the add-in page was reloaded): a new pane.
    wps.pluginStorage.set(PANE_ID_KEY, "7");
    ribbon.OnAction({ Id: BUTTON.openPane });
    assert.equal(wps.taskPanes.length, 2);
    assert.equal(wps.pluginStorage.get(PANE_ID_KEY), "2");
    assert.deepEqual(await messages(0), []);
  });

  it("快速检查 shows the totals sentence and the lists' counts, the ledger unchanged", async () => {
    const wps = await wpsFromXlsx(M10);
    const before = wps.sheets[0].snapshot();
    const { ribbon, messages } = ribbonOver(wps);
    ribbon.OnAction({ Id: BUTTON.quickCheck });
    const [text] = await messages(1);
    // The figures as the engine computes them for the same sheet, read apart from the ribbon.
    const report = await checkSheet(hostOf(wps), "10月");
    const behind = report.projects.filter((p) => p.schedule.status.endsWith("behind")).length;
    assert.ok(behind > 0);
    const [heading, totals, counts, hint] = text.split("\n\n");
    assert.equal(heading, "台账助手 · 快速检查（工作表“10月”）");
    assert.equal(totals, totalsSentence(narrativeInputOf(report), "zh-CN"));
    assert.match(
      counts,
      new RegExp(`^滞后项目 ${behind} 个 · 超进度项目 \\d+ 个 · .+ · 数据问题 \\d+ 条$`)
    );
    assert.match(hint, /打开台账助手/);
    assert.equal(wps.taskPanes.length, 0, "no pane opened");
    assert.equal(wps.sheets.length, 1, "no sheet added");
    assert.equal(wps.sheets[0].snapshot(), before);

    const english = await quickCheckText(hostOf(wps), "en");
    assert.match(english, /^Taizhang · Quick check \(sheet ".+"\)/);
    assert.match(english, /Behind: \d+ · Ahead: \d+/);
  });

  it("says what stands in the way: no workbook, a sheet that is no ledger, no WPS API at all", async () => {
    const empty = ribbonOver(new FakeWps({ noWorkbook: true }));
    empty.ribbon.OnAction({ Id: BUTTON.quickCheck });
    assert.match((await empty.messages(1))[0], /没有打开的工作簿/);

    const blank = new FakeWps();
    blank.addSheet("说明").setTyped(0, 0, "本工作簿记录会议纪要");
    assert.match(await quickCheckText(hostOf(blank), "zh-CN"), /都不是可以检查的项目台账/);

    const outside = ribbonOver(undefined, "en");
    outside.ribbon.OnAction({ Id: BUTTON.openPane });
    assert.match((await outside.messages(1))[0], /window\.Application\) is missing/);
  });

  it("speaks Chinese unless the page is opened with ?lang=en", () => {
    assert.equal(wpsLang(""), "zh-CN");
    assert.equal(wpsLang("?lang=en"), "en");
    assert.equal(wpsLang("?lang=zh-CN"), "zh-CN");
  });
});
