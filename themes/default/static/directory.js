// The service directory's filters, with JavaScript: the form appears in place of the links
// to pre-rendered pages, the list filters as the reader chooses, the number of services
// found is announced, and the choices live in the address (?need=...&age=4), so a filtered
// list can be shared and Back works. A service that does not state the fact a filter asks
// about (its areas of need, type of service, ages, cost or how to get help) is not hidden
// by it, nor shown as if it matched: it is listed apart, under "Area of need not stated",
// "Type of service not stated", "Ages not stated", "Cost not stated" or "How to get help
// not stated".
// The list shows the first page_size services found (site.yaml; 0 for all), and a button
// shows the next ones: a change of filter then restyles at most two pages of cards, not
// thousands. Without JavaScript the directory still works: every service is listed, and
// its filter links lead to pre-rendered pages.
(function () {
  "use strict";
  var root = document.querySelector("[data-directory]");
  if (!root) return;
  var form = root.querySelector("form.directory-filter");
  var facets = root.querySelector(".directory-facets");
  var status = root.querySelector("[data-count]");
  // A site's own directory.html without the list's data-page-size or the button shows
  // every service found at once.
  var list = root.querySelector("ul[data-page-size]");
  var more = root.querySelector(".directory-more");
  var moreButton = more && more.querySelector("button[data-more]");
  var pageSize = (list && moreButton && Number(list.getAttribute("data-page-size"))) || Infinity;
  var limit = pageSize; // how many of the services found are shown
  var found = []; // the services the last filter found, in the order they are shown
  // The lists a service is shown in: the directory's, then those of the services that do
  // not state a fact. Without them, every service found is in the one list.
  // A service that lacks several facts goes under the first of UNSTATED: first what the
  // service is for (its areas of need, then its type, as the directory is arranged by
  // need), then whether it suits (ages, cost, how to get help). The groups are shown in
  // the order of GROUPS: after the others, those that name no type of service, and last
  // those that name no area of need, as the least likely to be what the reader looks for
  // (a service that names no type still names the need chosen, if one is).
  var UNSTATED = ["needs", "categories", "ages", "cost", "referral"];
  var GROUPS = ["main", "ages", "cost", "referral", "categories", "needs"];
  var lists = {};
  if (list) {
    lists.main = list;
    UNSTATED.forEach(function (g) { lists[g] = root.querySelector("ul[data-unstated=" + g + "]"); });
  }
  var order = new Map(); // each card -> its place in the directory's order
  var items = Array.prototype.map.call(root.querySelectorAll("li[data-needs]"), function (li, i) {
    order.set(li, i);
    var from = li.getAttribute("data-from");
    return {
      li: li,
      index: i,
      // A filter page lists the services that do not state its fact apart, in their own
      // list (those with no ages on an age band's page, and so on).
      home: li.parentNode.getAttribute("data-unstated") || "main",
      needs: li.getAttribute("data-needs").split(" ").filter(Boolean),
      categories: li.getAttribute("data-categories").split(" ").filter(Boolean),
      from: from === "" ? null : Number(from),
      to: Number(li.getAttribute("data-to")),
      cost: li.getAttribute("data-cost"),
      referral: li.getAttribute("data-referral")
    };
  });
  var fields = ["need", "age", "category", "cost", "referral"];

  function chosen() {
    var state = {};
    fields.forEach(function (name) { state[name] = form.elements[name].value.trim(); });
    return state;
  }

  // Where a service is shown for the choices in `state`: "main" when it matches them,
  // the first fact it does not state (as UNSTATED: "needs", "categories", ...) when it
  // matches all the rest, null when it does not match. A service the page lists apart
  // stays there.
  function group(item, state) {
    var age = state.age === "" ? NaN : Number(state.age);
    var unstated = {
      needs: state.need !== "" && item.needs.length === 0,
      categories: state.category !== "" && item.categories.length === 0,
      ages: !isNaN(age) && item.from === null,
      cost: state.cost !== "" && item.cost === "",
      referral: state.referral !== "" && item.referral === ""
    };
    var match = (!state.need || unstated.needs || item.needs.indexOf(state.need) >= 0) &&
      (!state.category || unstated.categories || item.categories.indexOf(state.category) >= 0) &&
      (isNaN(age) || unstated.ages || (age >= item.from && age <= item.to)) &&
      (!state.cost || unstated.cost || item.cost === state.cost) &&
      (!state.referral || unstated.referral || item.referral === state.referral || (item.referral === "both" && state.referral !== "both"));
    if (!match) return null;
    if (item.home !== "main") return item.home;
    for (var i = 0; i < UNSTATED.length; i++) if (unstated[UNSTATED[i]] && lists[UNSTATED[i]]) return UNSTATED[i];
    return "main";
  }

  // Puts the shown services of a group in its list, in the directory's order. Each list
  // keeps that order, so one walk along it finds where each goes.
  function place(ul, members) {
    var node = ul.firstElementChild;
    members.forEach(function (item) {
      if (!item.show) return;
      while (node && order.get(node) < item.index) node = node.nextElementSibling;
      if (node === item.li) node = node.nextElementSibling;
      else ul.insertBefore(item.li, node);
    });
  }

  var digits = status.getAttribute("data-digits") || "0123456789";
  function localDigits(n) {
    return String(n).replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)) || d; });
  }

  // Shows the first `limit` services found; only the cards whose state changes are
  // touched, so the cost follows the page size, not the directory's length. The count is
  // announced when `announce` is set: not when the page opens, nor for the next page.
  function apply(state, announce) {
    var groups = {};
    GROUPS.forEach(function (g) { groups[g] = []; });
    var i;
    for (i = 0; i < items.length; i++) {
      items[i].group = group(items[i], state);
      items[i].show = false;
      if (items[i].group) groups[items[i].group].push(items[i]);
    }
    found = [].concat.apply([], GROUPS.map(function (g) { return groups[g]; }));
    for (i = 0; i < found.length && i < limit; i++) found[i].show = true;
    var moved = false;
    for (i = 0; i < items.length; i++) {
      var item = items[i];
      if (item.li.hidden === item.show) item.li.hidden = !item.show;
      if (item.show && lists.main && item.li.parentNode !== lists[item.group]) moved = true;
    }
    if (moved) GROUPS.forEach(function (g) { if (lists[g]) place(lists[g], groups[g]); });
    UNSTATED.forEach(function (g) {
      var section = lists[g] && lists[g].closest(".directory-unstated");
      if (section) section.hidden = !(groups[g].length && groups[g][0].show);
    });
    var unstated = found.length - groups.main.length;
    if (announce) {
      status.textContent = found.length === 0 ? status.getAttribute("data-none") : unstated === 0 ?
        status.getAttribute("data-found").replace("%N%", localDigits(found.length)) :
        status.getAttribute("data-found-unstated").replace("%N%", localDigits(groups.main.length)).replace("%U%", localDigits(unstated));
    }
    if (!moreButton) return;
    var rest = found.length - Math.min(found.length, limit);
    more.hidden = rest === 0;
    moreButton.textContent = moreButton.getAttribute("data-more").replace("%N%", localDigits(rest));
  }

  // A new choice starts again from the first page.
  function filter(state, announce) {
    limit = pageSize;
    apply(state, announce);
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    fields.forEach(function (name) { form.elements[name].value = params.get(name) || ""; });
  }

  function toAddress(state) {
    var params = new URLSearchParams();
    fields.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var query = params.toString();
    var url = location.pathname + (query ? "?" + query : "");
    if (url !== location.pathname + location.search) history.pushState(state, "", url);
  }

  form.hidden = false;
  // The form does what the links to pre-rendered pages do, and more.
  if (facets) facets.hidden = true;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", function () {
    var state = chosen();
    filter(state, true);
    toAddress(state);
  });
  // The next page: keyboard and screen reader users land on its first service.
  if (moreButton) moreButton.addEventListener("click", function () {
    var first = found[limit];
    limit += pageSize;
    apply(chosen(), false);
    if (first) first.li.querySelector("a").focus();
  });
  window.addEventListener("popstate", function () {
    fromAddress();
    filter(chosen(), true);
  });
  fromAddress();
  filter(chosen(), location.search !== "");
})();
