/**
 * The 督导函 download in headless Chromium (the preview page, sheet 10月): after a check the Output
 * step offers the letters as one .zip of .docx files; the Word writer is a chunk of its own,
 * fetched from the page's own origin only when the button is clicked.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { buildReminderLetters, localIsoDate } from "../../src/core/index";
import { type Expected, expected } from "./expected";
import { open, previewSession, screenshot, skipWelcome } from "./harness";

const WRITER_CHUNK = "/docx-letters.js";

describe("task pane: 督导函 as Word documents (headless Chromium)", function () {
  this.timeout(90000);
  const session = previewSession();
  let truth: Expected;

  before(async function () {
    truth = await expected();
  });

  it("downloads one .docx per unit in a .zip, the writer fetched only then", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    await pane.getByTestId("tab-check").click();
    await pane.getByTestId("run-check").click();
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    await pane.getByTestId("tab-output").click();
    const { browser, origin } = session;
    const writerFetches = () => browser.requests.filter((u) => u === `${origin}${WRITER_CHUNK}`);
    assert.deepEqual(writerFetches(), [], "the Word writer was fetched before it was asked for");

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      pane.getByTestId("download-letters").click(),
    ]);
    assert.equal(writerFetches().length, 1, "docx-letters.js fetched once, on the click");
    assert.equal(download.suggestedFilename(), "督导函-2024年1-10月.zip");
    const zip = unzipSync(readFileSync((await download.path())!));
    const letters = buildReminderLetters(truth.report, {
      lang: "zh-CN",
      date: localIsoDate(new Date()),
    });
    assert.ok(letters.length > 1);
    assert.deepEqual(
      Object.keys(zip),
      letters.map((l) => `${l.fileName}.docx`)
    );
    letters.forEach((letter) => {
      const xml = strFromU8(unzipSync(zip[`${letter.fileName}.docx`])["word/document.xml"]);
      for (const text of [letter.documentNumber, letter.addressee, letter.date, letter.body[0]])
        assert.ok(xml.includes(text), `${letter.unit}: ${text}`);
    });
    const status = (await pane.getByTestId("letters-status").textContent()) ?? "";
    assert.equal(status, `已生成 ${letters.length} 份督导函（一个 .zip 文件）。`);
    await screenshot(page, "letters-download");
  });

  it("takes the sender, 文号, first number and date saved in Settings", async function () {
    const { page, pane } = await open(session.browser, session.origin, "?lang=zh-CN");
    await pane.getByTestId("detect-verdict").waitFor({ timeout: 15000 });
    await skipWelcome(pane);
    await pane.getByTestId("tab-check").click();
    await pane.getByTestId("run-check").click();
    await pane.getByTestId("totals").waitFor({ timeout: 15000 });
    await pane.getByTestId("tab-settings").click();
    // A pattern without {n} is refused as typed: the message shows and save is off.
    await pane.getByTestId("letter-letterNumber").fill("县重点办督〔{year}〕号");
    await pane.getByText("缺少 {n}（序号）", { exact: false }).waitFor();
    assert.equal(await pane.getByTestId("save-letter-settings").isDisabled(), true);
    await pane.getByTestId("letter-letterNumber").fill("县重点办督〔{year}〕{n}号");
    await pane.getByTestId("letter-issuer").fill("某某县重点项目建设推进办公室");
    await pane.getByTestId("letter-firstLetterNumber").fill("7");
    await pane.getByTestId("letter-letterDate").fill("2024-11-05");
    await pane.getByTestId("save-letter-settings").click();
    await pane.getByText("已保存到本工作簿。").waitFor();
    await screenshot(page, "letters-settings");

    await pane.getByTestId("tab-output").click();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      pane.getByTestId("download-letters").click(),
    ]);
    const zip = unzipSync(readFileSync((await download.path())!));
    const letters = buildReminderLetters(truth.report, {
      lang: "zh-CN",
      date: "2024-11-05",
      issuer: "某某县重点项目建设推进办公室",
      letterNumber: "县重点办督〔{year}〕{n}号",
      firstLetterNumber: 7,
    });
    letters.forEach((letter, i) => {
      const xml = strFromU8(unzipSync(zip[`${letter.fileName}.docx`])["word/document.xml"]);
      assert.ok(xml.includes(`县重点办督〔2024〕${7 + i}号`), letter.unit);
      assert.ok(xml.includes("某某县重点项目建设推进办公室") && xml.includes("2024年11月5日"));
    });
  });
});
