/**
 * The adapter against Microsoft's office-addin-mock (a second, independent mock, as the Office
 * docs recommend for unit tests): selectProject and loadSettings/saveSettings.
 */
import assert from "node:assert/strict";
import { loadSettings, saveSettings, selectProject } from "../../src/excel";
import { OfficeMockObject } from "office-addin-mock";

function install(context: InstanceType<typeof OfficeMockObject>): () => void {
  const scope = globalThis as unknown as Record<string, unknown>;
  const previous = { Excel: scope.Excel, Office: scope.Office };
  scope.Excel = { run: async (callback: (c: unknown) => Promise<unknown>) => callback(context) };
  scope.Office = { context: { requirements: { isSetSupported: () => true } } };
  return () => Object.assign(scope, previous);
}

describe("excel adapter with office-addin-mock", () => {
  it("selectProject activates the sheet and selects the project's row", async () => {
    const calls: string[] = [];
    const context = new OfficeMockObject({
      workbook: {
        worksheets: {
          getItem(name: string) {
            calls.push(`getItem ${name}`);
            return {
              activate: () => calls.push("activate"),
              getRange: (address: string) => {
                calls.push(`getRange ${address}`);
                return { select: () => calls.push("select") };
              },
            };
          },
        },
      },
    });
    const uninstall = install(context);
    try {
      await selectProject("台账", 42);
    } finally {
      uninstall();
    }
    assert.deepEqual(calls, ["getItem 台账", "activate", "getRange 42:42", "select"]);
  });

  it("loadSettings reads the saved options only after load() + sync(), saveSettings adds them", async () => {
    const saved: Record<string, unknown> = {};
    // The mock turns object values into nested mocks, so the value is stored as JSON text (which
    // the adapter also accepts). Objects a method returns must sit in the tree to be synced.
    const context = new OfficeMockObject({
      workbook: {
        settings: {
          options: { isNullObject: false, value: JSON.stringify({ ledgerSheet: "9月", month: 9 }) },
          getItemOrNullObject(this: { options: unknown }, key: string) {
            return key === "taizhang.options" ? this.options : null;
          },
          add: (key: string, value: unknown) => (saved[key] = value),
        },
      },
    });
    // Excel knows isNullObject after any sync; the mock only after loading it.
    context.workbook.settings.options.load("isNullObject");
    await context.sync();
    const uninstall = install(context);
    try {
      assert.deepEqual(await loadSettings(), { ledgerSheet: "9月", month: 9 });
      await saveSettings({ lang: "en", groupBy: ["sector"] });
    } finally {
      uninstall();
    }
    assert.deepEqual(saved, { "taizhang.options": { lang: "en", groupBy: ["sector"] } });
  });

  it("the mock, like Excel, has no value before load + sync (so the tests above prove the adapter loads and syncs)", async () => {
    const setting = new OfficeMockObject({ value: 1 });
    assert.equal(setting.value, "Error, property was not loaded");
    setting.load("value");
    assert.equal(setting.value, "Error, context.sync() was not called");
    await setting.sync();
    assert.equal(setting.value, 1);
  });
});
