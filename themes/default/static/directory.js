// The service directory's filters, with JavaScript: the form appears, the list filters
// as the reader chooses, the number of services shown is announced, and the choices
// live in the address (?need=...&age=4), so a filtered list can be shared and Back works.
// Without JavaScript the directory still works: its filter links lead to pre-rendered pages.
(function () {
  "use strict";
  var root = document.querySelector("[data-directory]");
  if (!root) return;
  var form = root.querySelector("form.directory-filter");
  var status = root.querySelector("[data-count]");
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

  function apply(state) {
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var show = matches(items[i], state);
      if (show) shown++;
      if (items[i].li.hidden === show) items[i].li.hidden = !show;
    }
    status.textContent = shown === 0 ? status.getAttribute("data-none") : status.getAttribute("data-shown").replace("%N%", localDigits(String(shown)));
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
    apply(state);
    toAddress(state);
  });
  window.addEventListener("popstate", function () {
    fromAddress();
    apply(chosen());
  });
  fromAddress();
  if (location.search) apply(chosen());
})();
