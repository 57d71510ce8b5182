/** The first-run welcome: what the three steps are; "Get started" or "Skip" both close it for good. */
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

export function FirstRun({ lang, onClose }: { lang: Lang; onClose: () => void }) {
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
      </ol>
      <div className={pane.row}>
        <Button appearance="primary" onClick={onClose} autoFocus>
          {TEXT.welcomeStart[lang]}
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {TEXT.welcomeSkip[lang]}
        </Button>
      </div>
    </section>
  );
}
