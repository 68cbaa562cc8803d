// The site's search, on Pagefind's JavaScript API. Without JavaScript the search page is
// an A to Z of every page. With it: results as you type, with the matched words marked,
// the number of results announced, filters by section and topic, and the query in the
// address (?q=...) so a search can be shared and Back works. Pagefind loads on the first
// search, not with the page, and the filters' values when the filters are first opened.
const root = document.querySelector("[data-search]");
if (root) {
  const form = root.querySelector("form");
  const input = form.querySelector("input[name=q]");
  const results = root.querySelector("[data-results]");
  const status = root.querySelector("[data-status]");
  const az = root.querySelector("[data-a-z]");
  const filtersBox = root.querySelector("[data-filters]");
  const digits = root.getAttribute("data-digits") || "0123456789";
  const chosen = { section: new Set(), topic: new Set() };
  let pagefind = null;
  let latest = 0;

  const localDigits = (text) => text.replace(/[0-9]/g, (d) => digits.charAt(Number(d)) || d);

  async function load() {
    if (!pagefind) {
      pagefind = await import(root.getAttribute("data-bundle") + "pagefind.js");
      await pagefind.options({ baseUrl: "/" });
      filtersBox.hidden = false;
    }
    return pagefind;
  }

  function showFilters(filters) {
    // Keep the summary the page came with; the filters go after it.
    filtersBox.replaceChildren(filtersBox.querySelector("summary"));
    for (const name of ["section", "topic"]) {
      const values = Object.keys(filters[name] || {}).sort();
      if (values.length === 0) continue;
      const fieldset = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = status.getAttribute("data-filter-" + name);
      fieldset.append(legend);
      values.forEach((value, i) => {
        const id = "filter-" + name + "-" + i;
        const box = document.createElement("input");
        box.type = "checkbox";
        box.id = id;
        box.value = value;
        box.checked = chosen[name].has(value);
        box.addEventListener("change", () => {
          if (box.checked) chosen[name].add(value); else chosen[name].delete(value);
          search(input.value, false);
        });
        const label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = value;
        const row = document.createElement("div");
        row.className = "check";
        row.append(box, label);
        fieldset.append(row);
      });
      filtersBox.append(fieldset);
    }
  }

  let filtersAsked = false;
  filtersBox.addEventListener("toggle", async () => {
    if (!filtersBox.open || filtersAsked || !pagefind) return;
    filtersAsked = true;
    showFilters(await pagefind.filters());
  });

  function filterArgument() {
    const filters = {};
    for (const name of Object.keys(chosen)) {
      if (chosen[name].size > 0) filters[name] = { any: Array.from(chosen[name]) };
    }
    return filters;
  }

  async function search(query, remember) {
    const mine = ++latest;
    query = query.trim();
    if (remember) {
      const url = location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
      if (url !== location.pathname + location.search) history.pushState({ q: query }, "", url);
    }
    if (!query) {
      results.hidden = true;
      results.replaceChildren();
      status.textContent = "";
      az.hidden = false;
      return;
    }
    const engine = await load();
    const found = await searchWholeShortWords(engine, query, { filters: filterArgument() });
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== latest) return;
    results.replaceChildren(...data.map(item));
    results.hidden = data.length === 0;
    az.hidden = data.length > 0;
    status.textContent = found.results.length === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-shown").replace("%N%", localDigits(String(found.results.length)));
  }

  // Pagefind matches every word of a query as the start of a word, so "są" or "اس" would
  // find (and mark) every word that begins with them. A word of one or two letters must
  // match a whole word: each is looked up on its own as an exact search ("GP" in quotes),
  // and only the pages that have all of them are kept, in the order the longer words give.
  // A query the reader put in quotes is searched as it is.
  async function searchWholeShortWords(engine, query, options) {
    const words = query.split(/\s+/).filter(Boolean);
    const isShort = (w) => [...w].length <= 2;
    const short = words.filter(isShort);
    if (short.length === 0 || query.includes('"')) return engine.search(query, options);
    const long = words.filter((w) => !isShort(w));
    let keep = null;
    let first = null;
    for (const word of short) {
      const exact = await engine.search('"' + word + '"', options);
      first = first || exact;
      const ids = new Set(exact.results.map((r) => r.id));
      keep = keep ? new Set([...keep].filter((id) => ids.has(id))) : ids;
    }
    const main = long.length > 0 ? await engine.search(long.join(" "), options) : first;
    return { ...main, results: main.results.filter((r) => keep.has(r.id)) };
  }

  // The build writes the other forms of a SEND word beside its first use, between ⟦ and ⟧,
  // so that a search for any form finds the page. Readers never see them: they are taken
  // out, and when the match was one of them, the word it stands beside is marked instead.
  function withoutVocabulary(html) {
    return html
      .replace(/^[^⟦]*?⟧[^\s<]*\s*/, "") // the end of one, cut off at the start of the excerpt
      .replace(/(\S*)\s*⟦[^⟧]*(?:⟧|$)/g, (all, before) => {
        if (!all.includes("<mark>")) return before; // not what matched: just drop the forms
        const word = before.replace(/<\/?mark>/g, "");
        if (word) return "<mark>" + word + "</mark>"; // mark the word the forms stand beside
        return all.replace(/[⟦⟧]/g, ""); // nothing beside them in the excerpt: show them
      });
  }

  // In right-to-left text a phone number's digit groups would be laid out right to left
  // ("0808 808 3555" shown as "3555 808 0808"), so each number of 7 digits or more in an
  // excerpt reads left to right, as the build marks them on the pages themselves.
  const rtl = document.documentElement.dir === "rtl";
  // A group of digits, or one that matched the query, which Pagefind marks whole.
  const GROUP = "(?:<mark>[0-9]+</mark>|[0-9]+)";
  const NUMBER = new RegExp("(?:\\+" + GROUP + "|\\(" + GROUP + "\\)|(?<![0-9A-Za-z])" + GROUP + ")"
    + "(?:[ \u00a0-]?(?:\\(" + GROUP + "\\)|" + GROUP + "))*", "g");
  function numbersLeftToRight(html) {
    if (!rtl) return html;
    return html.replace(NUMBER, (run) => (run.replace(/<\/?mark>|[^0-9]/g, "").length >= 7 ? '<bdi dir="ltr">' + run + "</bdi>" : run));
  }

  // A page not yet translated is indexed with the default language's text it shows: its
  // title and excerpt are marked as that language, and "(in English)" says so before the tap.
  const pageLang = document.documentElement.lang;
  const defaultLang = root.getAttribute("data-default-lang");
  const defaultDir = root.getAttribute("data-default-dir") || "ltr";
  const inDefault = root.getAttribute("data-in-default-language");

  function item(data) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    li.append(link);
    const untranslated = data.meta.lang && data.meta.lang !== pageLang && data.meta.lang === defaultLang;
    if (untranslated) {
      // As the site's own lists mark such a page: the title in its language, then the
      // marker in the reader's, both inside the link so that it is read with it.
      const title = document.createElement("span");
      title.lang = defaultLang;
      title.dir = defaultDir;
      title.textContent = data.meta.title || data.url;
      const marker = document.createElement("span");
      marker.className = "in-default-language";
      marker.textContent = inDefault;
      link.hreflang = defaultLang;
      link.append(title, " ", marker);
    } else {
      link.textContent = data.meta.title || data.url;
    }
    const sectionName = data.filters.section && data.filters.section[0];
    if (sectionName) {
      const section = document.createElement("span");
      section.className = "search-section";
      section.textContent = sectionName;
      li.append(" ", section);
    }
    const excerpt = document.createElement("p");
    // Pagefind builds the excerpt from our own indexed text, escaped, with <mark> around matches.
    excerpt.innerHTML = numbersLeftToRight(withoutVocabulary(data.excerpt));
    if (untranslated) {
      excerpt.lang = defaultLang;
      excerpt.dir = defaultDir;
    }
    li.append(excerpt);
    return li;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search(input.value, true);
  });
  let typing = null;
  input.addEventListener("input", () => {
    clearTimeout(typing);
    search(input.value, false);
    typing = setTimeout(() => search(input.value, true), 600);
  });
  window.addEventListener("popstate", () => {
    input.value = new URLSearchParams(location.search).get("q") || "";
    search(input.value, false);
  });
  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    search(initial, false);
  }
}
