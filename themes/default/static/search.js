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
  const correctedBox = root.querySelector("[data-corrected]");
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
      showCorrection(null, query);
      results.hidden = true;
      results.replaceChildren();
      status.textContent = "";
      az.hidden = false;
      return;
    }
    const engine = await load();
    const options = { filters: filterArgument() };
    const { age, rest } = ageIn(query);
    let found = age === null ? await searchWholeShortWords(engine, normaliseQuery(query), options) : await searchForAge(engine, age, rest, options);
    // A word that matches no page is misspelt, or not the pages' word: the nearest word
    // they use is searched instead. No page has the word as typed, so none matches the
    // query as typed: the corrected query's results come first, then the rest found.
    let corrected = null;
    if (!asTyped && rest) {
      corrected = await correction(engine, rest, age === null && rest === query ? found : null);
      if (corrected && mine === latest) {
        const more = age === null ? await searchWholeShortWords(engine, normaliseQuery(corrected), options) : await searchForAge(engine, age, corrected, options);
        const seen = new Set(more.results.map((r) => r.id));
        found = { ...more, results: [...more.results, ...found.results.filter((r) => !seen.has(r.id))] };
      }
    }
    // Offline, only the saved pages' results can be read (sw.js): the others are left out,
    // and the status says so.
    const settled = await Promise.allSettled(found.results.slice(0, 20).map((r) => r.data()));
    let data = settled.filter((s) => s.status === "fulfilled").map((s) => s.value);
    const offline = data.length < settled.length;
    if (mine !== latest) return;
    // An age alone: the services for the fewest years first, the most particular.
    const span = (d) => Number((d.filters["age-to"] || [25])[0]) - Number((d.filters["age-from"] || [0])[0]);
    if (age !== null && !rest) data = data.map((d, i) => [d, i]).sort(([a, i], [b, j]) => (span(a) - span(b)) || i - j).map(([d]) => d);
    showCorrection(corrected, query);
    results.replaceChildren(...data.map(item));
    results.hidden = data.length === 0;
    az.hidden = data.length > 0;
    const count = offline ? data.length : found.results.length;
    status.textContent = (count === 0
      ? status.getAttribute("data-none")
      : status.getAttribute("data-shown").replace("%N%", localDigits(String(count))))
      + (offline ? " " + status.getAttribute("data-offline") : "");
  }

  // Ages. "2 year old", "two-year-old", "aged 2", "2 سال", "২ বছর", "2 lata", "2 ani",
  // "عمره 2": the age is taken out of the query, and of the pages found by the rest, a
  // service whose ages (its "age-from" and "age-to" filters) include it comes
  // first, one whose ages leave it out is dropped, and a page that states no ages stays,
  // after them: nothing is hidden for a fact it does not give. An age alone lists the
  // services that cover it.
  const NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
  const N = "([0-9]{1,2}|" + NUMBERS.join("|") + ")";
  const AGE_PATTERNS = [
    // English: 2 year old, two-year-old, 2 yrs, 2yo, aged 2, age 2, 2 years
    "(?:aged?\\s+" + N + ")|(?:" + N + "[\\s-]*(?:years?|yrs?|yo)(?:[\\s-]*olds?)?)",
    // Urdu: 2 سال (کا، کی، کے), 2 سالہ, عمر 2
    N + "\\s*(?:سال|سالہ)(?:\\s+(?:کا|کی|کے))?|عمر\\s+" + N,
    // Arabic: 2 سنة / سنوات / سنين / عام / أعوام, عمره 2, سنتين, سنتان
    N + "\\s*(?:سنة|سنوات|سنين|عام|أعوام|اعوام)|(?:عمره|عمرها|عمر|بعمر)\\s+" + N + "(?:\\s*(?:سنة|سنوات|سنين))?",
    // Bengali: ২ বছর (বয়সী, বয়সের), বয়স ২
    N + "\\s*বছর(?:ের)?(?:\\s+বয়সী|\\s+বয়সের)?|বয়স\\s+" + N,
    // Polish: 2 lata / lat / latek / letni, w wieku 2 lat
    "(?:w\\s+wieku\\s+)?" + N + "[\\s-]*(?:lata|lat|latk[a-z]*|latek|letni[a-z]*|rok|roku)",
    // Romanian: (de) 2 ani / an, vârsta de 2 ani
    "(?:vârsta\\s+de\\s+|de\\s+)?" + N + "\\s*(?:ani|an)",
  ].map((p) => new RegExp("(?<![\\p{L}\\p{M}\\p{N}])(?:" + p.normalize("NFD") + ")(?![\\p{L}\\p{M}\\p{N}])", "iu"));
  const LOCAL_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef]/g;
  const TWO_YEARS = /(?<![\p{L}\p{N}])(?:سنتين|سنتان|عامين|عامان)(?![\p{L}\p{N}])/u;
  function ageIn(query) {
    // Decomposed, as Bengali's য় may be typed either way; recomposed after.
    const ascii = query.normalize("NFD").replace(LOCAL_DIGITS, (d) => String(d.charCodeAt(0) - [0x0660, 0x06f0, 0x09e6].find((zero) => d.charCodeAt(0) - zero < 10)));
    const dual = TWO_YEARS.exec(ascii);
    if (dual) return { age: 2, rest: tidy(ascii.replace(dual[0], " ")) };
    for (const pattern of AGE_PATTERNS) {
      const m = pattern.exec(ascii);
      if (!m) continue;
      const said = m.slice(1).find((x) => x !== undefined).toLowerCase();
      const age = /^[0-9]+$/.test(said) ? Number(said) : NUMBERS.indexOf(said);
      if (age >= 0 && age <= 25) return { age, rest: tidy(ascii.replace(m[0], " ")) };
    }
    return { age: null, rest: query };
  }
  // The rest of an age query without the small words left around the age, nor the words
  // for a child: "a child of 2" asks for what serves a 2-year-old.
  const AGE_FILLERS = new RegExp("(?<![\\p{L}\\p{M}\\p{N}])(?:" + ["for", "a", "an", "my", "of", "is", "child", "children", "kid", "kids", "son", "daughter",
    "dla", "dziecko", "dziecka", "dzieci", "syn", "córka", "pentru", "un", "o", "de", "copil", "copilul", "copii", "fiul", "fiica",
    "کے", "لیے", "کا", "کی", "بچہ", "بچے", "بچی", "بیٹا", "بیٹی", "ل", "طفل", "طفلي", "طفلة", "ابني", "ابنتي",
    "জন্য", "শিশু", "বাচ্চা", "ছেলে", "মেয়ে"].map((w) => w.normalize("NFD")).join("|") + ")(?![\\p{L}\\p{M}\\p{N}])", "giu");
  const tidy = (text) => text.replace(AGE_FILLERS, " ").replace(/\s+/g, " ").trim().normalize("NFC");

  async function searchForAge(engine, age, rest, options) {
    const filters = options.filters || {};
    const ages = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
    const covering = await engine.search(null, { filters: { ...filters, "age-from": { any: ages(0, age) }, "age-to": { any: ages(age, 25) } } });
    if (!rest) return covering;
    const stated = await engine.search(null, { filters: { ...filters, "age-from": { any: ages(0, 25) } } });
    const found = await searchWholeShortWords(engine, normaliseQuery(rest), options);
    const yes = new Set(covering.results.map((r) => r.id));
    const told = new Set(stated.results.map((r) => r.id));
    const results = [...found.results.filter((r) => yes.has(r.id)), ...found.results.filter((r) => !told.has(r.id))];
    return { ...found, results };
  }

  // Spelling. The build lists the words of each language's pages (src/search/spelling.rs:
  // "word pages" a line), named after the language's index; it is fetched the first time a
  // query word of four letters or more matches no page, which Pagefind says from the
  // index chunks the search has already fetched. Such a word is replaced by the list's
  // nearest word: one edit away (a letter added, missed, changed, or two swapped), two for
  // a word of eight letters or more; of equally near words, the one most pages use.
  const asTyped = new URLSearchParams(location.search).has("as-typed");
  let spelling = null;
  function spellingList() {
    spelling = spelling || (async () => {
      const bundle = root.getAttribute("data-bundle");
      const entry = await (await fetch(bundle + "pagefind-entry.json?ts=" + Date.now())).json();
      // Named after the language's index (src/search/bundle.rs), which Pagefind's entry names.
      const hash = (entry.languages[pageLang.toLowerCase()] || {}).hash;
      if (!hash) return null;
      const response = await fetch(bundle + "spelling/" + hash + ".txt");
      if (!response.ok) return null;
      const words = [];
      for (const line of (await response.text()).split("\n")) {
        if (!line) continue;
        const [word, pages] = line.split(" ");
        words.push({ word, pages: Number(pages || 1), plain: fold(word) });
      }
      return words;
    })().catch(() => null);
    return spelling;
  }

  // `found`: the search of `query` when it was searched alone, as typed.
  async function correction(engine, query, found) {
    const words = query.split(/\s+/).filter(Boolean);
    const needs = (w) => [...w].length >= 4 && !/[0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef"]/.test(w);
    const matchesNothing = await Promise.all(words.map(async (w) => {
      if (!needs(w)) return false;
      const alone = found && words.length === 1 ? found : await engine.search(normaliseQuery(w));
      return alone.results.length === 0;
    }));
    if (!matchesNothing.includes(true)) return null;
    const list = await spellingList();
    if (!list) return null;
    let changed = false;
    const fixed = words.map((w, i) => {
      const plain = fold(w);
      if (!matchesNothing[i]) return w;
      const length = [...plain].length;
      const most = length >= 8 ? 2 : 1;
      let best = null;
      for (const x of list) {
        if (Math.abs([...x.plain].length - length) > most) continue;
        const d = distance(plain, x.plain, most);
        if (d <= most && (!best || d < best.d || (d === best.d && x.pages > best.x.pages))) best = { x, d };
      }
      if (!best) return w;
      changed = true;
      return best.x.word;
    });
    return changed ? fixed.join(" ") : null;
  }

  // Optimal string alignment distance (Levenshtein's, with two letters swapped counting
  // as one edit), given up past `most`.
  function distance(a, b, most) {
    a = [...a];
    b = [...b];
    let before = null;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      let least = i;
      for (let j = 1; j <= b.length; j++) {
        let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
        row.push(d);
        least = Math.min(least, d);
      }
      if (least > most) return most + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // "Showing results for X", and a link to the words as typed, searched without correcting.
  function showCorrection(corrected, query) {
    correctedBox.replaceChildren();
    correctedBox.hidden = !corrected;
    if (!corrected) return;
    const [before, after] = correctedBox.getAttribute("data-text").split("%Q%");
    const word = document.createElement("strong");
    word.textContent = corrected;
    const link = document.createElement("a");
    link.href = location.pathname + "?q=" + encodeURIComponent(query) + "&as-typed";
    link.textContent = correctedBox.getAttribute("data-as-typed").replace("%Q%", query);
    correctedBox.append(before || "", word, (after || "") + " ", link);
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

  // The same light normalisation as the index's (src/search/words.rs, `fold`): letters
  // that look alike in Arabic script made one, its vowel marks dropped; Bengali's khanda ta;
  // Latin accents (only to compare with the spelling list: Pagefind drops them itself).
  const LOOK_ALIKE = pageLang === "ar"
    ? { "ی": "ي", "ى": "ي", "ک": "ك", "ہ": "ه", "ۀ": "ه", "ة": "ه", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا" }
    : { "ي": "ی", "ى": "ی", "ك": "ک", "ه": "ہ", "ۀ": "ہ", "ৎ": "ত" };
  const MARKS = /[\u064b-\u065f\u0670\u0640]/g;
  function fold(word) {
    return word.toLowerCase().replace(MARKS, "").replace(/./gu, (c) => LOOK_ALIKE[c] || c).normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  // A query as the index has its words: in Urdu, Arabic and Bengali, each word folded and
  // a common inflection taken off, as the build did to the pages' words.
  // [ending, what it becomes], the first that fits, leaving two letters at least.
  const SUFFIXES = {
    ur: [["یوں", "ی"], ["یاں", "ی"], ["وں", ""], ["یں", ""]],
    bn: ["গুলোর", "গুলো", "গুলি", "দের", "েরা", "ের", "কে", "তে", "টি", "টা"].map((x) => [x, ""]),
  }[pageLang] || [];
  function normaliseQuery(query) {
    if (!["ur", "ar", "bn"].includes(pageLang)) return query;
    return query.split(/(\s+)/).map((w) => {
      if (/^\s*$/.test(w) || w.includes('"')) return w;
      let out = w.replace(MARKS, "").replace(/./gu, (c) => LOOK_ALIKE[c] || c);
      const suffix = SUFFIXES.find(([x]) => out.endsWith(x) && [...out].length - [...x].length >= 2);
      if (suffix) out = out.slice(0, out.length - suffix[0].length) + suffix[1];
      return out;
    }).join("");
  }

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
