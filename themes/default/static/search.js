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
    const found = await engine.search(query, { filters: filterArgument() });
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    if (mine !== latest) return;
    results.replaceChildren(...data.map(item));
    results.hidden = data.length === 0;
    az.hidden = data.length > 0;
    status.textContent = found.results.length === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-shown").replace("%N%", localDigits(String(found.results.length)));
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

  function item(data) {
    const li = document.createElement("li");
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    li.append(link);
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
