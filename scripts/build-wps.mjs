#!/usr/bin/env node
// npm run build:wps — the WPS 表格 add-in in dist-wps/:
//
//   dist-wps/taizhang_<version>/  the add-in folder (webpack.wps.config.js): ribbon.xml, index.html,
//                                 main.js, taskpane.html, taskpane.js, the readers' chunks, assets/
//   dist-wps/taizhang.7z          that folder as wpsjs build packs an offline add-in (7-Zip, the
//                                 folder at the top of the archive); left out when 7zip-bin is absent
//   dist-wps/jsplugins.xml        the offline list WPS reads (jsaddons/ or oem.ini JSPluginsServer)
//   dist-wps/publish.xml          the list wpsjs's own offline installer copies into jsaddons/
//
// The URL in jsplugins.xml is where WPS downloads the archive when the folder is not in jsaddons/
// yet: TAIZHANG_WPS_URL (a folder URL ending in "/", e.g. https://intranet.example/wps/ or
// file:///D:/addins/), default the bare archive name.
import { spawnSync } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const { ARCHIVE, DIST, FOLDER, NAME, TYPE, VERSION } = require("./build-wps-addin.cjs");

const xmlAttr = (value) =>
  String(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    ...options,
  });
  if (result.status !== 0) {
    console.error(`build:wps: ${cmd} ${args.join(" ")} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
}

function archiveUrl() {
  const base = process.env.TAIZHANG_WPS_URL;
  if (!base) return ARCHIVE;
  return `${base.endsWith("/") ? base : `${base}/`}${ARCHIVE}`;
}

function jspluginsXml() {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${NAME}" type="${TYPE}" version="${VERSION}" url="${xmlAttr(archiveUrl())}" enable="true"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

/** As wpsjs build writes it for its offline installer: the url is the folder inside jsaddons/. */
function publishXml() {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${NAME}" type="${TYPE}" url="${FOLDER}" version="${VERSION}" enable="enable_dev" install="null" customDomain=""/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

/** 7za from the 7zip-bin package (the one wpsjs uses), made executable; null when not installed. */
function sevenZip() {
  let path;
  try {
    path = require("7zip-bin").path7za;
  } catch {
    return null;
  }
  try {
    accessSync(path, constants.X_OK);
  } catch {
    chmodSync(path, 0o755); // npm unpacks it without the execute bit on some systems
  }
  return path;
}

function sizes(folder) {
  const lines = [];
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    const stat = statSync(file);
    if (stat.isFile())
      lines.push(`  ${name.padEnd(20)} ${(stat.size / 1024).toFixed(1).padStart(8)} KB`);
  }
  return lines.join("\n");
}

rmSync(DIST, { recursive: true, force: true });
run("npx", [
  "webpack",
  "--config",
  "webpack.wps.config.js",
  "--mode",
  "production",
  "--stats",
  "errors-warnings",
]);
writeFileSync(join(DIST, "jsplugins.xml"), jspluginsXml());
writeFileSync(join(DIST, "publish.xml"), publishXml());

const za = sevenZip();
if (za) run(za, ["a", "-t7z", "-bd", "-bso0", ARCHIVE, FOLDER], { cwd: DIST, shell: false });
else
  console.warn(
    "build:wps: 7zip-bin is not installed; no archive (the folder and the lists are complete)."
  );

console.log(`build:wps: dist-wps/${FOLDER}/\n${sizes(join(DIST, FOLDER))}`);
if (za) console.log(`  ${ARCHIVE} ${(statSync(join(DIST, ARCHIVE)).size / 1024).toFixed(1)} KB`);
