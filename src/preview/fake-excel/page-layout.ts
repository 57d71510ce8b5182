/**
 * worksheet.pageLayout of the fake host (ExcelApi 1.9): the members the Office.js writer sets,
 * checked as Excel checks them (an unknown orientation or paper size, a zoom that mixes a scale
 * with fit-to-pages, print title rows that are not whole rows are refused), and stored on the
 * sheet so tests read back what was set.
 */
import {
  type ContextLike,
  FakeClientObject,
  FakeRichApiError,
  type PropertySpec,
  defineProperties,
} from "./client";
import type { FakeSheet } from "./model";

/** What a sheet's page layout holds after the writes (null: never set, Excel's default). */
export interface FakePageLayout {
  orientation: "Portrait" | "Landscape" | null;
  paperSize: string | null;
  centerHorizontally: boolean | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  centerFooter: string | null;
  /** Absolute whole-row reference, "$4:$5". */
  printTitleRows: string | null;
}

export function emptyPageLayout(): FakePageLayout {
  return {
    orientation: null,
    paperSize: null,
    centerHorizontally: null,
    zoom: null,
    centerFooter: null,
    printTitleRows: null,
  };
}

const PAGE_LAYOUT_API = 9;
const PAPER_SIZES = new Set(["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"]);

function invalid(message: string): FakeRichApiError {
  return new FakeRichApiError("InvalidArgument", message);
}

export class FakePageLayoutProxy extends FakeClientObject<FakeSheet> {
  protected readonly properties: Record<string, PropertySpec<FakeSheet>> = {
    orientation: {
      get: (s) => s.pageLayout.orientation ?? "Portrait",
      set: (s, v) => {
        if (v !== "Portrait" && v !== "Landscape") throw invalid(`orientation ${String(v)}`);
        s.pageLayout.orientation = v;
      },
      requires: PAGE_LAYOUT_API,
    },
    paperSize: {
      get: (s) => s.pageLayout.paperSize ?? "Letter",
      set: (s, v) => {
        if (typeof v !== "string" || !PAPER_SIZES.has(v)) throw invalid(`paperSize ${String(v)}`);
        s.pageLayout.paperSize = v;
      },
      requires: PAGE_LAYOUT_API,
    },
    centerHorizontally: {
      get: (s) => s.pageLayout.centerHorizontally ?? false,
      set: (s, v) => {
        if (typeof v !== "boolean") throw invalid(`centerHorizontally ${String(v)}`);
        s.pageLayout.centerHorizontally = v;
      },
      requires: PAGE_LAYOUT_API,
    },
    zoom: {
      get: (s) => s.pageLayout.zoom ?? { scale: 100 },
      set: (s, v) => (s.pageLayout.zoom = checkedZoom(v)),
      requires: PAGE_LAYOUT_API,
    },
  };

  get headersFooters(): { defaultForAllPages: FakeHeaderFooter } {
    return {
      defaultForAllPages: new FakeHeaderFooter(
        this.context,
        this.resolveTarget,
        `${this.path}.headersFooters.defaultForAllPages`
      ),
    };
  }

  setPrintTitleRows(rows: string): void {
    this.call("setPrintTitleRows", [rows], PAGE_LAYOUT_API, (s) => {
      if (typeof rows !== "string" || !/^\$?\d+:\$?\d+$/.test(rows))
        throw invalid(`print title rows ${String(rows)}`);
      const [top, bottom] = rows.replace(/\$/g, "").split(":").map(Number);
      if (top < 1 || bottom < top) throw invalid(`print title rows ${rows}`);
      s.pageLayout.printTitleRows = `$${top}:$${bottom}`;
    });
  }
}
defineProperties(FakePageLayoutProxy, ["orientation", "paperSize", "centerHorizontally", "zoom"]);

class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  protected readonly properties: Record<string, PropertySpec<FakeSheet>> = {
    centerFooter: {
      get: (s) => s.pageLayout.centerFooter ?? "",
      set: (s, v) => {
        if (typeof v !== "string") throw invalid(`centerFooter ${String(v)}`);
        s.pageLayout.centerFooter = v;
      },
      requires: PAGE_LAYOUT_API,
    },
  };

  constructor(context: ContextLike, resolve: () => FakeSheet | null, path: string) {
    super(context, resolve, path);
  }
}
defineProperties(FakeHeaderFooter, ["centerFooter"]);

/** A zoom is either a scale (10–400) or pages wide/tall (0: automatic), never both. */
function checkedZoom(value: unknown): FakePageLayout["zoom"] {
  if (!value || typeof value !== "object") throw invalid("zoom must be an object");
  const { horizontalFitToPages, verticalFitToPages, scale } = value as Record<string, unknown>;
  const pages = [horizontalFitToPages, verticalFitToPages].filter((p) => p !== undefined);
  if (scale !== undefined && pages.length > 0) throw invalid("zoom: a scale or pages, not both");
  if (scale !== undefined) {
    if (typeof scale !== "number" || scale < 10 || scale > 400)
      throw invalid(`zoom scale ${String(scale)}`);
    return { scale };
  }
  for (const p of pages)
    if (typeof p !== "number" || !Number.isInteger(p) || p < 0)
      throw invalid(`zoom pages ${String(p)}`);
  return {
    ...(horizontalFitToPages === undefined
      ? {}
      : { horizontalFitToPages: horizontalFitToPages as number }),
    ...(verticalFitToPages === undefined
      ? {}
      : { verticalFitToPages: verticalFitToPages as number }),
  };
}
