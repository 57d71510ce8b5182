/**
 * main.js of the WPS add-in, loaded by its index.html: publishes the ribbon's callbacks as the
 * global `ribbon` object that ribbon.xml names (ribbon.OnAddinLoad, ribbon.OnAction, ribbon.GetImage).
 */
import type { WpsApplication } from "../wps-api";
import { wpsLang } from "./lang";
import { type Ribbon, createRibbon } from "./ribbon";

const scope = window as unknown as { Application?: WpsApplication; ribbon?: Ribbon };

scope.ribbon = createRibbon({
  application: () => scope.Application,
  baseUrl: new URL(".", window.location.href).href,
  lang: wpsLang(window.location.search),
  show: (message) => window.alert(message),
});
