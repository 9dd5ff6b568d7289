// A footnote's quotes in a tooltip over its marker, on hover and on keyboard focus, in place
// of the theme's footnote tooltips (`content.footnote.tooltips`).
//
// The theme mounts one component per marker as each page loads: 54 on the positions page,
// and that start-up work is most of what Lighthouse counts as blocking time (`make bench`).
// Here one set of listeners on the document serves every marker, and the tooltip is built
// the first time it is needed. It reuses the theme's tooltip markup and styles, so it looks
// and moves as the theme's does: above the marker in the lower half of the window, below it
// in the upper half, and open while the pointer is on the marker or on the tooltip, so the
// links to the source paragraphs can be followed.
(() => {
  const GAP = 16; // px between marker and tooltip, as the theme leaves
  let tip = null; // built on first use
  let host = null; // the marker whose footnote is shown
  let timer = 0;

  const markerOf = (node) => (node instanceof Element ? node.closest("a.footnote-ref") : null);

  const build = () => {
    const element = document.createElement("div");
    element.className = "md-tooltip2";
    element.setAttribute("role", "dialog");
    element.inert = true;
    const inner = document.createElement("div");
    inner.className = "md-tooltip2__inner md-typeset";
    element.append(inner);
    element.addEventListener("pointerenter", () => clearTimeout(timer));
    element.addEventListener("pointerleave", hideSoon);
    document.body.append(element);
    return element;
  };

  const show = (marker) => {
    clearTimeout(timer);
    if (marker === host) return;
    const note = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
    if (!note) return;
    tip ??= build();
    const content = note.cloneNode(true);
    content.querySelectorAll(".footnote-backref").forEach((link) => link.remove());
    content.querySelectorAll("[id]").forEach((element) => element.removeAttribute("id"));
    tip.firstElementChild.replaceChildren(...content.childNodes);
    tip.setAttribute("aria-label", `Footnote ${marker.textContent}`);

    const box = marker.getBoundingClientRect();
    const above = box.top > innerHeight / 2;
    tip.classList.toggle("md-tooltip2--top", above);
    tip.classList.toggle("md-tooltip2--bottom", !above);
    tip.style.setProperty("--md-tooltip-host-x", `${box.left + scrollX}px`);
    tip.style.setProperty("--md-tooltip-host-y", `${box.top + scrollY}px`);
    tip.style.setProperty("--md-tooltip-x", `${box.width / 2}px`);
    tip.inert = false;
    const y = above ? -(tip.offsetHeight + GAP) : box.height + GAP; // the read lays out the new content
    tip.style.setProperty("--md-tooltip-y", `${y}px`);
    tip.classList.add("md-tooltip2--active");
    host = marker;
  };

  // Hidden, it fades out; inert, its links are neither tab stops nor under the pointer.
  const hide = () => {
    clearTimeout(timer);
    if (!tip || !host) return;
    tip.classList.remove("md-tooltip2--active");
    tip.inert = true;
    host = null;
  };
  // Time to move the pointer from the marker onto the tooltip.
  const hideSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, 250);
  };

  document.addEventListener("pointerover", (event) => {
    const marker = markerOf(event.target);
    if (marker && event.pointerType === "mouse") show(marker);
  });
  document.addEventListener("pointerout", (event) => {
    if (host && markerOf(event.target)) hideSoon();
  });
  // Keyboard focus only: a tap or click on a marker follows it to the footnote itself.
  document.addEventListener("focusin", (event) => {
    const marker = markerOf(event.target);
    if (marker?.matches(":focus-visible")) show(marker);
  });
  document.addEventListener("focusout", (event) => {
    if (host && markerOf(event.target) && !tip.contains(event.relatedTarget)) hide();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
})();
