/** Installs a fake host as the global Excel/Office for one test. */
import { FakeExcelHost, type FakeHostOptions } from "../fake-excel/host";
import { addGridSheet } from "../fake-excel/grid-fill";
import { generateLedgerGrid } from "../fake-excel/generate-ledger";

export async function usingHost<R>(host: FakeExcelHost, work: () => Promise<R>): Promise<R> {
  const uninstall = host.install();
  try {
    return await work();
  } finally {
    uninstall();
  }
}

export function ledgerHost(projects: number, options: FakeHostOptions = {}): FakeExcelHost {
  const host = new FakeExcelHost(options);
  addGridSheet(host, generateLedgerGrid(projects));
  return host;
}

/** Runs work and returns how many syncs it took. */
export async function syncsOf(host: FakeExcelHost, work: () => Promise<unknown>): Promise<number> {
  const before = host.syncCount;
  await work();
  return host.syncCount - before;
}
