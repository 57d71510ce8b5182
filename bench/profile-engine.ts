/**
 * The engine alone on a generated ledger, for a CPU profile:
 *   npx tsx --cpu-prof --cpu-prof-dir=prof bench/profile-engine.ts [rows=100000] [runs=5]
 *   npx tsx bench/profile-summary.ts prof/FILE.cpuprofile   self time by function
 * Prints each run's stages (ms) and its CPU time (steadier than wall time on a shared machine).
 */
import { generateLedgerGrid } from "../test/fake-excel/generate-ledger";
import { engineRun } from "./engine-run";

const rows = Number(process.argv[2] ?? 100_000);
const runs = Number(process.argv[3] ?? 5);
const grid = generateLedgerGrid(rows);
for (let i = 0; i < runs; i++) {
  const cpu = process.cpuUsage();
  const s = engineRun(grid);
  const used = process.cpuUsage(cpu);
  const total = s.read + s.check + s.sheets + s.layout;
  process.stdout.write(
    `read ${s.read.toFixed(0)} / check ${s.check.toFixed(0)} / sheets ${s.sheets.toFixed(0)} / layout ${s.layout.toFixed(0)} = ${total.toFixed(0)} ms (cpu ${((used.user + used.system) / 1000).toFixed(0)} ms)\n`
  );
}
