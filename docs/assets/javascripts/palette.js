// The light/dark toggle in the header, in place of the theme's own palette component.
//
// The theme's component does the same on every page load but also inserts a color-scheme
// <meta> and then reads computed style: each forces a full-page style recalculation inside
// the theme's start-up task, which Lighthouse counts as blocking time (`make bench`).
// Here the viewport's colour scheme comes from CSS (extra.css), so a page load changes no
// style unless the reader's palette differs from the one the page was served with. (The
// theme's component also sets a theme-color <meta> for mobile toolbars from the header's
// computed colour; without a palette toggle the theme sets none, and neither do we.)
//
// The choice is stored where the theme's inline script in <body> reads it, so every page
// opens in the reader's palette before its first paint; with nothing stored, the palette
// whose media query matches the system's preference is used.
(() => {
  const options = [...document.querySelectorAll("input.md-option[name='__palette']")];
  if (options.length === 0) return;

  const colorsOf = (option) => ({
    media: option.dataset.mdColorMedia,
    scheme: option.dataset.mdColorScheme,
    primary: option.dataset.mdColorPrimary,
    accent: option.dataset.mdColorAccent,
  });

  const use = (index, switching) => {
    const body = document.body;
    if (switching) body.setAttribute("data-md-color-switching", ""); // the theme's "no transitions" mark
    const color = colorsOf(options[index]);
    for (const [key, value] of Object.entries(color)) {
      if (body.getAttribute(`data-md-color-${key}`) !== value) body.setAttribute(`data-md-color-${key}`, value);
    }
    // Each option's label switches to the next palette; only the current one's is shown, and
    // the current option is the checked one, so Tab lands on the option whose label is shown.
    options.forEach((option, i) => {
      option.checked = i === index;
      option.nextElementSibling.hidden = i !== index;
    });
    __md_set("__palette", { index, color });
    if (switching) requestAnimationFrame(() => setTimeout(() => body.removeAttribute("data-md-color-switching")));
  };

  const stored = __md_get("__palette");
  const preferred = options.findIndex((option) => matchMedia(option.dataset.mdColorMedia).matches);
  const index = stored && options[stored.index] ? stored.index : Math.max(preferred, 0);
  use(index, false);

  options.forEach((option, i) => {
    option.addEventListener("change", () => use(i, true));
    // The options are radio buttons: arrows and Space choose one; Enter moves to the next, as
    // a click on the visible label does.
    option.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      const next = options[(i + 1) % options.length];
      next.click();
      next.focus();
    });
  });
})();
