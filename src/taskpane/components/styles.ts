/** Layout shared by the pane's panels: vertical stacks that fit a 350 px pane without scrolling sideways. */
import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";

/**
 * A native <select> is as wide as its longest option (a rule preset's name: 566 px in Chinese,
 * 737 px in English) and flex items do not shrink below their content: let fields, selects and
 * inputs shrink to the pane's width instead of scrolling it sideways.
 */
export const usePaneGlobalStyles = makeStaticStyles({
  ".fui-Field, .fui-Select, .fui-Select__select, .fui-Input, .fui-Textarea": {
    minWidth: 0,
    maxWidth: "100%",
  },
  ".fui-Select__select": { textOverflow: "ellipsis" },
});

export const usePaneStyles = makeStyles({
  stack: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  tight: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  wrap: { overflowWrap: "anywhere", minWidth: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  good: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  danger: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground1 },
  fullWidth: { width: "100%", minWidth: 0 },
  /** A plain heading element around a Fluent text preset (which takes no ref). */
  heading: { margin: 0 },
});
