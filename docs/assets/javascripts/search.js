// The header's search box over the Pagefind index (scripts/explainer/search.py), in place of
// the theme's search, whose worker downloads one index of the whole site on every page load.
// Pagefind's script and index are fetched from the site itself the first time the box is
// used, and then only the chunks of the words typed. The box reuses the theme's markup,
// styles and open/closed toggle (partials/pagefind.html): "/" or "s" opens it, Escape closes
// it, arrow keys move between results, Enter opens the one in focus (the first from the box).
// A ?q= address (the 404 page's form) opens it with that query.
(() => {
  const box = document.querySelector(".site-search");
  if (!box) return;
  const toggle = document.getElementById("__search");
  const input = box.querySelector(".md-search__input");
  const meta = box.querySelector(".md-search-result__meta");
  const list = box.querySelector(".md-search-result__list");
  const root = new URL(box.dataset.root.replace(/\/?$/, "/"), location.href);
  const words = { placeholder: meta.textContent, ...box.dataset };
  const PAGES = 10; // results shown, each with up to SECTIONS links into the page
  const SECTIONS = 3;
  // Only these elements' ids are places worth opening at (not a footnote marker's <sup>).
  const PLACES = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "dt", "tr", "section", "div"]);
  let latest = 0; // the query whose results may be shown; older answers are dropped
  let busy = Promise.resolve(); // the query Pagefind is running: one at a time

  // Pagefind's script and the list of the index's other parts (scripts/explainer/search.py: a
  // large site is indexed in parts, each ranked apart, which Pagefind merges by score).
  //
  // A request of Pagefind's that fails leaves its instance broken for good: a failed
  // pagefind-entry.json left the worker's index unloaded, every search then rejected, and
  // merging a part waited for it forever (a promise that neither resolves nor rejects), until
  // the page was reloaded. So an instance that fails, or does not answer within `lostMs`, is
  // dropped with its worker, and the query runs again once on a new one (the next key does too);
  // each loss doubles the wait, so a slow network is not cut off over and over.
  const LOST_MS = 5000;
  const RETRIES = 1;
  let lostMs = LOST_MS;
  let engine = null; // { pagefind, ready }: the instance in use and its index loaded
  let made = 0; // instances made: a new one imports Pagefind's script afresh (a failed import is kept)
  const bundle = new URL(box.dataset.bundle, location.href);
  const within = (promise) =>
    new Promise((resolve, reject) => {
      const lost = setTimeout(() => reject(new Error(`no answer from Pagefind in ${lostMs} ms`)), lostMs);
      promise.then(resolve, reject).finally(() => clearTimeout(lost));
    });
  const load = () => {
    if (engine) return engine;
    const mine = { pagefind: null };
    const script = new URL(`pagefind.js${made++ ? `?try=${made}` : ""}`, bundle).href;
    mine.ready = Promise.all([
      import(script),
      fetch(new URL("parts.json", bundle)).then((response) => (response.ok ? response.json() : [])),
    ]).then(async ([module, parts]) => {
      const options = { baseUrl: root.pathname };
      mine.pagefind = module.createInstance({ basePath: bundle.href, ...options });
      if (engine !== mine) {
        mine.pagefind.destroy().catch(() => {});
        throw new Error("dropped while loading");
      }
      await mine.pagefind.options(options);
      // The first part's index loaded, or its failure, before the others are merged: Pagefind
      // merges a part only once the first has loaded, and would wait for a failed one forever.
      await mine.pagefind.filters();
      await Promise.all(parts.map((part) => mine.pagefind.mergeIndex(new URL(part, bundle).href, options)));
      return mine.pagefind;
    });
    engine = mine;
    return mine;
  };
  const drop = (failed) => {
    if (engine !== failed) return; // dropped already
    engine = null;
    busy = Promise.resolve();
    lostMs *= 2;
    failed.pagefind?.destroy().catch(() => {});
    failed.ready.then((late) => late.destroy(), () => {});
  };

  const make = (tag, className, text) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  };

  // Pagefind's excerpts are HTML with <mark> around the words found. They are read in an inert
  // document (nothing in it loads or runs) and rebuilt as text, keeping only the marks.
  const marked = (html) => {
    const parsed = new DOMParser().parseFromString(html, "text/html").body;
    return [...parsed.childNodes].map((node) =>
      node.nodeName === "MARK" ? make("mark", "", node.textContent) : document.createTextNode(node.textContent),
    );
  };
  const text = (html) => new DOMParser().parseFromString(html, "text/html").body.textContent;

  // The element with an id that holds the most of the words found (its section, paragraph,
  // term or card: from its id to the next); on a tie, one that is not a heading (a card under a
  // heading of the same name), then the first.
  const place = (page, section) => {
    const found = section.locations?.length ? section.locations : page.locations;
    const anchors = (page.anchors ?? []).filter((a) => PLACES.has(a.element)).sort((a, b) => a.location - b.location);
    const held = new Map();
    for (const location of found) {
      const anchor = anchors.findLast((a) => a.location <= location);
      if (anchor) held.set(anchor, (held.get(anchor) ?? 0) + 1);
    }
    let best = null;
    const heading = (anchor) => /^h\d$/.test(anchor.element);
    for (const [anchor, count] of held) {
      const more = !best || count > held.get(best) || (count === held.get(best) && heading(best) && !heading(anchor));
      if (more) best = anchor;
    }
    const url = new URL(section.url, location.href);
    if (best) url.hash = best.id;
    return url.href;
  };

  const result = (page) => {
    const item = make("li", "md-search-result__item");
    const sections = page.sub_results?.length ? page.sub_results : [{ ...page, title: page.meta.title }];
    const best = [...sections].sort((a, b) => b.locations.length - a.locations.length).slice(0, SECTIONS);
    best.forEach((section, i) => {
      const link = make("a", "md-search-result__link");
      link.href = place(page, section);
      const article = make("article", `md-search-result__article md-typeset${i ? "" : " md-search-result__article--document"}`);
      if (!i) article.append(make("div", "md-search-result__icon md-icon"));
      article.append(make(i ? "h2" : "h1", "", text(i ? section.title : page.meta.title)));
      const excerpt = make("p");
      excerpt.append(...marked(section.excerpt ?? page.excerpt));
      article.append(excerpt);
      link.append(article);
      item.append(link);
    });
    return item;
  };

  const show = async (query, retries = RETRIES) => {
    const mine = ++latest;
    if (!query.trim()) {
      list.replaceChildren();
      meta.textContent = words.placeholder;
      return;
    }
    const used = load();
    let found, first;
    try {
      // A key typed meanwhile makes this query stale: it stops at the next step, so the worker
      // and the network serve the last query rather than every one typed before it.
      const pagefind = await within(used.ready);
      if (mine !== latest) return;
      // Pagefind cannot stop a query it has begun, and runs the ones sent meanwhile after it:
      // the last query waits for the one running, and those typed in between are never sent.
      await busy;
      if (mine !== latest) return;
      const running = within(pagefind.search(query));
      busy = running.catch(() => {});
      found = await running;
      if (mine !== latest) return;
      // The first result is shown as soon as its own fragment has come, the others after it,
      // in their order, as theirs come: at 1,000 synthetic articles, ten fragments fetched
      // together came 30-160 ms after the first alone on 2 busy cores (bench.pagefind).
      first = found.results.length ? await within(found.results[0].data()) : null;
    } catch {
      drop(used); // Pagefind's own message is in the console
      if (mine === latest && retries > 0) show(query, retries - 1);
      return;
    }
    if (mine !== latest) return;
    lostMs = LOST_MS;
    const top = found.results.slice(0, PAGES);
    const count = found.results.length;
    meta.textContent = count === 0 ? words.none : count === 1 ? words.one : words.other.replace("#", count);
    list.replaceChildren(...(first ? [result(first)] : []));
    for (const pending of top.slice(1).map((r) => r.data().catch(() => null))) {
      const page = await pending;
      if (mine !== latest) return;
      if (page) list.append(result(page));
    }
  };

  const open = () => {
    toggle.checked = true;
    input.focus();
    load().ready.catch(() => {}); // a failure is met again, and dropped, by the query
  };
  const close = () => {
    toggle.checked = false;
    input.blur();
  };
  const typing = (target) => target instanceof HTMLElement && target.matches("input, textarea, select, [contenteditable]");

  input.addEventListener("focus", () => {
    toggle.checked = true;
    load().ready.catch(() => {});
  });
  // Each query waits for a pause in typing: a key typed within PAUSE_MS of the previous one
  // replaces its query before it starts. On the 1,000-article synthetic site, a query per key
  // ("S", "Sy", ...: the short ones match every page) made the last key's first result come
  // 10.6 s after it on a fresh page and 6.9 s on a warm one (Pagefind's API alone, one query:
  // 1.3 s and 0.6 s; bench.browse and bench.pagefind). At 100 articles the pause took the warm
  // figure from 0.32 s to 0.12 s, the bytes before the first result from 196 KB to 149 KB.
  // A query of one or two letters waits longer (SHORT_PAUSE_MS), as a reader who stopped
  // typing: its prefix matches most words, so it costs Pagefind the most ("Sy" took 1.36 s at
  // 1,000 articles, on an index in six parts), and the next key usually replaces it.
  const PAUSE_MS = 80;
  const SHORT = 3;
  const SHORT_PAUSE_MS = 400;
  let pause = 0;
  input.addEventListener("input", () => {
    clearTimeout(pause);
    latest += 1; // a query still running is stale now
    list.replaceChildren(); // and no result of it stays on show
    const wait = input.value.trim().length < SHORT ? SHORT_PAUSE_MS : PAUSE_MS;
    pause = setTimeout(() => show(input.value), wait);
  });
  toggle.addEventListener("change", () => toggle.checked && setTimeout(() => input.focus(), 250));
  box.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector("a")?.click();
  });
  box.querySelector("form").addEventListener("reset", () => setTimeout(() => show("")));
  list.addEventListener("click", (event) => event.target.closest("a") && close());

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!toggle.checked) {
      if ((event.key === "/" || event.key === "s") && !typing(event.target)) {
        event.preventDefault();
        open();
      }
      return;
    }
    const links = [...list.querySelectorAll("a")];
    const at = links.indexOf(document.activeElement);
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = event.key === "ArrowDown" ? at + 1 : at - 1;
      (next < 0 ? input : links[Math.min(next, links.length - 1)])?.focus();
    }
  });

  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    open();
    show(query);
  }
})();
