/**
 * Settings: the rule editor (preset, thresholds, reduced sectors, USD rate, time mode, severe lag,
 * colour bands), checked by the core's parseRuleSet as the user types, saved in the workbook.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular, SaveRegular } from "@fluentui/react-icons";
import { PRESETS } from "../../core/index";
import type { TimeMode } from "../../core/index";
import type { Lang, LocalText } from "../../core/index";
import { TEXT } from "../i18n";
import {
  type BandForm,
  type FormField,
  NUMBER_FIELDS,
  type RulesForm,
  checkForm,
  formOf,
  linkSevere,
  nextBand,
  presetForm,
  rulesInput,
  savedRuleSet,
} from "../state/rules-form";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 设置 step reads and may do. */
type SettingsPanelFlow = Pick<Workflow, "state" | "saveAndApply">;
import { LetterSettings } from "./LetterSettings";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  band: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) auto auto auto",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalXS,
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
  },
  colour: {
    width: "32px",
    height: "32px",
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: "transparent",
  },
  colourLabel: { display: "flex", flexDirection: "column", fontSize: tokens.fontSizeBase100 },
  // Fluent's Input keeps an intrinsic width; let it shrink into its grid column at 350 px.
  number: { minWidth: 0, width: "100%" },
});

function messages(errors: LocalText[] | undefined, lang: Lang): string | undefined {
  return errors?.map((e) => e[lang]).join(" ");
}

function BandEditor({
  band,
  index,
  lang,
  onChange,
  onRemove,
}: {
  band: BandForm;
  index: number;
  lang: Lang;
  onChange: (band: BandForm) => void;
  onRemove: () => void;
}) {
  const styles = useStyles();
  const set = (changes: Partial<BandForm>) => onChange({ ...band, ...changes });
  const group = `band-${index}`;
  return (
    <div
      className={styles.band}
      role="group"
      aria-label={`${TEXT.bands[lang]} ${index + 1}`}
      style={{ backgroundColor: band.fill, color: band.font }}
      data-testid={group}
    >
      <Field label={TEXT.bandFrom[lang]} className={styles.number}>
        <Input
          className={styles.number}
          size="small"
          inputMode="decimal"
          value={band.min}
          onChange={(_, d) => set({ min: d.value })}
        />
      </Field>
      <Field label={TEXT.bandTo[lang]} className={styles.number}>
        <Input
          className={styles.number}
          size="small"
          inputMode="decimal"
          value={band.max}
          onChange={(_, d) => set({ max: d.value })}
        />
      </Field>
      <label className={styles.colourLabel}>
        {TEXT.bandFill[lang]}
        <input
          type="color"
          className={styles.colour}
          value={band.fill}
          onChange={(e) => set({ fill: e.target.value.toUpperCase() })}
        />
      </label>
      <label className={styles.colourLabel}>
        {TEXT.bandFont[lang]}
        <input
          type="color"
          className={styles.colour}
          value={band.font}
          onChange={(e) => set({ font: e.target.value.toUpperCase() })}
        />
      </label>
      <Button
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={TEXT.removeBand[lang]}
        title={TEXT.removeBand[lang]}
        onClick={onRemove}
      />
    </div>
  );
}

/** Enough rows to show every keyword at 350 px (about 16 characters a line), at least two. */
function linesFor(text: string): number {
  return Math.max(2, Math.ceil(text.length / 16) + 1);
}

export function SettingsPanel({
  flow,
  lang,
  onShowWelcome,
}: {
  flow: SettingsPanelFlow;
  lang: Lang;
  onShowWelcome: () => void;
}) {
  const styles = usePaneStyles();
  const { settings, busy } = flow.state;
  const [form, setForm] = useState<RulesForm>(() => formOf(savedRuleSet(settings.rules)));
  const [saved, setSaved] = useState(false);
  const check = useMemo(() => checkForm(form), [form]);
  const edit = (changes: Partial<RulesForm>) => {
    setForm((f) => linkSevere(f, changes));
    setSaved(false);
  };
  const error = (field: FormField) => messages(check.errors[field], lang);
  const state = (field: FormField) => (check.errors[field] ? "error" : "none");

  async function save() {
    if (!check.rules) return;
    setSaved(await flow.saveAndApply({ rules: rulesInput(form) }, false));
  }

  return (
    <div className={styles.stack} data-testid="settings-panel">
      <Subtitle2 as="h2">{TEXT.settingsTitle[lang]}</Subtitle2>
      <Caption1 className={styles.muted}>{TEXT.settingsHint[lang]}</Caption1>
      <Field label={TEXT.preset[lang]}>
        <Select
          value={form.preset}
          onChange={(_, d) => {
            setForm(presetForm(d.value));
            setSaved(false);
          }}
          data-testid="preset"
        >
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name[lang]}
            </option>
          ))}
        </Select>
      </Field>
      {NUMBER_FIELDS.map((key) => (
        <Field
          key={key}
          label={TEXT[key][lang]}
          validationState={state(key)}
          validationMessage={error(key)}
        >
          <Input
            inputMode="decimal"
            value={form[key]}
            onChange={(_, d) => edit({ [key]: d.value })}
            data-testid={`rule-${key}`}
          />
        </Field>
      ))}
      <Field
        label={TEXT.reducedSectors[lang]}
        validationState={state("reducedSectors")}
        validationMessage={error("reducedSectors")}
      >
        <Textarea
          rows={linesFor(form.reducedSectors)}
          resize="vertical"
          value={form.reducedSectors}
          onChange={(_, d) => edit({ reducedSectors: d.value })}
          data-testid="reduced-sectors"
        />
      </Field>
      <Field label={TEXT.timeMode[lang]}>
        <RadioGroup
          value={form.timeMode}
          onChange={(_, d) => edit({ timeMode: d.value as TimeMode })}
        >
          <Radio value="month" label={TEXT.timeModeMonth[lang]} />
          <Radio value="day" label={TEXT.timeModeDay[lang]} />
        </RadioGroup>
      </Field>
      <Field
        label={TEXT.bands[lang]}
        validationState={state("bands")}
        validationMessage={error("bands")}
      >
        <div className={styles.tight}>
          {form.bands.map((band, i) => (
            <BandEditor
              key={i}
              band={band}
              index={i}
              lang={lang}
              onChange={(b) => edit({ bands: form.bands.map((x, j) => (j === i ? b : x)) })}
              onRemove={() => edit({ bands: form.bands.filter((_, j) => j !== i) })}
            />
          ))}
          <Button
            appearance="subtle"
            icon={<AddRegular />}
            onClick={() => edit({ bands: [...form.bands, nextBand(form.bands)] })}
          >
            {TEXT.addBand[lang]}
          </Button>
        </div>
      </Field>
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={<SaveRegular />}
          disabled={!check.rules || busy !== null}
          onClick={() => void save()}
          data-testid="save-rules"
        >
          {TEXT.saveRules[lang]}
        </Button>
        <Button onClick={() => edit(presetForm(form.preset))}>{TEXT.resetRules[lang]}</Button>
      </div>
      <Caption1 role="status" data-testid="rules-status">
        {!check.rules ? TEXT.rulesInvalid[lang] : saved ? TEXT.rulesSaved[lang] : ""}
      </Caption1>
      <LetterSettings flow={flow} lang={lang} />
      <div className={styles.section}>
        <Button appearance="subtle" onClick={onShowWelcome}>
          {TEXT.showWelcome[lang]}
        </Button>
      </div>
    </div>
  );
}
