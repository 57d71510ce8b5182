/**
 * The project lists (behind sorted by lag, ahead, not started, below the listing criteria) and
 * the data problems, with filters. Choosing a project selects its row in the ledger.
 */
import { type Ref, useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SearchRegular } from "@fluentui/react-icons";
import { allFindings, rateText, signedPointsText } from "../../core/index";
import type { CheckReport, ProjectResult } from "../../core/index";
import type { Finding, Lang, Severity } from "../../core/index";
import {
  LIST_TEXT,
  SEVERITY_LABELS,
  STATUS_LABELS,
  TEXT,
  locationText,
  matchCountText,
  rowText,
  withCount,
} from "../i18n";
import {
  LIST_ORDER,
  type ListKind,
  NO_FILTER,
  type ProjectFilter,
  filterFindings,
  filterProjects,
  groupKeyLabel,
  listCount,
  projectsOf,
  varianceTone,
} from "../state/results";
import { groupKeyFunction } from "../../app/options";
import { usePaneStyles } from "./styles";

const PAGE = 30;
const SEVERITIES: Severity[] = ["error", "warning", "info"];

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    justifyContent: "flex-start",
    fontWeight: tokens.fontWeightRegular,
  },
  itemTop: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere", minWidth: 0 },
  figure: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

function ProjectItem({
  project,
  lang,
  report,
  onSelect,
}: {
  project: ProjectResult;
  lang: Lang;
  report: CheckReport;
  onSelect: (row: number) => void;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const { row, schedule } = project;
  const meta = [
    rowText(row.sheetRow, lang),
    row.responsibleUnit,
    STATUS_LABELS[schedule.status][lang],
    schedule.completionRate === null ? null : rateText(schedule.completionRate),
  ].filter(Boolean);
  return (
    <li>
      <Button
        appearance="subtle"
        className={styles.item}
        onClick={() => onSelect(row.sheetRow)}
        data-testid="project"
        data-row={row.sheetRow}
      >
        <span className={styles.itemTop}>
          <span className={styles.name}>{row.name ?? row.code ?? rowText(row.sheetRow, lang)}</span>
          <span
            className={`${styles.figure} ${pane[varianceTone(schedule.variancePoints, report.rules)]}`}
          >
            {signedPointsText(schedule.variancePoints)}
          </span>
        </span>
        <Caption1 className={styles.meta}>{meta.join(" · ")}</Caption1>
      </Button>
    </li>
  );
}

function FindingItem({
  finding,
  lang,
  onSelect,
}: {
  finding: Finding;
  lang: Lang;
  onSelect: (row: number) => void;
}) {
  const styles = useStyles();
  const body = (
    <>
      <Caption1 className={styles.meta}>
        {SEVERITY_LABELS[finding.severity][lang]} ·{" "}
        {locationText(finding.sheet, finding.column, finding.sheetRow)}
      </Caption1>
      <span className={styles.name}>{finding.message[lang]}</span>
    </>
  );
  const row = finding.sheetRow;
  return (
    <li>
      {row === null ? (
        <div className={styles.item}>{body}</div>
      ) : (
        <Button appearance="subtle" className={styles.item} onClick={() => onSelect(row)}>
          {body}
        </Button>
      )}
    </li>
  );
}

/** Which list is shown (the data-errors banner opens the problems list on its errors). */
export interface ListView {
  kind: ListKind;
  severity: Severity | null;
}

export function ProjectLists({
  report,
  groupBy,
  view,
  onView,
  headingRef,
  onSelect,
  lang,
}: {
  report: CheckReport;
  groupBy: string;
  view: ListView;
  onView: (view: ListView) => void;
  /** The heading (focusable): where the banner's link takes the user. */
  headingRef?: Ref<HTMLHeadingElement>;
  onSelect: (row: number) => void;
  lang: Lang;
}) {
  const pane = usePaneStyles();
  const { kind, severity } = view;
  const setKind = (next: ListKind) => onView({ ...view, kind: next });
  const setSeverity = (next: Severity | null) => onView({ ...view, severity: next });
  const [filter, setFilter] = useState<ProjectFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const keyOf = useMemo(() => groupKeyFunction(report.ledger, groupBy), [report, groupBy]);
  const groups = (report.groups[groupBy] ?? []).map((g) => g.key);

  const projects =
    kind === "problems" ? [] : filterProjects(projectsOf(report, kind), filter, keyOf);
  const findings = kind === "problems" ? filterFindings(allFindings(report), severity) : [];
  const total = kind === "problems" ? findings.length : projects.length;
  const change = (changes: Partial<ProjectFilter>) => {
    setFilter((f) => ({ ...f, ...changes }));
    setShown(PAGE);
  };

  return (
    <section className={pane.tight} aria-labelledby="lists-title" data-testid="lists">
      <h2 id="lists-title" ref={headingRef} tabIndex={-1} className={pane.heading}>
        <Subtitle2>{TEXT.listsTitle[lang]}</Subtitle2>
      </h2>
      <Field label={TEXT.listKind[lang]}>
        <Select
          value={kind}
          onChange={(_, d) => {
            setKind(d.value as ListKind);
            setShown(PAGE);
          }}
          data-testid="list-kind"
        >
          {LIST_ORDER.map((k) => (
            <option key={k} value={k}>
              {withCount(LIST_TEXT[k].tab[lang], listCount(report, k))}
            </option>
          ))}
        </Select>
      </Field>
      {kind === "problems" ? (
        <Field label={TEXT.severityFilter[lang]}>
          <Select
            value={severity ?? ""}
            onChange={(_, d) => setSeverity((d.value || null) as Severity | null)}
          >
            <option value="">{TEXT.allSeverities[lang]}</option>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[s][lang]}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <>
          <Input
            contentBefore={<SearchRegular />}
            placeholder={TEXT.search[lang]}
            aria-label={TEXT.search[lang]}
            value={filter.text}
            onChange={(_, d) => change({ text: d.value })}
            data-testid="search"
          />
          {filter.text.trim() !== "" && (
            <Caption1 role="status" data-testid="match-count">
              {matchCountText(projects.length, lang)}
            </Caption1>
          )}
          {keyOf && groups.length > 1 && (
            <Field label={TEXT.groupFilter[lang]}>
              <Select
                value={filter.group ?? ""}
                onChange={(_, d) => change({ group: d.value || null })}
              >
                <option value="">{TEXT.allGroups[lang]}</option>
                {groups.map((g) => (
                  <option key={g} value={g}>
                    {groupKeyLabel(g, lang)}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {kind === "behind" && (
            <Checkbox
              label={TEXT.severeOnly[lang]}
              checked={filter.severeOnly}
              onChange={(_, d) => change({ severeOnly: Boolean(d.checked) })}
            />
          )}
          <Caption1 className={pane.muted}>{TEXT.selectHint[lang]}</Caption1>
        </>
      )}
      {total === 0 ? (
        <Caption1 role="status">
          {filter === NO_FILTER && severity === null
            ? LIST_TEXT[kind].empty[lang]
            : TEXT.noMatches[lang]}
        </Caption1>
      ) : (
        <ul className={pane.list} aria-label={LIST_TEXT[kind].title[lang]}>
          {kind === "problems"
            ? findings
                .slice(0, shown)
                .map((f, i) => <FindingItem key={i} finding={f} lang={lang} onSelect={onSelect} />)
            : projects
                .slice(0, shown)
                .map((p) => (
                  <ProjectItem
                    key={p.row.sheetRow}
                    project={p}
                    report={report}
                    lang={lang}
                    onSelect={onSelect}
                  />
                ))}
        </ul>
      )}
      {total > shown && (
        <Button appearance="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {`${TEXT.showMore[lang]} (${total - shown})`}
        </Button>
      )}
    </section>
  );
}
