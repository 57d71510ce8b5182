/**
 * Entry of the classic (ES5) pane, loaded only by webviews that do not run module scripts
 * (Internet Explorer 11 / Trident). Until the classic workflow lands it explains what to use.
 */
const container = document.getElementById("container");
if (container) {
  const zh = /^zh/i.test(navigator.language || "");
  const paragraph = document.createElement("p");
  paragraph.style.cssText = "font-family:'Microsoft YaHei','Segoe UI',sans-serif;padding:12px";
  paragraph.textContent = zh
    ? "本版 Excel 使用 Internet Explorer 11 显示加载项，台账助手的完整界面无法在其中运行。请使用 Excel 2021、Microsoft 365 或网页版 Excel，或使用命令行工具。"
    : "This Excel shows add-ins in Internet Explorer 11, where Taizhang's full pane cannot run. Use Excel 2021, Microsoft 365 or Excel on the web, or the command-line tool.";
  container.appendChild(paragraph);
}
