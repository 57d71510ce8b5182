/**
 * Detect: which sheet, what the reader understood (with clear states for no ledger, uncertain
 * readings and protected sheets), and the choices the user can correct: the column mapping, the
 * amount unit, the reporting month or as-of date and the rule preset. Applying saves them in the
 * workbook and reads the sheet again.
 */
import { useEffect, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Caption1,
  Spinner,
  Subtitle2,
} from "@fluentui/react-components";
import { ArrowSyncRegular, CheckmarkRegular } from "@fluentui/react-icons";
import { AMOUNT_UNITS, PRESETS } from "../../core/index";
import type { AmountUnit, Lang, Ledger } from "../../core/index";
import type { WorkbookOptions } from "../../excel/index";
import { TEXT, labelled, monthName, unitName } from "../i18n";
import { assessLedger } from "../state/detect";
import { type MappingDraft, mappingProblems, mergedColumns } from "../state/mapping";
import { mergedRoles } from "../state/row-roles";
import { presetChoice } from "../state/rules-form";
import type { Workflow } from "../use-workflow";

/** The part of the workflow this panel uses: what the 识别 step reads and may do. */
type DetectPanelFlow = Pick<Workflow, "state" | "detect" | "saveAndApply">;
import { FindingList, LedgerFacts } from "./LedgerView";
import { MappingEditor } from "./MappingEditor";
import { ReadingView, type RowRoleDraft } from "./ReadingView";
import { usePaneStyles } from "./styles";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

interface Choices {
  draft: MappingDraft;
  rowRoles: RowRoleDraft;
  unit: AmountUnit | "";
  month: string;
  asOf: string;
  preset: string;
}

function choicesOf(settings: WorkbookOptions): Choices {
  return {
    draft: {},
    rowRoles: {},
    unit: settings.amountUnit ?? "",
    month: settings.month ? String(settings.month) : "",
    asOf: settings.asOf ?? "",
    preset: presetChoice(settings.rules),
  };
}

/** The settings the choices stand for (the preset only replaces the rules when it was changed). */
function settingsOf(
  ledger: Ledger,
  settings: WorkbookOptions,
  c: Choices
): Partial<WorkbookOptions> {
  const savedRoles =
    settings.rowRoles?.sheet === ledger.sheetName ? settings.rowRoles.roles : undefined;
  const roles = mergedRoles(savedRoles, c.rowRoles);
  return {
    ledgerSheet: ledger.sheetName,
    columns: mergedColumns(settings.columns, c.draft),
    rowRoles: roles ? { sheet: ledger.sheetName, roles } : undefined,
    amountUnit: c.unit || undefined,
    month: c.month ? Number(c.month) : undefined,
    asOf: c.asOf || undefined,
    rules: c.preset === "custom" ? settings.rules : { preset: c.preset },
  };
}

/** Which sheet was read, and whether it is the one the user is on. */
function SheetRead({ ledger, active, lang }: { ledger: Ledger; active: boolean; lang: Lang }) {
  const styles = usePaneStyles();
  const where = active ? TEXT.activeSheet[lang] : TEXT.notActiveSheet[lang];
  const text = labelled(TEXT.sheetRead[lang], `“${ledger.sheetName}”`, lang);
  return (
    <Caption1 className={styles.muted} data-testid="sheet-read" data-active={active}>
      {lang === "en" ? `${text} (${where})` : `${text}（${where}）`}
    </Caption1>
  );
}

function Verdict({
  ledger,
  monthGiven,
  lang,
}: {
  ledger: Ledger;
  monthGiven: boolean;
  lang: Lang;
}) {
  const styles = usePaneStyles();
  const { verdict, reasons } = assessLedger(ledger, monthGiven);
  const title =
    verdict === "no-ledger" ? TEXT.notFound : verdict === "ambiguous" ? TEXT.ambiguous : TEXT.found;
  return (
    <MessageBar
      intent={verdict === "ready" ? "success" : "warning"}
      layout="multiline"
      data-testid="detect-verdict"
      data-verdict={verdict}
    >
      <MessageBarBody>
        <MessageBarTitle>{title[lang]}</MessageBarTitle>
        {verdict === "no-ledger" && <div>{TEXT.notFoundNext[lang]}</div>}
        {reasons.length > 0 && (
          <ul className={styles.list}>
            {reasons.map((reason, i) => (
              <li key={i}>{reason[lang]}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

export function DetectPanel({ flow, lang }: { flow: DetectPanelFlow; lang: Lang }) {
  const styles = usePaneStyles();
  const { ledger, settings, sheets, detecting, busy } = flow.state;
  const [choices, setChoices] = useState<Choices>(() => choicesOf(settings));
  // New reading or newly loaded settings: start from what is saved.
  useEffect(() => setChoices(choicesOf(settings)), [ledger, settings]);
  const pickable = sheets.filter((s) => !s.own && !s.hidden);
  const sheetInfo = sheets.find((s) => s.name === ledger?.sheetName);
  const problems = ledger ? mappingProblems(ledger, choices.draft) : [];
  const set = (changes: Partial<Choices>) => setChoices((c) => ({ ...c, ...changes }));

  return (
    <div className={styles.stack} data-testid="detect-panel">
      <div className={styles.row}>
        <Field label={TEXT.sheet[lang]} className={styles.fullWidth}>
          <Select
            id="sheet-picker"
            className={styles.fullWidth}
            value={ledger?.sheetName ?? ""}
            disabled={detecting}
            onChange={(_, data) => void flow.detect(data.value)}
            data-testid="sheet-picker"
          >
            {ledger && !pickable.some((s) => s.name === ledger.sheetName) && (
              <option value={ledger.sheetName}>{ledger.sheetName}</option>
            )}
            {pickable.map((s) => (
              <option key={s.name} value={s.name}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={<ArrowSyncRegular />}
          disabled={detecting}
          onClick={() => void flow.detect()}
          data-testid="detect-again"
        >
          {TEXT.detect[lang]}
        </Button>
      </div>
      {detecting && <Spinner size="tiny" label={TEXT.reading[lang]} />}
      {ledger && !detecting && (
        <>
          <SheetRead
            ledger={ledger}
            active={sheets.find((s) => s.active)?.name === ledger.sheetName}
            lang={lang}
          />
          <Verdict
            ledger={ledger}
            monthGiven={Boolean(choices.month || choices.asOf)}
            lang={lang}
          />
          {sheetInfo?.protected && (
            <MessageBar intent="info" layout="multiline" data-testid="protected">
              <MessageBarBody>
                <MessageBarTitle>{TEXT.protectedSheet[lang]}</MessageBarTitle>
                {TEXT.protectedNext[lang]}
              </MessageBarBody>
            </MessageBar>
          )}
          <LedgerFacts ledger={ledger} lang={lang} />
          {ledger.found && (
            <section className={styles.section} aria-labelledby="choices-title">
              <Subtitle2 as="h2" id="choices-title">
                {TEXT.columns[lang]}
              </Subtitle2>
              <MappingEditor
                ledger={ledger}
                draft={choices.draft}
                onChange={(draft) => set({ draft })}
                lang={lang}
              />
              <ReadingView
                ledger={ledger}
                draft={choices.rowRoles}
                onChange={(rowRoles) => set({ rowRoles })}
                lang={lang}
              />
              <Field label={TEXT.amountUnit[lang]}>
                <Select
                  value={choices.unit}
                  onChange={(_, d) => set({ unit: d.value as AmountUnit | "" })}
                >
                  <option value="">
                    {labelled(TEXT.unitAuto[lang], unitName(ledger.amountUnit, lang), lang)}
                  </option>
                  {AMOUNT_UNITS.map((u) => (
                    <option key={u} value={u}>
                      {unitName(u, lang)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={TEXT.monthField[lang]}>
                <Select
                  value={choices.month}
                  onChange={(_, d) => set({ month: d.value })}
                  data-testid="month"
                >
                  <option value="">
                    {ledger.reportingMonth
                      ? labelled(TEXT.monthAuto[lang], monthName(ledger.reportingMonth, lang), lang)
                      : TEXT.monthAuto[lang]}
                  </option>
                  {MONTHS.map((m) => (
                    <option key={m} value={String(m)}>
                      {monthName(m, lang)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={TEXT.asOfField[lang]} hint={TEXT.asOfHint[lang]}>
                <Input
                  type="date"
                  value={choices.asOf}
                  onChange={(_, d) => set({ asOf: d.value })}
                />
              </Field>
              <Field label={TEXT.presetField[lang]}>
                <Select value={choices.preset} onChange={(_, d) => set({ preset: d.value })}>
                  {PRESETS.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name[lang]}
                    </option>
                  ))}
                  {choices.preset === "custom" && (
                    <option value="custom">{TEXT.customRules[lang]}</option>
                  )}
                </Select>
              </Field>
              {problems.length > 0 && (
                <MessageBar intent="error" layout="multiline" role="alert">
                  <MessageBarBody>
                    {problems.map((p, i) => (
                      <div key={i}>{p[lang]}</div>
                    ))}
                  </MessageBarBody>
                </MessageBar>
              )}
              <Button
                appearance="primary"
                icon={<CheckmarkRegular />}
                disabled={problems.length > 0 || busy !== null}
                onClick={() => void flow.saveAndApply(settingsOf(ledger, settings, choices), true)}
              >
                {TEXT.apply[lang]}
              </Button>
            </section>
          )}
          <FindingList findings={ledger.findings} lang={lang} />
        </>
      )}
    </div>
  );
}
