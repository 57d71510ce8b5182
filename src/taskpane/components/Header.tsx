/** Logo and product name at the top of the pane. */
import { Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/index";
import { TEXT } from "../i18n";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  logo: { width: "32px", height: "32px" },
});

export function Header({ lang }: { lang: Lang }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img className={styles.logo} src="assets/logo-filled.png" alt="" />
      <Title3 as="h1">{TEXT.appName[lang]}</Title3>
    </header>
  );
}
