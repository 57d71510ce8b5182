/** .xlsx files imported by the preview are turned into their sheets' Grids at build time. */
declare module "*.xlsx" {
  const grids: import("../core/index").Grid[];
  export default grids;
}
