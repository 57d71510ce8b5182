/** Moved to src/preview/fake-excel/ (the preview ships it; src must not import test/). */
export * from "../../src/preview/fake-excel/objects";
