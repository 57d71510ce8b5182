import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { buildReminderLetters, type ReminderLetter } from "../../src/core/index";
import { letterDocument, letterFiles, lettersZip } from "../../src/docx/index";
import { makeReport, SAMPLE } from "../core/summaries/report-builder";

const ROOT = join(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "render");

function sampleLetters(): ReminderLetter[] {
  const report = makeReport(SAMPLE);
  report.projects[2].row.responsibleContact = {
    person: "叶景林",
    contact: "庄毅斌",
    phone: "0596-1234567",
  };
  return buildReminderLetters(report, {
    lang: "zh-CN",
    date: "2024-10-15",
    issuer: "县重点项目建设推进办公室",
    letterNumber: "县重点办督〔{year}〕{n}号",
  });
}

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

/** The text of each paragraph of document.xml, in order. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) =>
    [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("")
  );
}

describe("docx: a 督导函 as a Word document", () => {
  const letter = sampleLetters()[1];
  let xml: Record<string, string>;
  before(async () => {
    xml = parts(await letterDocument(letter));
  });

  it("is an A4 page with the GB/T 9704 margins (37/35/28/26 mm) and a page number", () => {
    const doc = xml["word/document.xml"];
    assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(doc)![1];
    for (const [side, value] of Object.entries({
      top: 2098,
      bottom: 1984,
      left: 1587,
      right: 1474,
    }))
      assert.match(margins, new RegExp(`w:${side}="${value}"`), side);
    const footer = Object.keys(xml).find((name) => /^word\/footer\d*\.xml$/.test(name))!;
    assert.match(xml[footer], /PAGE/);
    assert.match(xml[footer], /— <\/w:t>/);
  });

  it("sets the title in 方正小标宋简体 2号 and the body in 仿宋_GB2312 3号 on a fixed 28 pt line", () => {
    const doc = xml["word/document.xml"];
    const titleRun = /<w:r>((?:(?!<w:r>).)*?)关于加快推进/.exec(doc)![1];
    assert.match(titleRun, /w:eastAsia="方正小标宋简体"/);
    assert.match(titleRun, /<w:sz w:val="44"\/>/);
    const bodyRuns = [...doc.matchAll(/<w:rFonts([^>]*)\/><w:sz w:val="(\d+)"\/>/g)];
    const body = bodyRuns.filter((r) => r[1].includes('w:eastAsia="仿宋_GB2312"'));
    assert.ok(body.length >= letter.body.length + 4, String(body.length));
    assert.ok(body.every((r) => r[2] === "32" && /w:ascii="Times New Roman"/.test(r[1])));
    const lines = [...doc.matchAll(/<w:spacing ([^>]*)\/>/g)].map((m) => m[1]);
    assert.ok(lines.filter((l) => /w:line="560" w:lineRule="exact"/.test(l)).length >= body.length);
    // The font table names each Chinese font's usual alternative for machines without it.
    assert.match(xml["word/fontTable.xml"], /w:name="方正小标宋简体"><w:altName w:val="小标宋"\/>/);
    assert.match(xml["word/fontTable.xml"], /w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
    assert.match(xml["word/styles.xml"], /w:eastAsia="仿宋_GB2312"/);
  });

  it("holds the 文号, title, addressee, contact, body, sender and date in that order", () => {
    const doc = xml["word/document.xml"];
    const texts = paragraphTexts(doc).filter((t) => t !== "");
    assert.deepEqual(texts.slice(0, 4), [
      "县重点办督〔2024〕2号",
      "关于加快推进重点项目建设进度的督导函",
      "县交通局：",
      "（责任人：叶景林；联络人：庄毅斌；电话：0596-1234567）",
    ]);
    assert.deepEqual(texts.slice(4, 4 + letter.body.length), letter.body);
    assert.deepEqual(texts.slice(-2), ["县重点项目建设推进办公室", "2024年10月15日"]);
    assert.match(doc, /低于时序进度55\.00个百分点/);
    assert.doesNotMatch(doc, /时间进度|X日/);
    // Body paragraphs indent their first line by two characters (2 × 16 pt); the date is right-aligned.
    assert.ok((doc.match(/<w:ind w:firstLine="640"\/>/g) ?? []).length >= letter.body.length);
    const dateParagraph = /<w:p>((?:(?!<w:p>).)*?)2024年10月15日/.exec(doc)![1];
    assert.match(dateParagraph, /<w:jc w:val="right"\/>/);
  });

  it("writes one file per letter and a zip of them all, named after the units", async () => {
    const letters = sampleLetters();
    const files = await letterFiles(letters);
    assert.deepEqual(
      files.map((f) => f.name),
      ["督导函-县工信局.docx", "督导函-县交通局.docx", "督导函-县教育局.docx"]
    );
    const zip = unzipSync(await lettersZip(letters));
    assert.deepEqual(
      Object.keys(zip),
      files.map((f) => f.name)
    );
    for (const [name, bytes] of Object.entries(zip)) {
      const unit = name.replace(/^督导函-|\.docx$/g, "");
      assert.match(strFromU8(unzipSync(bytes)["word/document.xml"]), new RegExp(`${unit}：`));
    }
  });
});

function hasCommand(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`]).status === 0;
}

describe("render: a 督导函 in LibreOffice Writer", () => {
  it("converts to PDF with Chinese glyphs and keeps a PNG of page 1 in test-artifacts/render/", async function () {
    this.timeout(180_000);
    const writer = existsSync("/usr/lib/libreoffice/program/libswlo.so");
    if (!hasCommand("soffice") || !hasCommand("pdftoppm") || !writer) {
      if (process.env.CI)
        assert.fail(
          "soffice (Writer)/pdftoppm missing: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk"
        );
      this.skip();
    }
    const work = mkdtempSync(join(tmpdir(), "tz-letter-render-"));
    const docx = join(work, "letter.docx");
    writeFileSync(docx, await letterDocument(sampleLetters()[1]));
    const convert = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "lo-profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        work,
        docx,
      ],
      { encoding: "utf8", timeout: 150_000 }
    );
    const pdf = join(work, "letter.pdf");
    assert.ok(existsSync(pdf), `no PDF: ${convert.stdout} ${convert.stderr}`);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    for (const words of [
      "关于加快推进重点项目建设进度的督导函",
      "县交通局：",
      "时序进度",
      "2024年10月15日",
    ])
      assert.ok(text.replace(/[ \t]+/g, "").includes(words), words);
    const fonts = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout;
    assert.match(fonts, /CJK|Song|Fang|Hei|Kai|Ming/i, fonts);
    // A4 portrait.
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    assert.match(info, /Page size:\s+595\.\d+ x 841\.\d+ pts/);

    mkdirSync(ARTIFACTS, { recursive: true });
    const png = spawnSync(
      "pdftoppm",
      ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, join(work, "letter-page1")],
      { encoding: "utf8" }
    );
    assert.equal(png.status, 0, png.stderr);
    copyFileSync(join(work, "letter-page1.png"), join(ARTIFACTS, "letter-page1.png"));
  });
});
