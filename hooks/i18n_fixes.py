"""Fixes for a bilingual site built with mkdocs-static-i18n and material.

1. One search index per language.

static-i18n merges the pages of every language into one search index, so a Chinese
query on the Chinese site can return English pages and the reverse. After the last
build of the run (this hook's ``on_post_build`` runs after static-i18n's, which builds
the other languages), split the merged index: Chinese entries stay in
``search/search_index.json``, English ones move to ``en/search/search_index.json``
with locations relative to ``/en/``. English pages are pointed at their own index by
making the ``base`` of material's ``__config`` end in ``en/``.

2. No ``<link rel="alternate" hreflang>`` in the page head. static-i18n points them at
the translated page; material reads them as language *roots* and fetches
``<link>/sitemap.xml`` for each, which 404s on every page view. The language switcher
(which links to the same page in the other language) and ``sitemap.xml`` (which lists
each page's translations with hreflang) keep the same information.
"""

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def _language_prefix(config) -> str | None:
    """``en/`` while building the English pages, None for the default language."""
    language = config.theme.get("language")
    i18n = config.plugins.get("i18n")
    default = getattr(i18n, "default_language", None) if i18n else None
    return None if language in (None, default) else f"{language}/"


def on_post_page(output, page, config):
    head, sep, body = output.partition("</head>")
    output = HEAD_ALTERNATE.sub("", head) + sep + body
    prefix = _language_prefix(config)
    if prefix is None:
        return output

    def rebase(match: re.Match) -> str:
        settings = json.loads(match[2])
        settings["base"] = settings["base"].rstrip("/") + "/" + prefix  # e.g. "../../en/"
        return match[1] + json.dumps(settings, ensure_ascii=False) + match[3]

    return CONFIG.sub(rebase, output, count=1)


@event_priority(-200)  # after static-i18n has built every language and merged the index
def on_post_build(config):
    site = Path(config.site_dir)
    merged_path = site / "search" / "search_index.json"
    if not merged_path.exists():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    i18n = config.plugins.get("i18n")
    languages = [lang.locale for lang in i18n.config.languages if not lang.default] if i18n else []
    default_docs = list(merged["docs"])
    for language in languages:
        prefix = f"{language}/"
        own = [doc for doc in merged["docs"] if doc["location"].startswith(prefix)]
        if not own:
            continue
        default_docs = [doc for doc in default_docs if not doc["location"].startswith(prefix)]
        index = {
            "config": {**merged["config"], "lang": [language]},
            "docs": [{**doc, "location": doc["location"][len(prefix) :]} for doc in own],
        }
        target = site / language / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    merged["docs"] = default_docs
    merged_path.write_text(json.dumps(merged, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
