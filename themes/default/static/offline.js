// "Save for offline", on the home page and each section, and the offline page's list of
// what is saved. Without JavaScript (or without service workers) the control stays hidden:
// every page works online as before. Nothing is stored until the reader presses Save: only
// then is the site's worker (sw.js) registered, and it saves the language's pack (the
// files offline/<lang>.json lists, whose size the button gives).
(function () {
  "use strict";
  var box = document.querySelector("[data-offline]");
  var list = document.querySelector("[data-offline-list]");
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  var digits = (box || list || document.body).getAttribute("data-digits") || "0123456789";
  var local = function (n) { return String(n).replace(/[0-9]/g, function (d) { return digits.charAt(Number(d)) || d; }); };

  function savedList(base, lang) {
    return caches.match(base + "offline/" + lang + ".json").then(function (r) { return r ? r.json() : null; });
  }

  if (box) {
    var base = box.getAttribute("data-base");
    var lang = box.getAttribute("data-lang");
    var saveButton = box.querySelector("[data-offline-save]");
    var removeButton = box.querySelector("[data-offline-remove]");
    var status = box.querySelector("[data-offline-status]");
    var say = function (name, values) {
      var text = status.getAttribute("data-" + name) || "";
      Object.keys(values || {}).forEach(function (k) { text = text.replace("%" + k + "%", local(values[k])); });
      status.textContent = text;
    };
    var showSaved = function (saved) {
      saveButton.hidden = saved;
      removeButton.hidden = !saved;
      box.classList.toggle("is-saved", saved);
    };
    box.hidden = false;
    savedList(base, lang).then(function (m) { showSaved(Boolean(m)); if (m) say("already"); });

    // Asks the worker, once it runs, to do `action` for this language; `progress` gets its
    // messages until the last.
    var ask = function (action, progress) {
      return navigator.serviceWorker.register(base + "sw.js", { scope: base })
        .then(function () { return navigator.serviceWorker.ready; })
        .then(function (registration) {
          return new Promise(function (resolve, reject) {
            var channel = new MessageChannel();
            channel.port1.onmessage = function (event) {
              var m = event.data || {};
              if (m.error) reject(new Error(m.error));
              else if (m.saved || m.removed) resolve(m);
              else progress(m);
            };
            registration.active.postMessage({ action: action, lang: lang }, [channel.port2]);
          });
        });
    };

    saveButton.addEventListener("click", function () {
      saveButton.disabled = true;
      say("starting");
      ask("save", function (m) { say("saving", { done: m.done, total: m.total }); })
        .then(function () { showSaved(true); say("saved"); removeButton.focus(); })
        .catch(function () { say("failed"); })
        .then(function () { saveButton.disabled = false; });
    });
    removeButton.addEventListener("click", function () {
      removeButton.disabled = true;
      ask("remove", function () {})
        .then(function () { showSaved(false); say("removed"); saveButton.focus(); })
        .catch(function () { say("failed"); })
        .then(function () { removeButton.disabled = false; });
    });
  }

  // The offline page: the saved pages of its language, then the pages read since.
  if (list) {
    var listBase = list.getAttribute("data-base");
    var listLang = list.getAttribute("data-lang");
    var savedBox = list.querySelector("[data-offline-saved]");
    var visitedBox = list.querySelector("[data-offline-visited]");
    var none = list.querySelector("[data-offline-none]");
    var item = function (url, title) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = url;
      a.textContent = title || url;
      li.append(a);
      return li;
    };
    savedList(listBase, listLang).then(function (manifest) {
      var shown = new Set();
      if (manifest) {
        savedBox.querySelector("ul").append.apply(savedBox.querySelector("ul"), manifest.pages.map(function (p) { shown.add(p.url); return item(p.url, p.title); }));
        savedBox.hidden = false;
      }
      return caches.keys().then(function (names) {
        var visited = names.filter(function (n) { return n.indexOf("localoffer " + listBase + " ") === 0 && /visited$/.test(n); });
        return Promise.all(visited.map(function (n) { return caches.open(n); })).then(function (opened) {
          return Promise.all(opened.map(function (cache) {
            return cache.keys().then(function (requests) {
              return Promise.all(requests.map(function (request) {
                var path = new URL(request.url).pathname;
                if (shown.has(path) || path.indexOf(listBase + listLang + "/") !== 0) return null;
                shown.add(path);
                return cache.match(request).then(function (r) { return r.text(); }).then(function (html) {
                  var title = new DOMParser().parseFromString(html, "text/html").title;
                  return item(path, title);
                });
              }));
            });
          }));
        });
      }).then(function (groups) {
        var items = [].concat.apply([], groups).filter(Boolean);
        if (items.length) {
          visitedBox.querySelector("ul").append.apply(visitedBox.querySelector("ul"), items);
          visitedBox.hidden = false;
        }
        none.hidden = Boolean(manifest) || items.length > 0;
      });
    });
  }
})();
