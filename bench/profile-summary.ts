/**
 * Self time by function of a .cpuprofile (from `node --cpu-prof`):
 *   npx tsx bench/profile-summary.ts FILE [top=40]
 * Under tsx every function of a file reports line 2; bundle first for real lines:
 *   npx esbuild bench/profile-engine.ts --bundle --platform=node --outfile=/tmp/p.js
 *   node --cpu-prof --cpu-prof-dir=prof /tmp/p.js
 */
import { readFileSync } from "node:fs";

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

const [file, top = "40"] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const sampleMs = new Map<number, number>();
profile.samples.forEach((id, i) =>
  sampleMs.set(id, (sampleMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
);
const self = new Map<string, number>();
let total = 0;
for (const node of profile.nodes) {
  const ms = sampleMs.get(node.id) ?? 0;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*\/(src|node_modules|bench|test)\//, "$1/");
  const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + ms);
}
process.stdout.write(`total ${total.toFixed(0)} ms\n`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top)))
  process.stdout.write(`${ms.toFixed(1).padStart(9)}  ${key}\n`);
