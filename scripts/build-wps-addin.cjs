/* eslint-disable no-undef */
/**
 * The WPS add-in's identity, one place for webpack.wps.config.js, scripts/build-wps.mjs and the
 * tests: its name, its version (the Excel manifest's <Version>, first three parts) and the folder
 * WPS expects for an offline add-in, NAME_VERSION (wpsjs build names it so, and WPS loads the
 * local folder instead of downloading when the name and version match).
 */
const { readFileSync } = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const NAME = "taizhang";

function manifestVersion() {
  const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const match = /<Version>(\d+)\.(\d+)\.(\d+)(?:\.\d+)?<\/Version>/.exec(xml);
  if (!match) throw new Error("manifest.xml has no <Version>a.b.c[.d]</Version>");
  return match.slice(1, 4).join(".");
}

const VERSION = manifestVersion();

module.exports = {
  NAME,
  VERSION,
  /** WPS 表格 is "et" (文字 wps, 演示 wpp). */
  TYPE: "et",
  FOLDER: `${NAME}_${VERSION}`,
  ARCHIVE: `${NAME}.7z`,
  DIST: path.join(ROOT, "dist-wps"),
};
