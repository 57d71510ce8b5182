/** The strict fake WPS 表格 object model (browser-safe). The Node-side .xlsx loader is ./load-xlsx. */
export { FakeWps, type FakeWpsOptions } from "./fake-wps";
export { FakeWpsError } from "./strict";
export { WpsSheetData } from "./sheet";
export { addGridSheet } from "./grid-fill";
