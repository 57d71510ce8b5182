/**
 * The pieces of the package edit on their own: the strict tag scanner, the styles part extended
 * by index offset, the sheet list in another prefix, zip entries copied as stored.
 */
import assert from "node:assert/strict";
import JSZip from "jszip";
import { appendReportSheets } from "../../src/xlsx/write-workbook";
import { OutputPackage } from "../../src/xlsx/writer/package";
import { StyleTable } from "../../src/xlsx/writer/style-table";
import { StylesPart } from "../../src/xlsx/writer/styles-part";
import { XmlDocument, XmlScanError } from "../../src/xlsx/writer/xml-scan";
import { readZipEntries } from "../../src/xlsx/writer/zip-entries";
import { buildWorkbook, baseParts } from "./excel-like-workbook";
import { assertPackageKept } from "./package-assert";
import { SPEC } from "./report-spec";
import { zipPackage } from "../hostile/zip-writer";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function append(input: Buffer): Promise<Buffer> {
  return appendReportSheets("ledger.xlsx", input, [SPEC], { lang: "zh-CN", outFile: "out.xlsx" });
}

/** A package holding only a styles part, for StylesPart on its own. */
function stylesPackage(xml: string): OutputPackage {
  const pkg = new OutputPackage();
  pkg.setText("xl/styles.xml", xml);
  return pkg;
}

describe("xlsx: the package edit, piece by piece", () => {
  describe("tag scanner", () => {
    it("skips comments, CDATA and processing instructions, and reads '>' inside attribute values", () => {
      const doc = new XmlDocument(
        '<?xml version="1.0"?><a x="1 > 0"><!-- <sheet name="fake"/> --><![CDATA[<sheet/>]]><?pi <b>?><sheet name="真"/></a>'
      );
      const sheets = doc.children(doc.root, "sheet");
      assert.equal(sheets.length, 1);
      assert.equal(doc.text(sheets[0]), '<sheet name="真"/>');
    });

    it("refuses mismatched or unclosed tags, a second root and a DTD", () => {
      for (const xml of [
        "<a><b></a>",
        "<a>",
        "<a/><b/>",
        '<!DOCTYPE a [<!ENTITY x "y">]><a/>',
        "<a x='1/>",
      ])
        assert.throws(() => new XmlDocument(xml), XmlScanError, xml);
    });
  });

  describe("styles part", () => {
    it("inserts missing containers in schema order and opens empty ones, counts updated", () => {
      const pkg = stylesPackage(
        `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs><dxfs count="0"/><extLst/></styleSheet>`
      );
      const part = StylesPart.open(pkg, "xl/styles.xml")!;
      const table = part.table();
      const xf = table.cellXf({
        numberFormat: "+0.00;-0.00;0.00",
        font: { name: "等线", size: 11, bold: true },
        fill: "FFDDEBF7",
        border: true,
      });
      const dxf = table.dxf({ fontColor: "FF9C0006", fill: "FFFFC7CE" });
      part.append(table);
      const xml = pkg.text("xl/styles.xml")!;
      assert.equal(xf, 1, "after the user's one cell format");
      assert.equal(dxf, 0);
      const order = [
        "numFmts",
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "dxfs",
        "extLst",
      ].map((name) => xml.indexOf(`<${name}`));
      assert.ok(
        order.every((at) => at > 0),
        xml
      );
      assert.deepEqual(
        [...order].sort((a, b) => a - b),
        order,
        "schema order"
      );
      assert.match(
        xml,
        /<numFmts count="1"><numFmt numFmtId="164" formatCode="\+0\.00;-0\.00;0\.00"\/><\/numFmts>/
      );
      // The user's single fill gets the reserved gray125 before ours: our fill is index 2.
      assert.match(
        xml,
        /<fills count="3"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill><fill><patternFill patternType="solid">/
      );
      assert.match(xml, /<xf numFmtId="164" fontId="1" fillId="2" borderId="1" xfId="0"/);
      assert.match(xml, /<dxfs count="1"><dxf>/);
    });

    it("numbers new number formats after the user's highest id", () => {
      const pkg = stylesPackage(
        `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="200" formatCode="0.0"/><numFmt numFmtId="170" formatCode="0.000"/></numFmts><cellXfs count="0"/></styleSheet>`
      );
      const part = StylesPart.open(pkg, "xl/styles.xml")!;
      const table = part.table();
      table.cellXf({ numberFormat: "+0.00;-0.00;0.00" });
      table.cellXf({ numberFormat: "0.00%" });
      part.append(table);
      assert.match(
        pkg.text("xl/styles.xml")!,
        /<numFmts count="3">.*<numFmt numFmtId="201" formatCode="\+0\.00;-0\.00;0\.00"\/><\/numFmts>/
      );
    });

    it("a new workbook's table starts with Excel's required records", () => {
      const table = new StyleTable();
      assert.equal(table.cellXf({ font: { name: "等线", size: 16, bold: true } }), 1);
      const xml = table.stylesXml();
      assert.match(
        xml,
        /<fills count="2"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill><\/fills>/
      );
      assert.match(
        xml,
        /<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/>/
      );
    });
  });

  it("adds sheets to a workbook that binds the relationships namespace to another prefix", async () => {
    const input = buildWorkbook([
      (parts) =>
        parts.set(
          "xl/workbook.xml",
          parts
            .get("xl/workbook.xml")!
            .replace(
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
              'xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
            )
            .replace(/ r:id=/g, " rel:id=")
        ),
    ]);
    const output = await append(input);
    await assertPackageKept(input, output);
    const workbook = await (await JSZip.loadAsync(output)).file("xl/workbook.xml")!.async("string");
    assert.match(workbook, /<sheet name="汇总" sheetId="3" rel:id="rId\d+"\/><\/sheets>/);
  });

  it("copies stored entries and entries with data descriptors as they are", async () => {
    const zip = new JSZip();
    for (const [name, data] of baseParts())
      zip.file(name, data, { compression: name.endsWith(".rels") ? "STORE" : "DEFLATE" });
    zip.file("xl/media/image1.png", Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), {
      compression: "STORE",
    });
    const input = await zip.generateAsync({ type: "nodebuffer", streamFiles: true });
    const output = await append(input);
    await assertPackageKept(input, output);
    const stored = (bytes: Buffer) =>
      readZipEntries(bytes).find((e) => e.name === "xl/media/image1.png")!;
    assert.equal(stored(output).method, 0);
    assert.ok(
      stored(output).deflated.equals(stored(input).deflated),
      "the stored bytes themselves"
    );
  });

  it("refuses a zip holding two entries of one name", async () => {
    const parts = [...baseParts()].map(([name, data]) => ({ name, data }));
    const input = zipPackage([...parts, { name: "XL/workbook.xml", data: "<x/>" }]);
    await assert.rejects(append(input), /two entries named XL\/workbook\.xml/);
  });
});
