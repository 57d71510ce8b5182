/**
 * --append as a package edit (issue 12): whatever the user's workbook holds is copied byte for
 * byte; only the sheet list, relationships, content types, styles and markers are extended, and
 * their original content stays. Each feature of issue 12 item 3 is its own case.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { FileProblem } from "../../src/xlsx/errors";
import { appendReportSheets, writeReportWorkbook } from "../../src/xlsx/write-workbook";
import { buildWorkbook, EVIDENCE, FEATURES } from "./excel-like-workbook";
import { assertPackageKept } from "./package-assert";
import { LETTER_SPEC, SPEC } from "./report-spec";

const LIBREOFFICE_TABLE = join(__dirname, "..", "fixtures", "append", "libreoffice-table.xlsx");

function append(input: Buffer, specs = [SPEC], outFile = "out.xlsx"): Promise<Buffer> {
  return appendReportSheets("ledger.xlsx", input, specs, { lang: "zh-CN", outFile });
}

async function text(bytes: Buffer, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(part);
  assert.ok(file, `${part} is in the package`);
  return file.async("string");
}

async function sheetNames(bytes: Buffer): Promise<string[]> {
  const workbook = await text(bytes, "xl/workbook.xml");
  return [...workbook.matchAll(/<sheet\s[^>]*name="([^"]*)"/g)].map((m) => m[1]);
}

/** The parts a package holds whose names match. */
async function partNames(bytes: Buffer, pattern: RegExp): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files).filter((n) => pattern.test(n));
}

async function assertRefused(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof FileProblem, String(e));
    assert.match(`${e.text["zh-CN"]}\n${e.text.en}`, message);
    return true;
  });
}

describe("xlsx: --append copies the user's workbook and adds sheets", () => {
  for (const [feature, edits] of Object.entries(FEATURES)) {
    it(`keeps ${feature}`, async () => {
      const input = buildWorkbook(edits);
      const output = await append(input);
      for (const [part, evidence] of EVIDENCE[feature]) {
        assert.ok((await text(input, part)).includes(evidence), `the input has ${evidence}`);
        assert.ok((await text(output, part)).includes(evidence), `${part} still has ${evidence}`);
      }
      await assertPackageKept(input, output);
      assert.deepEqual(await sheetNames(output), ["台账", "参数", "汇总"]);
    });
  }

  it("keeps every feature at once, and the input bytes are untouched", async () => {
    const input = buildWorkbook(Object.values(FEATURES).flat());
    const copy = Buffer.from(input);
    const output = await append(input, [SPEC, LETTER_SPEC]);
    assert.ok(input.equals(copy));
    await assertPackageKept(input, output);
    const workbook = await text(output, "xl/workbook.xml");
    assert.ok(workbook.includes('<definedName name="汇率">7.1</definedName>'));
    assert.ok(workbook.includes("OFFSET(台账!$A$3,0,0,COUNTA(台账!$B:$B)-2,8)"));
    assert.ok(workbook.includes('calcMode="manual"'));
    assert.ok(workbook.includes('lockStructure="1"'));
  });

  it("writes ordinary validations once (they are copied, not rewritten)", async () => {
    const output = await append(buildWorkbook(FEATURES["ordinary data validation"]));
    const sheet = await text(output, "xl/worksheets/sheet1.xml");
    assert.equal(sheet.match(/<dataValidation\s/g)?.length, 1);
  });

  it("appends styles after the user's: the user's indexes keep their meaning, ours point past them", async () => {
    const input = buildWorkbook();
    const output = await append(input);
    const styles = await text(output, "xl/styles.xml");
    const count = (list: string) => Number(new RegExp(`<${list} count="(\\d+)"`).exec(styles)![1]);
    assert.ok(count("cellXfs") > 3 && count("fonts") > 2 && count("dxfs") > 1, styles);
    const ours = await text(output, "xl/worksheets/sheet3.xml");
    const used = [...ours.matchAll(/\ss="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(used.length > 0 && used.every((s) => s >= 3 && s < count("cellXfs")), used.join(","));
    const dxfIds = [...ours.matchAll(/dxfId="(\d+)"/g)].map((m) => Number(m[1]));
    assert.ok(dxfIds.length === 2 && dxfIds.every((d) => d >= 1), dxfIds.join(","));
    assert.match(styles, /<numFmt numFmtId="177" formatCode="\+0\.00;-0\.00;0\.00"\/>/);
    // Our strings are inline: the user's shared-string table is not touched.
    assert.match(ours, /t="inlineStr"><is><t>重点项目汇总表<\/t><\/is>/);
  });

  it("keeps a LibreOffice-saved workbook with a table, part for part", async () => {
    const input = readFileSync(LIBREOFFICE_TABLE);
    const output = await append(input);
    await assertPackageKept(input, output);
    assert.deepEqual(await sheetNames(output), ["台账", "说明", "汇总"]);
    assert.match(await text(output, "docProps/custom.xml"), /name="Taizhang:汇总"/);
  });

  it("keeps charts, pivot-like parts and a user's drawing it previously refused", async () => {
    // A report workbook without our markers: its sheets and their charts are the user's.
    const report = await JSZip.loadAsync(await writeReportWorkbook([SPEC], { lang: "zh-CN" }));
    report.remove("docProps/custom.xml");
    report.file("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>");
    const input = await report.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const output = await append(input);
    await assertPackageKept(input, output);
    assert.deepEqual(await sheetNames(output), ["汇总", "汇总 (2)"]);
    assert.deepEqual(await partNames(output, /^xl\/charts\//), [
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
    ]);
  });

  it("keeps a macro-enabled workbook macro-enabled (.xlsm), and refuses to name it .xlsx", async () => {
    const input = buildWorkbook([
      (parts) => {
        const types = parts.get("[Content_Types].xml")!;
        parts.set(
          "[Content_Types].xml",
          types
            .replace("spreadsheetml.sheet.main+xml", "")
            .replace(
              'ContentType="application/vnd.openxmlformats-officedocument."',
              'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"'
            )
            .replace(
              "<Override",
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override'
            )
        );
        parts.set("xl/vbaProject.bin", "\u00d0\u00cf VBA project bytes");
        const rels = parts.get("xl/_rels/workbook.xml.rels")!;
        parts.set(
          "xl/_rels/workbook.xml.rels",
          rels.replace(
            "</Relationships>",
            '<Relationship Id="rId9" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'
          )
        );
      },
    ]);
    assert.match(await text(input, "[Content_Types].xml"), /macroEnabled\.main\+xml/);
    const output = await append(input, [SPEC], "out.xlsm");
    await assertPackageKept(input, output);
    await assertRefused(
      append(input, [SPEC], "out.xlsx"),
      /启用宏的工作簿.*须以 \.xlsm 结尾[\s\S]*must end in \.xlsm/
    );
  });

  it("replaces its own sheets on a re-run and never piles them up or leaves their parts", async () => {
    const input = buildWorkbook(Object.values(FEATURES).flat());
    const first = await append(input, [SPEC, LETTER_SPEC]);
    const second = await append(first, [SPEC, LETTER_SPEC]);
    assert.deepEqual(await sheetNames(second), ["台账", "参数", "汇总", "督导函-县发改局"]);
    await assertPackageKept(input, second);
    assert.deepEqual(await partNames(second, /^xl\/(charts|drawings)\/[^/]+\.xml$/), [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
    ]);
    const custom = await text(second, "docProps/custom.xml");
    assert.equal(custom.match(/name="Taizhang:/g)?.length, 2);
    // The same input twice gives the same bytes.
    assert.ok((await append(first, [SPEC, LETTER_SPEC])).equals(second));
  });

  it("removes its earlier sheets this run does not write, and renumbers the sheet indexes after them", async () => {
    const first = await JSZip.loadAsync(await append(buildWorkbook(), [LETTER_SPEC, SPEC]));
    // The user adds a sheet after ours, with a name scoped to it, and makes it the active tab.
    const workbook = (await first.file("xl/workbook.xml")!.async("string"))
      .replace("</sheets>", '<sheet name="备注" sheetId="9" r:id="rId2"/></sheets>')
      .replace('activeTab="0"', 'activeTab="4"')
      // Into the <definedNames> our print titles started, else a new one before <calcPr>.
      .replace(
        /<definedNames>|<calcPr/,
        (at) =>
          `${at === "<calcPr" ? "<definedNames>" : at}<definedName name="备注区" localSheetId="4">备注!$A$1</definedName><definedName name="首表" localSheetId="0">台账!$A$1</definedName>${at === "<calcPr" ? "</definedNames><calcPr" : ""}`
      );
    first.file("xl/workbook.xml", workbook);
    const edited = await first.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const second = await append(edited, [SPEC]);
    assert.deepEqual(await sheetNames(second), ["台账", "参数", "汇总", "备注"]);
    const after = await text(second, "xl/workbook.xml");
    assert.ok(
      after.includes('<definedName name="备注区" localSheetId="3">备注!$A$1</definedName>'),
      after
    );
    assert.ok(after.includes('<definedName name="首表" localSheetId="0">台账!$A$1</definedName>'));
    assert.match(after, /activeTab="3"/);
    // The print titles follow their sheet: 汇总 is now the third sheet; the removed 督导函's went.
    assert.deepEqual(
      [
        ...after.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g),
      ].map((m) => [m[1], m[2]]),
      [["2", "'汇总'!$3:$3"]]
    );
    assert.deepEqual(await partNames(second, /^xl\/worksheets\/sheet\d+\.xml$/), [
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet4.xml",
    ]);
    const types = await text(second, "[Content_Types].xml");
    assert.doesNotMatch(types, /sheet3\.xml/);
    assert.doesNotMatch(await text(second, "docProps/custom.xml"), /督导函/);
  });

  it("never touches a user's sheet: a name clash gives ours another name", async () => {
    const input = buildWorkbook([
      (parts) =>
        parts.set(
          "xl/workbook.xml",
          parts.get("xl/workbook.xml")!.replace('name="参数"', 'name="汇总"')
        ),
    ]);
    const output = await append(input);
    await assertPackageKept(input, output);
    assert.deepEqual(await sheetNames(output), ["台账", "汇总", "汇总 (2)"]);
    const again = await append(output);
    assert.deepEqual(await sheetNames(again), ["台账", "汇总", "汇总 (2)"]);
    await assertPackageKept(input, again);
  });

  describe("refuses, naming the part, what it cannot edit safely", () => {
    const withWorkbook = (change: (xml: string) => string) =>
      buildWorkbook([
        (parts) => parts.set("xl/workbook.xml", change(parts.get("xl/workbook.xml")!)),
      ]);

    it("malformed workbook.xml", async () => {
      await assertRefused(
        append(withWorkbook((x) => x.replace("</sheets>", "</sheet>"))),
        /ledger\.xlsx：工作簿中的 xl\/workbook\.xml 无法安全修改[\s\S]*xl\/workbook\.xml in the workbook cannot be edited safely \(malformed XML/
      );
    });

    it("a workbook.xml in another prefix", async () => {
      const prefixed = withWorkbook((x) =>
        x
          .replace(
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
            '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
          )
          .replace("</workbook>", "</x:workbook>")
          .replace(
            /<(\/?)(fileVersion|workbookPr|bookViews|workbookView|sheets|sheet|calcPr)\b/g,
            "<$1x:$2"
          )
      );
      await assertRefused(append(prefixed), /xl\/workbook\.xml[\s\S]*root element <x:workbook>/);
    });

    it("a Strict Open XML workbook", async () => {
      const strict = buildWorkbook([
        (parts) =>
          parts.set(
            "_rels/.rels",
            parts
              .get("_rels/.rels")!
              .replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
              )
          ),
      ]);
      await assertRefused(append(strict), /_rels\/\.rels[\s\S]*Strict Open XML/);
    });

    it("an old .xls file", async () => {
      const xls = Buffer.from([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Array(504).fill(0),
      ]);
      await assertRefused(append(xls), /--append 只能追加到 \.xlsx/);
    });

    it("an encrypted zip entry", async () => {
      const input = buildWorkbook();
      // Set the "encrypted" flag of the first central directory entry.
      const central = input.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), input.length - 1);
      const first = input.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      assert.ok(central > 0);
      input.writeUInt16LE(input.readUInt16LE(first + 8) | 1, first + 8);
      await assertRefused(append(input), /压缩包无法原样复制[\s\S]*an encrypted entry/);
    });
  });
});
