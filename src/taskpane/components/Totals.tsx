/**
 * Totals at a glance: projects, started, completion rate and the variance against time progress
 * (in 个百分点), coloured; then the amounts behind them (总投资, 年度计划投资, 完成投资). A figure
 * that includes a value the checks called an error says so beside its label.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CheckReport } from "../../core/index";
import type { Lang } from "../../core/index";
import { pointsText, rateText, yiText } from "../../core/index";
import type { DataErrors, TotalFigure } from "../../app/data-errors";
import { TEXT, type TextKey } from "../i18n";
import { varianceTone } from "../state/results";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  tiles: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  figure: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  // The variance carries its unit (个百分点): a step smaller, so it stays on one line at 350 px.
  longFigure: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase500 },
  label: { color: tokens.colorNeutralForeground3 },
  affected: { color: tokens.colorPaletteRedForeground1 },
  pair: { display: "contents" },
});

/** Which total figures each tile is computed from. */
const RESTS_ON: Record<string, readonly TotalFigure[]> = {
  "tile-rate": ["annualPlan", "completed"],
  "tile-variance": ["annualPlan", "completed"],
};

const AMOUNTS: [TextKey, TotalFigure][] = [
  ["totalInvestment", "totalInvestment"],
  ["annualPlan", "annualPlan"],
  ["completedInvestment", "completed"],
];

export function Totals({
  report,
  errors,
  lang,
}: {
  report: CheckReport;
  errors: DataErrors;
  lang: Lang;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const { totals } = report;
  const tone = varianceTone(totals.variancePoints, report.rules);
  const mismatch = report.findings.find((f) => f.code === "read.totals-mismatch");
  const touched = (figures: readonly TotalFigure[]) =>
    figures.some((f) => errors.figures.includes(f));
  const tiles: [label: string, figure: string, className: string, testId: string][] = [
    [TEXT.tileProjects[lang], String(totals.projects), pane.neutral, "tile-projects"],
    [
      TEXT.tileStarted[lang],
      `${totals.started} · ${rateText(totals.startRate)}`,
      pane.neutral,
      "tile-started",
    ],
    [TEXT.tileCompletion[lang], rateText(totals.completionRate), pane.neutral, "tile-rate"],
    [
      TEXT.tileVariance[lang],
      pointsText(totals.variancePoints, lang),
      `${pane[tone]} ${styles.longFigure}`,
      "tile-variance",
    ],
  ];
  const amounts: Record<TotalFigure, number | null> = {
    totalInvestment: totals.totalInvestment,
    annualPlan: totals.annualPlan,
    completed: totals.completed,
  };
  const errorMark = (affected: boolean) =>
    affected ? <span className={styles.affected}>{` · ${TEXT.includesErrors[lang]}`}</span> : null;
  return (
    <section className={pane.tight} aria-labelledby="totals-title" data-testid="totals">
      <Subtitle2 as="h2" id="totals-title">
        {TEXT.totalsTitle[lang]}
      </Subtitle2>
      {mismatch && (
        // The sheet's own 合计 contradicts what was read: said before any figure.
        <MessageBar intent="error" layout="multiline" data-testid="totals-mismatch">
          <MessageBarBody>{mismatch.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
      <dl className={styles.tiles}>
        {tiles.map(([label, figure, className, testId]) => {
          const affected = touched(RESTS_ON[testId] ?? []);
          return (
            <div
              key={testId}
              className={styles.tile}
              data-tone={testId === "tile-variance" ? tone : undefined}
              data-affected={affected || undefined}
            >
              <dd className={`${styles.figure} ${className}`} data-testid={testId}>
                {figure}
              </dd>
              <dt className={styles.label}>
                {label}
                {errorMark(affected)}
              </dt>
            </div>
          );
        })}
      </dl>
      <dl className={pane.facts} data-testid="totals-amounts">
        {AMOUNTS.map(([label, figure]) => (
          <div key={figure} className={styles.pair} data-affected={touched([figure]) || undefined}>
            <dt className={pane.term}>
              <Caption1>{TEXT[label][lang]}</Caption1>
            </dt>
            <dd className={pane.value} data-testid={`amount-${figure}`}>
              <Caption1>
                {yiText(amounts[figure], lang)}
                {errorMark(touched([figure]))}
              </Caption1>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
