// "My list": services a family keeps on the phone, with no account. The list is the
// services' ids in localStorage; "Add to my list" is on each service's page and on each
// card of the directory; the header's "My list" link counts them. The My list page shows
// them from a small file of every service's card in its language
// (my-list/services.json.gz), and shares them: a link with the ids after # (so no server
// sees them), a text message (sms:), an email (mailto:), the phone's own share sheet where
// the browser has one, and a one-page print. Without JavaScript nothing here is shown, and
// each service's page has its own text and email links.
(function () {
  "use strict";
  var link = document.querySelector("[data-my-list]");
  if (!link) return;
  var base = link.getAttribute("data-base");
  var KEY = "localoffer " + base + " list";
  var digits = link.getAttribute("data-digits") || "0123456789";
  var local = function (n) { return String(n).replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)) || d; }); };
  var text = function (el, name, values) {
    var t = el.getAttribute("data-" + name) || "";
    Object.keys(values || {}).forEach(function (k) { t = t.split("%" + k + "%").join(values[k]); });
    return t;
  };
  var status = document.querySelector("[data-my-list-status]");

  function read() {
    try {
      var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return typeof id === "string"; }) : [];
    } catch (e) { return []; }
  }
  function write(ids) {
    try { localStorage.setItem(KEY, JSON.stringify(ids)); } catch (e) { /* full or refused: the list stays as it was */ }
    count();
  }
  function count() {
    var n = read().length;
    link.textContent = n ? text(link, "list-count", { count: local(n) }) : text(link, "list-label");
  }
  link.hidden = false;
  count();

  // A button that adds the service `id` (called `name`, in the language `nameLang` when it
  // is not the page's) to the list, or takes it off.
  function toggle(id, name, nameLang) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "list-toggle";
    var label = document.createElement("span");
    var hidden = document.createElement("span");
    hidden.className = "visually-hidden";
    hidden.textContent = ": " + name;
    if (nameLang) hidden.lang = nameLang;
    button.append(label, hidden);
    var show = function () {
      var on = read().indexOf(id) >= 0;
      label.textContent = text(link, on ? "list-remove" : "list-add");
      button.classList.toggle("is-on", on);
    };
    button.addEventListener("click", function () {
      var ids = read();
      var at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1); else ids.push(id);
      write(ids);
      show();
      if (status) status.textContent = text(link, at >= 0 ? "list-removed" : "list-added", { name: name });
    });
    show();
    return button;
  }

  document.querySelectorAll("[data-list-service]").forEach(function (el) {
    el.append(toggle(el.getAttribute("data-list-service"), el.getAttribute("data-title"), el.getAttribute("data-title-lang")));
    el.hidden = false;
  });
  // On a card, right after its name: the directory draws a card only when it is scrolled
  // to, as if it were a few lines tall, so its control stays near the top.
  document.querySelectorAll("li[data-service]").forEach(function (li) {
    var a = li.querySelector("a");
    var p = document.createElement("p");
    p.className = "list-add";
    var named = a && a.querySelector("[lang]");
    var name = named || a;
    p.append(toggle(li.getAttribute("data-service"), name ? name.textContent.replace(/\s+/g, " ").trim() : "", named && named.getAttribute("lang")));
    if (a) a.after(p); else li.append(p);
  });

  var page = document.querySelector("[data-my-list-page]");
  if (page) showPage(page);

  function showPage(page) {
    var lang = page.getAttribute("data-lang");
    var items = page.querySelector("[data-list-items]");
    var empty = page.querySelector("[data-list-empty]");
    var shared = page.querySelector("[data-list-shared]");
    var share = page.querySelector("[data-list-share]");
    var m = /^#services=(.*)$/.exec(location.hash);
    var sharedIds = m ? m[1].split(",").map(function (s) { try { return decodeURIComponent(s); } catch (e) { return ""; } }).filter(Boolean) : null;

    cards(page.getAttribute("data-cards")).then(function (all) {
      var byId = {};
      all.forEach(function (c) { byId[c.id] = c; });
      var render = function () {
        var ids = (sharedIds || read()).filter(function (id) { return byId[id]; });
        items.replaceChildren.apply(items, ids.map(function (id) { return item(byId[id]); }));
        items.hidden = ids.length === 0;
        empty.hidden = ids.length > 0;
        share.hidden = ids.length === 0;
        if (ids.length) shareLinks(ids.map(function (id) { return byId[id]; }), ids);
      };
      if (sharedIds) {
        shared.hidden = false;
        shared.querySelector("button").addEventListener("click", function () {
          var mine = read();
          sharedIds.forEach(function (id) { if (mine.indexOf(id) < 0 && byId[id]) mine.push(id); });
          write(mine);
          sharedIds = null;
          history.replaceState(null, "", location.pathname);
          shared.hidden = true;
          status.textContent = text(page, "kept");
          render();
        });
      }
      render();
    });

    function item(c) {
      var li = document.createElement("li");
      li.className = "my-list-item";
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = c.url;
      a.textContent = c.title;
      if (c.lang) { a.lang = c.lang; a.dir = c.dir; }
      h.append(a);
      li.append(h);
      if (c.description) {
        var p = document.createElement("p");
        p.textContent = c.description;
        if (c.lang) { p.lang = c.lang; p.dir = c.dir; }
        li.append(p);
      }
      var dl = document.createElement("dl");
      var fact = function (key, value, href, factsLang) {
        if (!value) return;
        var dt = document.createElement("dt");
        dt.textContent = text(page, key);
        var dd = document.createElement("dd");
        var inner = dd;
        if (href) { inner = document.createElement("a"); inner.href = href; dd.append(inner); }
        inner.textContent = value;
        if (factsLang) { dd.lang = c.facts_lang; dd.dir = c.facts_dir; }
        if (key === "phone" || key === "email" || key === "website") dd.dir = "ltr";
        dl.append(dt, dd);
      };
      fact("phone", c.phone, c.tel);
      fact("email", c.email, c.email ? "mailto:" + c.email : null);
      fact("address", c.address, null, Boolean(c.facts_lang));
      fact("hours", c.hours, null, Boolean(c.facts_lang));
      li.append(dl);
      var remove = document.createElement("p");
      remove.className = "list-add";
      remove.append(toggle(c.id, c.title, c.lang));
      li.append(remove);
      return li;
    }

    function shareLinks(services, ids) {
      var url = location.origin + page.getAttribute("data-url") + "#services=" + ids.map(encodeURIComponent).join(",");
      var title = text(page, "message");
      var lines = [title, ""];
      services.forEach(function (c) {
        lines.push(c.title);
        if (c.phone) lines.push(c.phone);
        lines.push(location.origin + c.url, "");
      });
      lines.push(text(page, "whole-list"), url);
      var body = lines.join("\n");
      // "sms:?&body=": Android reads ?body=, iOS &body=; each ignores the other.
      share.querySelector("[data-share-sms]").href = "sms:?&body=" + encodeURIComponent(body);
      share.querySelector("[data-share-email]").href = "mailto:?subject=" + encodeURIComponent(title) + "&body=" + encodeURIComponent(body);
      share.querySelector("[data-share-link]").value = url;
      var native = share.querySelector("[data-share-native]");
      native.hidden = typeof navigator.share !== "function";
      native.onclick = function () { navigator.share({ title: title, text: body, url: url }).catch(function () {}); };
    }

    page.querySelector("[data-print]").addEventListener("click", function () { window.print(); });
    page.querySelector("[data-copy]").addEventListener("click", function () {
      var input = page.querySelector("[data-share-link]");
      var done = function () { status.textContent = text(page, "copied"); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
      else { input.select(); }
    });
  }

  // Every service's card in the page's language: gzipped JSON, unpacked here (a host that
  // sends it already unpacked is read as it is).
  function cards(url) {
    return fetch(url).then(function (r) { return r.arrayBuffer(); }).then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || typeof DecompressionStream !== "function") return new Response(buffer).json();
      return new Response(new Blob([buffer]).stream().pipeThrough(new DecompressionStream("gzip"))).json();
    });
  }
})();
