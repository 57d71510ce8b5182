/** Settings: the 督导函's sender, 文号 pattern, first number and date, saved in the workbook. */
import { useState } from "react";
import { Button, Field, Input, Subtitle2 } from "@fluentui/react-components";
import { SaveRegular } from "@fluentui/react-icons";
import {
  DEFAULT_LETTER_NUMBER,
  isInputError,
  letterNumberProblem,
  parseLetterDate,
  type Lang,
} from "../../core/index";
import { TEXT } from "../i18n";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 督导函 settings read and may do. */
type LetterSettingsFlow = Pick<Workflow, "state" | "saveAndApply">;
import { usePaneStyles } from "./styles";

interface LetterForm {
  issuer: string;
  letterNumber: string;
  firstLetterNumber: string;
  letterDate: string;
}

/** What is wrong with each field, in the pane's language ("" when fine; blank fields mean the defaults). */
function problems(form: LetterForm, lang: Lang): Record<keyof LetterForm, string> {
  const number = form.letterNumber.trim();
  const first = form.firstLetterNumber.trim();
  const date = form.letterDate.trim();
  let dateProblem = "";
  try {
    if (date) parseLetterDate(date);
  } catch (error) {
    if (!isInputError(error)) throw error;
    dateProblem = error.text[lang];
  }
  return {
    issuer: "",
    letterNumber: number ? (letterNumberProblem(number)?.[lang] ?? "") : "",
    firstLetterNumber: first && !/^[1-9]\d{0,5}$/.test(first) ? TEXT.letterStartInvalid[lang] : "",
    letterDate: dateProblem,
  };
}

export function LetterSettings({ flow, lang }: { flow: LetterSettingsFlow; lang: Lang }) {
  const styles = usePaneStyles();
  const { settings, busy } = flow.state;
  const [form, setForm] = useState<LetterForm>({
    issuer: settings.issuer ?? "",
    letterNumber: settings.letterNumber ?? "",
    firstLetterNumber: settings.firstLetterNumber ? String(settings.firstLetterNumber) : "",
    letterDate: settings.letterDate ?? "",
  });
  const [saved, setSaved] = useState(false);
  const errors = problems(form, lang);
  const valid = Object.values(errors).every((e) => e === "");
  const edit = (changes: Partial<LetterForm>) => {
    setForm((f) => ({ ...f, ...changes }));
    setSaved(false);
  };
  const text = (value: string) => value.trim() || undefined;
  const save = async () =>
    setSaved(
      await flow.saveAndApply(
        {
          issuer: text(form.issuer),
          letterNumber: text(form.letterNumber),
          firstLetterNumber: text(form.firstLetterNumber)
            ? Number(form.firstLetterNumber)
            : undefined,
          letterDate: text(form.letterDate),
        },
        false
      )
    );
  const field = (key: keyof LetterForm, label: string, placeholder: string) => (
    <Field
      label={label}
      validationState={errors[key] ? "error" : "none"}
      validationMessage={errors[key] || undefined}
    >
      <Input
        value={form[key]}
        placeholder={placeholder}
        onChange={(_, d) => edit({ [key]: d.value })}
        data-testid={`letter-${key}`}
      />
    </Field>
  );
  return (
    <section className={styles.section} aria-labelledby="letter-settings-title">
      <Subtitle2 as="h2" id="letter-settings-title">
        {TEXT.letterSettingsTitle[lang]}
      </Subtitle2>
      {field("issuer", TEXT.letterIssuer[lang], TEXT.letterIssuerDefault[lang])}
      {field("letterNumber", TEXT.letterNumber[lang], DEFAULT_LETTER_NUMBER)}
      {field("firstLetterNumber", TEXT.letterStart[lang], "1")}
      {field("letterDate", TEXT.letterDate[lang], TEXT.letterDateToday[lang])}
      <div className={styles.row}>
        <Button
          icon={<SaveRegular />}
          disabled={!valid || busy !== null}
          onClick={() => void save()}
          data-testid="save-letter-settings"
        >
          {TEXT.saveLetterSettings[lang]}
        </Button>
        <span role="status" data-testid="letter-settings-status">
          {saved ? TEXT.letterSettingsSaved[lang] : ""}
        </span>
      </div>
    </section>
  );
}
