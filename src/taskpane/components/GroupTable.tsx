/** The group table (projects, completion rate, ± points per group) with the group-by picker. */
import { Field, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { groupByLabel } from "../../core/index";
import type { CheckReport } from "../../core/index";
import type { Lang } from "../../core/index";
import { rateText, signedPointsText } from "../../core/index";
import { TEXT } from "../i18n";
import { groupKeyLabel, varianceTone } from "../state/results";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  table: {
    width: "100%",
    tableLayout: "fixed",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
  },
  name: { width: "34%", textAlign: "left", overflowWrap: "anywhere" },
  // The variance header is two lines of plain words: 与时序进度比 / （个百分点）.
  variance: { width: "30%" },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  totalRow: { fontWeight: tokens.fontWeightSemibold },
  rowHead: { fontWeight: "inherit" },
  caption: { captionSide: "bottom", textAlign: "left", color: tokens.colorNeutralForeground3 },
});

export function GroupTable({
  report,
  groupBy,
  onGroupBy,
  lang,
}: {
  report: CheckReport;
  groupBy: string;
  onGroupBy: (spec: string) => void;
  lang: Lang;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  const specs = Object.keys(report.groups);
  const rows = [report.totals, ...(report.groups[groupBy] ?? [])];
  return (
    <section className={pane.tight} aria-labelledby="groups-title" data-testid="group-table">
      <Subtitle2 as="h2" id="groups-title">
        {TEXT.groupTitle[lang]}
      </Subtitle2>
      <Field label={TEXT.groupBy[lang]}>
        <Select value={groupBy} onChange={(_, d) => onGroupBy(d.value)} data-testid="group-by">
          {specs.map((spec) => (
            <option key={spec} value={spec}>
              {groupByLabel(report, spec)[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <table className={styles.table}>
        <caption className={styles.caption}>{groupByLabel(report, groupBy)[lang]}</caption>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.name}`}>
              {TEXT.colGroup[lang]}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>
              {TEXT.colProjects[lang]}
            </th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>
              {TEXT.colRate[lang]}
            </th>
            <th
              scope="col"
              className={`${styles.cell} ${styles.head} ${styles.number} ${styles.variance}`}
            >
              {TEXT.colVariance[lang]}
              <br />
              {TEXT.colVarianceUnit[lang]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g, i) => (
            <tr key={`${i}-${g.key}`} className={i === 0 ? styles.totalRow : undefined}>
              <th scope="row" className={`${styles.cell} ${styles.name} ${styles.rowHead}`}>
                {i === 0 ? TEXT.total[lang] : groupKeyLabel(g.key, lang)}
              </th>
              <td className={`${styles.cell} ${styles.number}`}>{g.projects}</td>
              <td className={`${styles.cell} ${styles.number}`}>{rateText(g.completionRate)}</td>
              <td
                className={`${styles.cell} ${styles.number} ${pane[varianceTone(g.variancePoints, report.rules)]}`}
              >
                {signedPointsText(g.variancePoints)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
