// The service directory's filters, with JavaScript: the form appears, the list filters
// as the reader chooses, the number of services found is announced, and the choices
// live in the address (?need=...&age=4), so a filtered list can be shared and Back works.
// The list shows the first page_size services found (site.yaml; 0 for all), and a button
// shows the next ones: a change of filter then restyles at most two pages of cards, not
// thousands. Without JavaScript the directory still works: every service is listed, and
// its filter links lead to pre-rendered pages.
(function () {
  "use strict";
  var root = document.querySelector("[data-directory]");
  if (!root) return;
  var form = root.querySelector("form.directory-filter");
  var status = root.querySelector("[data-count]");
  // A site's own directory.html without the list's data-page-size or the button shows
  // every service found at once.
  var list = root.querySelector("ul[data-page-size]");
  var more = root.querySelector(".directory-more");
  var moreButton = more && more.querySelector("button[data-more]");
  var pageSize = (list && moreButton && Number(list.getAttribute("data-page-size"))) || Infinity;
  var limit = pageSize; // how many of the services found are shown
  var found = []; // the services the last filter found, in the list's order
  var items = Array.prototype.map.call(root.querySelectorAll("li[data-needs]"), function (li) {
    return {
      li: li,
      needs: li.getAttribute("data-needs").split(" "),
      categories: li.getAttribute("data-categories").split(" "),
      from: Number(li.getAttribute("data-from")),
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

  function matches(item, state) {
    var age = state.age === "" ? NaN : Number(state.age);
    return (!state.need || item.needs.indexOf(state.need) >= 0) &&
      (!state.category || item.categories.indexOf(state.category) >= 0) &&
      (isNaN(age) || (age >= item.from && age <= item.to)) &&
      (!state.cost || item.cost === state.cost) &&
      (!state.referral || item.referral === state.referral || (item.referral === "both" && state.referral !== "both"));
  }

  var digits = status.getAttribute("data-digits") || "0123456789";
  function localDigits(text) {
    return text.replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)) || d; });
  }

  // Shows the first `limit` services that match; only the cards whose state changes are
  // touched, so the cost follows the page size, not the directory's length. The count is
  // announced when `announce` is set: not when the page opens, nor for the next page.
  function apply(state, announce) {
    found = [];
    for (var i = 0; i < items.length; i++) {
      var match = matches(items[i], state);
      var show = match && found.length < limit;
      if (match) found.push(items[i]);
      if (items[i].li.hidden === show) items[i].li.hidden = !show;
    }
    if (announce) status.textContent = found.length === 0 ? status.getAttribute("data-none") : status.getAttribute("data-found").replace("%N%", localDigits(String(found.length)));
    if (!moreButton) return;
    var rest = found.length - Math.min(found.length, limit);
    more.hidden = rest === 0;
    moreButton.textContent = moreButton.getAttribute("data-more").replace("%N%", localDigits(String(rest)));
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
