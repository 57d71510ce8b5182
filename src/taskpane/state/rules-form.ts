/**
 * The rule editor's logic. The form holds what the user typed (text); every check is the core's
 * parseRuleSet, run once per field (so each message sits under its own input) and once on the
 * whole set (for rules between fields). What is saved is the JSON parseRuleSet accepts.
 */
import type { ColourBand, RuleSet, TimeMode } from "../../core/index";
import { DEFAULT_RULES, PRESETS, bandLabel, findPreset, severeLagPoints } from "../../core/index";
import { parseRuleSet } from "../../core/index";
import type { LocalText } from "../../core/index";

export interface BandForm {
  min: string;
  /** Empty: no upper bound. */
  max: string;
  fill: string;
  font: string;
}

export interface RulesForm {
  preset: string;
  thresholdCNY: string;
  thresholdUSD: string;
  reducedThresholdCNY: string;
  /** Keywords separated by 、 , ， ; or spaces. */
  reducedSectors: string;
  usdToCny: string;
  severeBehindPoints: string;
  timeMode: TimeMode;
  bands: BandForm[];
}

export const NUMBER_FIELDS = [
  "thresholdCNY",
  "thresholdUSD",
  "reducedThresholdCNY",
  "usdToCny",
  "severeBehindPoints",
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type FormField = NumberField | "reducedSectors" | "timeMode" | "bands" | "preset";

export type FormErrors = Partial<Record<FormField, LocalText[]>>;

export interface FormCheck {
  rules: RuleSet | null;
  errors: FormErrors;
}

const KEYWORD_SEPARATORS = /[、,，;；\s]+/;

export function formOf(rules: RuleSet): RulesForm {
  return {
    preset: PRESETS.some((p) => p.id === rules.id) ? rules.id : DEFAULT_RULES.id,
    thresholdCNY: String(rules.thresholdCNY),
    thresholdUSD: String(rules.thresholdUSD),
    reducedThresholdCNY: String(rules.reducedThresholdCNY),
    reducedSectors: rules.reducedSectors.join("、"),
    usdToCny: String(rules.usdToCny),
    severeBehindPoints: String(severeLagPoints(rules.colourBands) ?? ""),
    timeMode: rules.timeMode,
    bands: rules.colourBands.map((band) => ({
      min: String(band.minLagPoints),
      max: band.maxLagPoints === null ? "" : String(band.maxLagPoints),
      fill: band.fill,
      font: band.font,
    })),
  };
}

/** The form of a preset (every field reset to the preset's values). */
export function presetForm(id: string): RulesForm {
  return formOf(findPreset(id) ?? DEFAULT_RULES);
}

/** A typed number stays text when it is not one, so that parseRuleSet names the problem. */
function numberInput(text: string): unknown {
  const trimmed = text.trim().replace(/,/g, "");
  if (trimmed === "") return text;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

export function keywordsOf(text: string): string[] {
  return text
    .split(KEYWORD_SEPARATORS)
    .map((k) => k.trim())
    .filter(Boolean);
}

function bandInput(band: BandForm): Record<string, unknown> {
  const min = numberInput(band.min);
  const max = band.max.trim() === "" ? null : numberInput(band.max);
  const label =
    typeof min === "number" && (max === null || typeof max === "number")
      ? bandLabel(min, max)
      : undefined;
  return { minLagPoints: min, maxLagPoints: max, fill: band.fill, font: band.font, label };
}

/** The JSON saved in the workbook and given to parseRuleSet: the preset and every edited key. */
export function rulesInput(form: RulesForm): Record<string, unknown> {
  const input: Record<string, unknown> = { preset: form.preset };
  for (const key of NUMBER_FIELDS) input[key] = numberInput(form[key]);
  input.reducedSectors = keywordsOf(form.reducedSectors);
  input.timeMode = form.timeMode;
  input.colourBands = form.bands.map(bandInput);
  return input;
}

const INPUT_KEY: Record<Exclude<FormField, "preset">, string> = {
  thresholdCNY: "thresholdCNY",
  thresholdUSD: "thresholdUSD",
  reducedThresholdCNY: "reducedThresholdCNY",
  usdToCny: "usdToCny",
  severeBehindPoints: "severeBehindPoints",
  reducedSectors: "reducedSectors",
  timeMode: "timeMode",
  bands: "colourBands",
};

/** Validates the form: per-field messages, and the rule set when everything is right. */
export function checkForm(form: RulesForm): FormCheck {
  const input = rulesInput(form);
  const errors: FormErrors = {};
  const claimed = new Set<string>();
  for (const [field, key] of Object.entries(INPUT_KEY) as [FormField, string][]) {
    const alone = parseRuleSet({ preset: form.preset, [key]: input[key] });
    if (alone.errors.length === 0) continue;
    errors[field] = alone.errors.map(withoutKeyPrefix);
    for (const e of alone.errors) claimed.add(e.en);
  }
  const whole = parseRuleSet(input);
  const rest = whole.errors.filter((e) => !claimed.has(e.en));
  // A rule between fields shows under the field just edited (its own check already sees it);
  // anything left over sits with the reduced threshold.
  if (rest.length > 0)
    errors.reducedThresholdCNY = [...(errors.reducedThresholdCNY ?? []), ...rest];
  return { rules: whole.rules, errors };
}

/** "thresholdCNY：应为数字…" → "应为数字…": the field's own label is already beside the message. */
export function withoutKeyPrefix(text: LocalText): LocalText {
  return {
    "zh-CN": text["zh-CN"].replace(/^[A-Za-z]+：/, ""),
    en: text.en.replace(/^[A-Za-z]+: /, ""),
  };
}

/** The rule set saved in a workbook (WorkbookOptions.rules), or the default when none or invalid. */
export function savedRuleSet(saved: unknown): RuleSet {
  if (saved === undefined) return DEFAULT_RULES;
  return parseRuleSet(saved).rules ?? DEFAULT_RULES;
}

/**
 * One status rule: the last band, open ended, is 严重滞后, so the 严重滞后 field and that band's
 * start are one number. An edit of either moves the other (and the band that reached it).
 */
export function linkSevere(form: RulesForm, changes: Partial<RulesForm>): RulesForm {
  const next = { ...form, ...changes };
  const last = next.bands[next.bands.length - 1];
  if (last === undefined || last.max.trim() !== "") return next;
  if (changes.bands !== undefined) return { ...next, severeBehindPoints: last.min };
  if (changes.severeBehindPoints === undefined) return next;
  const severe = changes.severeBehindPoints;
  const bands = next.bands.map((band, i) =>
    i === next.bands.length - 1
      ? { ...band, min: severe }
      : band.max === last.min
        ? { ...band, max: severe }
        : band
  );
  return { ...next, bands };
}

/** A new band below the last one (or the first band), for the "add band" button. */
export function nextBand(bands: BandForm[]): BandForm {
  const last = bands[bands.length - 1];
  const start = last ? Number(last.max || Number(last.min) + 10) : 10;
  return { min: String(start), max: "", fill: "#FFC7CE", font: "#9C0006" };
}

export function bandOf(form: BandForm): ColourBand | null {
  const parsed = parseRuleSet({ colourBands: [bandInput(form)] });
  return parsed.rules?.colourBands[0] ?? null;
}

/** The preset a saved rule set names when it only names one; "custom" when keys were edited. */
export function presetChoice(saved: unknown): string {
  if (saved === undefined) return DEFAULT_RULES.id;
  if (typeof saved === "object" && saved !== null && !Array.isArray(saved)) {
    const keys = Object.keys(saved);
    const preset = (saved as { preset?: unknown }).preset;
    if (keys.length === 1 && typeof preset === "string") return preset;
  }
  return "custom";
}
