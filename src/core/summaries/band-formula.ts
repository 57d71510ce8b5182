/** Conditional-format formulas for colour bands: lag = −V points in [min, max). */
import type { ColourBand } from "../report-types";

/**
 * Condition on a variance cell (relative reference such as "H6" or "$N5"), on the value as shown
 * (two decimals), as the status and band index are (shownPoints).
 */
export function bandCondition(cell: string, band: ColourBand): string {
  const lag = `-ROUND(${cell},2)`;
  const upper = band.maxLagPoints === null ? "" : `,${lag}<${band.maxLagPoints}`;
  return `ISNUMBER(${cell}),${lag}>=${band.minLagPoints}${upper}`;
}

export function bandFormula(cell: string, band: ColourBand): string {
  return `=AND(${bandCondition(cell, band)})`;
}

/** Marks the add-in's own conditional formats on a user's sheet (always true, recognisable later). */
export const ANNOTATION_MARK = `N("taizhang")=0`;

export function annotationFormula(cell: string, band: ColourBand): string {
  return `=AND(${ANNOTATION_MARK},${bandCondition(cell, band)})`;
}
