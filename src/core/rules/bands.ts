/**
 * One status rule: the colour bands are the lag thresholds. A lag in band i is coloured as band i;
 * the last band, open ended, is 严重滞后 (severely behind), so the red cells and the 严重滞后
 * label can never disagree. `severeBehindPoints` survives only as a way to say where that last
 * band starts (older rule files, the settings form).
 */
import type { ColourBand } from "../report-types";
import { bandLabel, SEVERE_BAND_COLOURS } from "./presets";

/** Lag (points) from which a project is severely behind: the start of the open-ended last band, or null when there is none. */
export function severeLagPoints(bands: readonly ColourBand[]): number | null {
  const last = bands[bands.length - 1];
  return last !== undefined && last.maxLagPoints === null ? last.minLagPoints : null;
}

/**
 * The bands with the last (red, 严重滞后) band starting at `severe`. The red band keeps the
 * colours of an open-ended last band (else Excel's red); the band that reached the red one (or
 * crosses `severe`) now ends at `severe`; bands starting at or above `severe` are dropped. Labels
 * that were the automatic ones ("滞后10至30个百分点") follow the new ranges; typed labels stay.
 */
export function bandsWithSevereFrom(bands: readonly ColourBand[], severe: number): ColourBand[] {
  const last = bands[bands.length - 1];
  const hasRed = last !== undefined && last.maxLagPoints === null;
  const red = hasRed ? last : null;
  const lower = (hasRed ? bands.slice(0, -1) : bands).filter((b) => b.minLagPoints < severe);
  const recut = lower.map((band): ColourBand => {
    const reachedRed = red !== null && band.maxLagPoints === red.minLagPoints;
    const crosses = band.maxLagPoints === null || band.maxLagPoints > severe;
    return reachedRed || crosses ? withRange(band, band.minLagPoints, severe) : band;
  });
  const redBand: ColourBand = red
    ? withRange(red, severe, null)
    : {
        minLagPoints: severe,
        maxLagPoints: null,
        ...SEVERE_BAND_COLOURS,
        label: bandLabel(severe, null),
      };
  return [...recut, redBand];
}

function withRange(band: ColourBand, min: number, max: number | null): ColourBand {
  const automatic = sameText(band.label, bandLabel(band.minLagPoints, band.maxLagPoints));
  return {
    ...band,
    minLagPoints: min,
    maxLagPoints: max,
    label: automatic ? bandLabel(min, max) : { ...band.label },
  };
}

function sameText(a: ColourBand["label"], b: ColourBand["label"]): boolean {
  return a["zh-CN"] === b["zh-CN"] && a.en === b.en;
}
