/* eslint-disable no-undef */
/**
 * webpack loader: an .xlsx file → a module exporting its sheets as Grids (JSON), read at build
 * time by the CLI's own reader (src/xlsx/read-grid.ts, through tsx), so the preview page needs
 * neither exceljs nor the file in the browser.
 */
const tsx = require("tsx/cjs/api");

module.exports = function xlsxGridLoader() {
  const done = this.async();
  const { readWorkbookGrids } = tsx.require("../xlsx/read-grid.ts", __filename);
  readWorkbookGrids(this.resourcePath).then(
    (grids) => done(null, `export default ${JSON.stringify(grids)};`),
    (error) => done(error)
  );
};
