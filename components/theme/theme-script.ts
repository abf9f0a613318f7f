// The theme before the first paint: app/layout.tsx puts this script, inline with the page's CSP
// nonce, at the top of <head>, so <html data-theme> is set before the body is drawn and no page
// flashes in the other theme. It runs again when the system's preference changes (for System) and
// when another tab changes the choice. The switch (theme-switch.tsx) writes the same key.

/** Where the choice is kept: "light" or "dark"; absent means System (follow prefers-color-scheme). */
export const THEME_STORAGE_KEY = "hookflow-theme";

export const themeScript = `(function () {
  var root = document.documentElement;
  var dark = window.matchMedia("(prefers-color-scheme: dark)");
  function apply() {
    var choice = null;
    try { choice = localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)}); } catch (e) {}
    root.dataset.theme = choice === "light" || choice === "dark" ? choice : dark.matches ? "dark" : "light";
  }
  apply();
  dark.addEventListener("change", apply);
  window.addEventListener("storage", function (event) { if (event.key === ${JSON.stringify(THEME_STORAGE_KEY)}) apply(); });
})();`;
