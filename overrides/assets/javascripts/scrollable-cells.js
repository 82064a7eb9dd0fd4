/*
 * Notebook cells (mkdocs-jupyter) that scroll sideways take keyboard focus, as Material's own code
 * blocks do, so that a keyboard can scroll them (axe: scrollable-region-focusable). Run on every
 * page Material shows, instant navigation included.
 */
document$.subscribe(function () {
  "use strict";
  // Code cells, their outputs, and fenced blocks in markdown cells (such as another release's output).
  document.querySelectorAll(
    ".jupyter-wrapper .highlight-ipynb, .jupyter-wrapper .jp-OutputArea pre, " +
    ".jupyter-wrapper .jp-RenderedMarkdown pre"
  )
    .forEach(function (cell) {
      if (cell.scrollWidth > cell.clientWidth && !cell.hasAttribute("tabindex")) {
        cell.setAttribute("tabindex", "0");
      }
    });
});
