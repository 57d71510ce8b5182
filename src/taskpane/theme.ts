/** The pane's Fluent theme: Taizhang teal, light or dark following the Office theme. */
import {
  createDarkTheme,
  createLightTheme,
  type BrandVariants,
  type Theme,
} from "@fluentui/react-components";

/** Teal ramp of the icons (assets/icon.svg), darkest to lightest, as Fluent's theme designer lays it out. */
const TAIZHANG_TEAL: BrandVariants = {
  10: "#021412",
  20: "#042420",
  30: "#06332E",
  40: "#08423C",
  50: "#09514A",
  60: "#0B6058",
  70: "#0B6E66",
  80: "#0E7D73",
  90: "#128C80",
  100: "#16A394",
  110: "#3DB3A5",
  120: "#5FC1B5",
  130: "#80CFC5",
  140: "#A1DCD5",
  150: "#C1E9E4",
  160: "#E0F4F2",
};

const lightTheme = createLightTheme(TAIZHANG_TEAL);
const darkTheme: Theme = {
  ...createDarkTheme(TAIZHANG_TEAL),
  colorBrandForeground1: TAIZHANG_TEAL[110],
};

/** Relative luminance (0 black … 1 white) of "#RRGGBB"; null when the colour cannot be read. */
function luminance(colour: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour ?? "");
  if (!match) return null;
  const [red, green, blue] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

/** Dark on a dark host background ("#RRGGBB"), light otherwise (also when there is none, as in WPS). */
export function fluentThemeFor(background: string | undefined): Theme {
  const light = luminance(background);
  return light !== null && light < 0.5 ? darkTheme : lightTheme;
}

/** Office.context.officeTheme is missing on some hosts (Excel on the web, older desktops). */
export function officeFluentTheme(): Theme {
  return fluentThemeFor(Office.context?.officeTheme?.bodyBackgroundColor);
}
