/**
 * exceljs's browser build without polyfills (the task pane targets ES2017 webviews): the same
 * API as the package's Node entry.
 */
declare module "exceljs/dist/exceljs.bare.min.js" {
  import ExcelJS from "exceljs";
  export default ExcelJS;
}
