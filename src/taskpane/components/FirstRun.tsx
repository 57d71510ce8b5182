/**
 * The first-run welcome: the five steps (the five tabs). Either button closes it for good: one
 * goes to Detect, the other runs the check straight away.
 */
import { Body1, Button, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/index";
import { TEXT } from "../i18n";
import { usePaneStyles } from "./styles";

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function FirstRun({
  lang,
  onStart,
  onCheckNow,
}: {
  lang: Lang;
  onStart: () => void;
  onCheckNow: () => void;
}) {
  const styles = useStyles();
  const pane = usePaneStyles();
  return (
    <section
      className={`${pane.stack} ${styles.card}`}
      aria-labelledby="welcome-title"
      data-testid="welcome"
    >
      <Subtitle1 as="h2" id="welcome-title">
        {TEXT.welcomeTitle[lang]}
      </Subtitle1>
      <Body1>{TEXT.welcomeIntro[lang]}</Body1>
      <ol className={styles.steps}>
        <li>{TEXT.welcomeStep1[lang]}</li>
        <li>{TEXT.welcomeStep2[lang]}</li>
        <li>{TEXT.welcomeStep3[lang]}</li>
        <li>{TEXT.welcomeStep4[lang]}</li>
        <li>{TEXT.welcomeStep5[lang]}</li>
      </ol>
      <div className={pane.row}>
        <Button appearance="primary" onClick={onStart} autoFocus data-testid="welcome-start">
          {TEXT.welcomeStart[lang]}
        </Button>
        <Button onClick={onCheckNow} data-testid="welcome-check">
          {TEXT.welcomeCheckNow[lang]}
        </Button>
      </div>
    </section>
  );
}
