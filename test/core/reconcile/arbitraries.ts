/** Random ledgers for property tests of reconciliation and consolidation. */
import fc from "fast-check";
import { normaliseName } from "../../../src/core/reconcile/identity";
import type { ProjectSeed } from "../../helpers/ledger-builder";

const amount = fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: null });

export const projectSeed: fc.Arbitrary<ProjectSeed> = fc.record({
  // Rows are recognised by code or name, so every generated row has a usable name.
  name: fc.string({ minLength: 1, maxLength: 8 }).filter((name) => normaliseName(name) !== null),
  code: fc.option(fc.stringMatching(/^[A-Z0-9]{1,4}$/), { nil: null }),
  currency: fc.constantFrom("CNY" as const, "USD" as const),
  total: amount,
  plan: amount,
  done: amount,
  thisMonth: amount,
  sector: fc.option(fc.constantFrom("工业", "农业", "交通"), { nil: null }),
});

export const projectSeeds = fc.array(projectSeed, { minLength: 0, maxLength: 25 });
