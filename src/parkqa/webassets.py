"""The web page's style sheet and its small client script.

Why a script at all: Gradio draws the chat, but some things only the browser can do — copy an
answer as plain text, tell screen readers the answer instead of its markup, remember which
citation marker was clicked, scroll the whole report to the cited sentence inside its own box,
and switch Gradio's own widgets to the page language. The script is a few delegated listeners;
it holds no state the server needs (the server reads the language from a cookie it sets).
"""

from __future__ import annotations

import json

from parkqa.messages import DEFAULT, GRADIO_LOCALES, LANG_COOKIE, LANGUAGES, TZ_COOKIE

CSS = """
.store-banner { background: #fff4e5; border: 1px solid #f0a020; border-radius: 8px; padding: 8px; }
#lang-switch { max-width: 220px; margin-left: auto; }
#evidence .cite { border: 1px solid #ddd; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
#evidence .cite.selected { border: 2px solid #1d4ed8; }
#evidence .para { line-height: 1.7; }
#evidence mark.quote, #chat mark.quote { background: #fff3bf; }
#evidence .ocr { color: #8a4b00; font-size: 0.85em; margin-left: 0.5em; }
#evidence strong.value, #chat strong.value { background: #ffd43b; padding: 0 2px; }
#evidence .meta { color: #555; font-size: 0.9em; }
#report-view { max-height: 420px; overflow-y: auto !important; line-height: 1.7;
  position: relative; }
#report-view .report-head { position: sticky; top: 0; background: #ffffff; padding: 4px 0;
  border-bottom: 1px solid #ddd; z-index: 1; }
#report-view .report-body { white-space: pre-wrap; }
#report-view mark { background: #fff3bf; }
#report-view strong.value { background: #ffd43b; padding: 0 2px; }
#report-view a.original, #chat a.cite-ref, #chat a.copy-answer { color: #1d4ed8; }
.answer-value { font-size: 1.25em; font-weight: 700; }
.answer-tools { font-size: 0.9em; margin-top: 4px; }
.pending { color: #555; font-style: italic; }
#chat a.copy-answer.copied::after { content: " ✓"; }
#chat [data-testid="bot"][aria-current="true"] { outline: 3px solid #1d4ed8; outline-offset: 2px; }
#report-preview .preview-text { white-space: pre-wrap; max-height: 360px; overflow-y: auto; }
table.upload-status td, table.upload-status th { padding: 2px 10px 2px 0; text-align: left; }

/* The cited sentence under its answer: on a phone only (on a wide screen the evidence panel
   stands beside the chat). */
#chat details.inline-evidence { display: none; }
@media (max-width: 768px) {
  #chat details.inline-evidence { display: block; margin-top: 6px; font-size: 0.95em; }
}

/* Gradio's primary orange with white text is 2.8:1; these are ≥ 5:1 (WCAG AA needs 4.5:1). */
#ask, #index-uploads { background: #c2410c; border-color: #c2410c; color: #ffffff; }
#delete, #confirm-delete { background: #b91c1c; border-color: #b91c1c; color: #ffffff; }
"""

_CLIENT = """
(...inputs) => {
  const P = (window.parkqa = window.parkqa || {});
  const LANGS = __LANGS__, LOCALES = __LOCALES__, DEFAULT = __DEFAULT__;
  const LANG_COOKIE = __LANG_COOKIE__, TZ_COOKIE = __TZ_COOKIE__;
  const setCookie = (k, v) => {
    document.cookie = k + "=" + encodeURIComponent(v) + "; path=/; max-age=31536000; samesite=lax";
  };
  const getCookie = (k) => {
    const m = document.cookie.match(new RegExp("(?:^|; )" + k + "=([^;]*)"));
    return m ? decodeURIComponent(m[1]) : null;
  };
  P.pick = () => {
    const chosen = getCookie(LANG_COOKIE);
    if (LANGS.includes(chosen)) return chosen;
    for (const tag of navigator.languages || [navigator.language]) {
      const base = (tag || "").toLowerCase().split("-")[0];
      if (LANGS.includes(base)) return base;
    }
    return DEFAULT;
  };
  P.setLocale = async (lang) => {
    setCookie(LANG_COOKIE, lang);
    const locale = LOCALES[lang][0];
    document.documentElement.lang = locale;
    // Gradio's own widgets (upload box, table search, chat buttons) follow Gradio's locale.
    try {
      const core = performance.getEntriesByType("resource").map((e) => e.name)
        .find((n) => /\\/assets\\/core-[^/]+\\.js(\\?|$)/.test(n));
      if (core) (await import(core)).changeLocale(locale);
    } catch (e) { console.warn("parkqa: could not switch Gradio's language", e); }
    document.documentElement.lang = locale;
  };
  // The selected answer is marked with an attribute Gradio does not manage (it rewrites the
  // message's class whenever the chat changes).
  P.mark = (i) => {
    P.selected = i;
    document.querySelectorAll('#chat [data-testid="bot"]').forEach((b, k) => {
      if (k === i) b.setAttribute("aria-current", "true"); else b.removeAttribute("aria-current");
    });
  };
  P.showCite = () => {
    const n = P.cite == null ? 1 : P.cite;
    P.cite = null;
    document.querySelectorAll("#evidence .cite.selected")
      .forEach((c) => c.classList.remove("selected"));
    const el = document.querySelector("#evidence #cite-" + n);
    if (!el) return;
    if (el.classList.contains("cite")) el.classList.add("selected");
    el.scrollIntoView({ block: "nearest" });
  };
  // The cited sentence to the middle of the report's own scrolling box (not the page); again
  // once the accordion has finished opening.
  P.scrollReport = () => {
    const go = () => {
      const mark = document.getElementById("cited");
      if (!mark) return;
      let box = mark.parentElement;
      while (box && !(box.scrollHeight > box.clientHeight + 1 &&
                      /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
        box = box.parentElement;
      }
      if (!box || box === document.body || box === document.documentElement) return;
      const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += top - box.clientHeight / 2;
    };
    go();
    setTimeout(go, 150);
    setTimeout(go, 500);
  };
  const answerText = (bot) => {
    const text = bot.querySelector(".answer-text");
    return text ? text.innerText.trim() : bot.innerText.trim();
  };
  // Screen readers: Gradio labels a message with its raw content (our markup); say the answer.
  const relabel = () => {
    document.querySelectorAll('#chat [data-testid="bot"]').forEach((bot) => {
      if (!bot.querySelector(".answer-text")) return;
      const label = answerText(bot);
      if (bot.getAttribute("aria-label") !== label) bot.setAttribute("aria-label", label);
    });
    document.querySelectorAll('#chat [data-testid="user"]').forEach((msg) => {
      const label = msg.innerText.trim();
      if (label && msg.getAttribute("aria-label") !== label) msg.setAttribute("aria-label", label);
    });
  };
  if (!P.listening) {
    P.listening = true;
    try { setCookie(TZ_COOKIE, Intl.DateTimeFormat().resolvedOptions().timeZone); } catch (e) {}
    new MutationObserver(relabel).observe(document.body, {
      subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label"],
    });
    document.addEventListener("click", (ev) => {
      const target = ev.target instanceof Element ? ev.target : null;
      if (!target) return;
      const ref = target.closest("#chat a.cite-ref");
      if (ref) {
        ev.preventDefault();  // the message's own click selects the answer
        const m = /cite-(\\d+)/.exec(ref.className);
        P.cite = m ? Number(m[1]) : 1;
      }
      const copy = target.closest("#chat a.copy-answer");
      if (copy) {
        ev.preventDefault();
        ev.stopPropagation();  // copying does not select
        const bot = copy.closest('[data-testid="bot"]');
        const text = bot ? answerText(bot) : "";
        const done = () => {
          copy.classList.add("copied");
          setTimeout(() => copy.classList.remove("copied"), 1500);
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(text).then(done);
        } else {  // plain http on a LAN: the old way
          const area = document.createElement("textarea");
          area.value = text; document.body.appendChild(area); area.select();
          document.execCommand("copy"); area.remove(); done();
        }
      }
    }, true);
  }
  const lang = P.pick();
  // Gradio chose its locale from navigator.language alone: agree with the page language.
  if (getCookie(LANG_COOKIE) !== lang || !document.documentElement.lang.startsWith(lang)) {
    P.setLocale(lang);
  }
  relabel();
  return [lang, ...inputs.slice(1)];
}
"""


def client_script() -> str:
    """The client script, with the registry's languages filled in (one home for them)."""
    fills = {
        "__LANGS__": json.dumps(list(LANGUAGES)),
        "__LOCALES__": json.dumps({k: list(v) for k, v in GRADIO_LOCALES.items()}),
        "__DEFAULT__": json.dumps(DEFAULT),
        "__LANG_COOKIE__": json.dumps(LANG_COOKIE),
        "__TZ_COOKIE__": json.dumps(TZ_COOKIE),
    }
    script = _CLIENT
    for key, value in fills.items():
        script = script.replace(key, value)
    return script
