// "Listen": reads the page's main text aloud with the device's own voices (the Web Speech
// API's speechSynthesis), in the language the text is written in. No audio file and no
// download. The control is shown only when the device has a voice for that language (the
// list of voices may come a moment after the page: `voiceschanged`), and it reads the
// article only: headings, paragraphs, lists and tables, not the navigation, the contents
// list or the controls. Pause, Resume and Stop are buttons, and each change is announced.
(function () {
  "use strict";
  var box = document.querySelector("[data-listen]");
  var synth = window.speechSynthesis;
  if (!box || !synth || typeof window.SpeechSynthesisUtterance !== "function") return;
  var lang = (box.getAttribute("data-lang") || document.documentElement.lang).toLowerCase();
  var play = box.querySelector("[data-listen-play]");
  var pause = box.querySelector("[data-listen-pause]");
  var stop = box.querySelector("[data-listen-stop]");
  var status = box.querySelector("[data-listen-status]");
  var voice = null;
  var queue = [];
  var reading = false;

  function voiceFor() {
    var voices = synth.getVoices() || [];
    var same = function (v) { var l = String(v.lang || "").toLowerCase().replace("_", "-"); return l === lang || l.indexOf(lang + "-") === 0; };
    return voices.filter(same)[0] || null;
  }

  function offer() {
    voice = voiceFor();
    box.hidden = !voice;
    if (!voice && reading) end("stopped");
  }
  offer();
  if (typeof synth.addEventListener === "function") synth.addEventListener("voiceschanged", offer);

  function say(name) { status.textContent = status.getAttribute("data-" + name) || ""; }

  function show(state) {
    play.hidden = state !== "idle";
    pause.hidden = state === "idle";
    stop.hidden = state === "idle";
    pause.textContent = pause.getAttribute(state === "paused" ? "data-resume" : "data-pause");
  }

  // The article's text, a block at a time (an utterance each: long ones are cut short by
  // some voices), without what is not text to read.
  function blocks() {
    var article = document.querySelector("main article") || document.querySelector("main");
    var skip = "nav, .listen, .offline-save, button, [hidden], [aria-hidden=true], script, style, noscript, .toc";
    var found = [];
    article.querySelectorAll("h1, h2, h3, h4, p, li, dt, dd, th, td, caption, blockquote").forEach(function (el) {
      if (el.closest(skip)) return;
      // A list item inside another block is read with it, once.
      if (el.parentElement && el.parentElement.closest("li, p, td, th, dd, blockquote") && el.parentElement.closest("article") === article) return;
      var text = el.textContent.replace(/\s+/g, " ").trim();
      if (text) found.push({ text: text, lang: (el.closest("[lang]") || document.documentElement).getAttribute("lang") });
    });
    return found;
  }

  function next() {
    var block = queue.shift();
    if (!block) { end("finished"); return; }
    var u = new SpeechSynthesisUtterance(block.text);
    u.lang = lang;
    u.voice = voice;
    u.onend = function () { if (reading) next(); };
    u.onerror = function () { if (reading) next(); };
    synth.speak(u);
  }

  function end(why) {
    reading = false;
    queue = [];
    synth.cancel();
    show("idle");
    say(why);
  }

  play.addEventListener("click", function () {
    synth.cancel();
    queue = blocks();
    reading = true;
    show("reading");
    say("reading");
    next();
    pause.focus();
  });
  pause.addEventListener("click", function () {
    if (synth.paused) { synth.resume(); show("reading"); say("resumed"); }
    else { synth.pause(); show("paused"); say("paused"); }
  });
  stop.addEventListener("click", function () { end("stopped"); play.focus(); });
  window.addEventListener("pagehide", function () { if (reading) synth.cancel(); });
})();
