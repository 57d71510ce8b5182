/** The label every result carries: its sheet and period ("10月 · 2024年1-10月 · 时序进度83.33%"). */
import { forwardRef } from "react";
import { Body1Strong, makeStyles } from "@fluentui/react-components";
import type { CheckReport, Lang } from "../../core/index";
import { resultContext } from "../state/results";

const useStyles = makeStyles({
  label: { margin: 0, overflowWrap: "anywhere", outlineOffset: "2px" },
});

/** Focusable (tabIndex −1): the check moves focus here when its results arrive. */
export const ResultContext = forwardRef<HTMLParagraphElement, { report: CheckReport; lang: Lang }>(
  function ResultContext({ report, lang }, ref) {
    const styles = useStyles();
    return (
      <p ref={ref} tabIndex={-1} className={styles.label} data-testid="result-context">
        <Body1Strong>{resultContext(report, lang)}</Body1Strong>
      </p>
    );
  }
);
