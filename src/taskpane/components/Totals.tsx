/** Totals at a glance: projects, started, completion rate and ± points vs time progress, coloured. */
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
import { TEXT, amountText, pointsText, rateText, timeProgressText } from "../i18n";
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
  },
  label: { color: tokens.colorNeutralForeground3 },
});

export function Totals({ report, lang }: { report: CheckReport; lang: Lang }) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const { totals, period } = report;
  const tone = varianceTone(totals.variancePoints, report.rules);
  const mismatch = report.findings.find((f) => f.code === "read.totals-mismatch");
  const tiles: [label: string, figure: string, className: string, testId: string][] = [
    [TEXT.tileProjects[lang], String(totals.projects), pane.neutral, "tile-projects"],
    [
      TEXT.tileStarted[lang],
      `${totals.started} · ${rateText(totals.startRate)}`,
      pane.neutral,
      "tile-started",
    ],
    [TEXT.tileCompletion[lang], rateText(totals.completionRate), pane.neutral, "tile-rate"],
    [TEXT.tileVariance[lang], pointsText(totals.variancePoints), pane[tone], "tile-variance"],
  ];
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
        {tiles.map(([label, figure, className, testId]) => (
          <div
            key={testId}
            className={styles.tile}
            data-tone={testId === "tile-variance" ? tone : undefined}
          >
            <dd className={`${styles.figure} ${className}`} data-testid={testId}>
              {figure}
            </dd>
            <dt className={styles.label}>{label}</dt>
          </div>
        ))}
      </dl>
      <Caption1 className={pane.muted}>
        {timeProgressText(period.timeProgress, lang)} · {TEXT.projects[lang]}{" "}
        {amountText(totals.totalInvestment, lang)}
      </Caption1>
    </section>
  );
}
