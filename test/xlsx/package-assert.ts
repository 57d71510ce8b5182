/**
 * What "--append leaves the user's workbook untouched" means, checked on the zip packages with
 * JSZip (not with the writer's own code): every part of the input is in the output with the
 * same bytes, except the index parts the edit must extend, whose every original element is
 * still there — leaf elements verbatim, containers with the same attributes but for `count` —
 * and in styles.xml every record at its old index.
 */
import assert from "node:assert/strict";
import JSZip from "jszip";

/** The parts --append may extend (sheet list, relationships, content types, styles, markers). */
export const INDEX_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "docProps/custom.xml",
];

async function parts(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const file of Object.values(zip.files))
    if (!file.dir) out.set(file.name, await file.async("nodebuffer"));
  return out;
}

/** Empty elements, and elements holding only (non-empty) text: kept verbatim. */
const LEAF = /<([A-Za-z_][\w.:-]*)(?:\s[^<>]*?)?\/>|<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>[^<]+<\/\2>/g;
const START = /<([A-Za-z_][\w.:-]*)((?:\s[^<>]*?)?)>/g;

function attributesOf(text: string): string {
  const attrs = [...text.matchAll(/\s([^\s=]+)\s*=\s*("[^"]*"|'[^']*')/g)]
    .filter((m) => m[1] !== "count")
    .map((m) => `${m[1]}=${m[2].slice(1, -1)}`);
  return attrs.sort().join(" ");
}

/** Container start tags (not self-closing), as name + attributes without `count`. */
function containers(xml: string): string[] {
  return [...xml.matchAll(START)]
    .filter((m) => !m[0].endsWith("/>"))
    .map((m) => `${m[1]} ${attributesOf(m[2])}`);
}

/** The children of a styles.xml container, in order. */
function styleRecords(xml: string, container: string): string[] {
  const m = new RegExp(`<${container}\\b[^>]*>([\\s\\S]*?)</${container}>`).exec(xml);
  if (!m) return [];
  const item = {
    numFmts: "numFmt",
    fonts: "font",
    fills: "fill",
    borders: "border",
    cellXfs: "xf",
    cellStyleXfs: "xf",
    dxfs: "dxf",
    cellStyles: "cellStyle",
  }[container]!;
  return m[1].match(new RegExp(`<${item}\\b[^>]*/>|<${item}\\b[\\s\\S]*?</${item}>`, "g")) ?? [];
}

export async function assertPackageKept(
  input: Buffer,
  output: Buffer,
  options: { editable?: string[]; removable?: (name: string) => boolean } = {}
): Promise<void> {
  const editable = new Set(options.editable ?? INDEX_PARTS);
  const before = await parts(input);
  const after = await parts(output);
  for (const [name, bytes] of before) {
    const copy = after.get(name);
    if (options.removable?.(name)) continue;
    assert.ok(copy, `${name} is still in the package`);
    if (!editable.has(name)) {
      assert.ok(copy.equals(bytes), `${name}: the same bytes`);
      continue;
    }
    const was = bytes.toString("utf8");
    const now = copy.toString("utf8");
    const declaration = /^<\?xml[^>]*\?>/.exec(was);
    if (declaration) assert.ok(now.startsWith(declaration[0]), `${name}: XML declaration kept`);
    const nowContainers = new Set(containers(now));
    for (const m of was.matchAll(LEAF)) {
      // An empty container (<dxfs count="0"/>) may have been opened up to receive records.
      const opened = m[1] !== undefined && nowContainers.has(`${m[1]} ${attributesOf(m[0])}`);
      assert.ok(now.includes(m[0]) || opened, `${name}: ${m[0]} is still there, as written`);
    }
    for (const c of containers(was))
      assert.ok(nowContainers.has(c), `${name}: <${c}> is still there (count aside)`);
    if (name.endsWith("styles.xml"))
      for (const container of [
        "numFmts",
        "fonts",
        "fills",
        "borders",
        "cellStyleXfs",
        "cellXfs",
        "cellStyles",
        "dxfs",
      ]) {
        const old = styleRecords(was, container);
        assert.deepEqual(
          styleRecords(now, container).slice(0, old.length),
          old,
          `${name}: ${container} keep their indexes`
        );
      }
  }
}
