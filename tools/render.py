"""Turn a captured run into the Markdown fragment that a page includes under the code.

The fragment is the same for both languages: words that depend on the reader's
language are placeholders such as ``⟦book:output⟧``, which the ``hooks/snippets.py``
hook replaces in each language's HTML with the words of tools/words.py. Everything else
(code, output, figures) is language-neutral.
"""

import html
import re

from tools.words import WORDS, words

# A placeholder ⟦book:KEY⟧ in a fragment becomes words(language)[KEY] on the page.
PLACEHOLDER = re.compile(r"⟦book:([a-z-]+)⟧")


def placeholder(key: str) -> str:
    assert all(key in table for table in WORDS.values()), key
    return f"⟦book:{key}⟧"


def translate(text: str, language: str) -> str:
    """Replace every placeholder with its words in ``language``; an unknown key is an error."""
    table = words(language)

    def replace(match: re.Match) -> str:
        key = match[1]
        if key not in table:
            raise KeyError(f"no words for placeholder {match[0]} in language {language!r}")
        return html.escape(table[key])

    return PLACEHOLDER.sub(replace, text)


def fence(text: str, classes: str, title: str) -> str:
    """A fenced block whose fence is longer than any run of backticks inside ``text``."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    body = text if text.endswith("\n") else text + "\n"
    return f'{ticks} {{ {classes} title="{title}" }}\n{body}{ticks}\n'


def stamp_text(env: dict) -> str:
    """Where an output came from, e.g. ``torch 2.13.0+cpu · CPU x86_64``."""
    if env.get("gpu"):
        parts = [f"torch {env['torch']}", f"CUDA {env.get('cuda_version') or '?'}", env["gpu"]]
    else:
        parts = [f"torch {env['torch']}", f"CPU {env.get('machine', '')}".strip()]
    if env.get("date"):
        parts.append(env["date"])
    return " · ".join(parts)


def fragment(
    label: str,
    stdout: str,
    figure_urls: list[tuple[str, str]],
    env: dict,
    *,
    recorded: bool = False,
    notice: str | None = None,
) -> str:
    """Markdown for what a snippet printed and drew, with its stamp.

    ``figure_urls`` pairs each figure's URL (absolute from the docs root) with its
    text alternative. ``notice`` is a placeholder key for an admonition above the output.
    """
    parts = ['<div class="snippet-result" markdown>\n']
    if notice:
        kind = "info" if notice == "cuda-live" else "warning"
        parts.append(f'!!! {kind} ""\n    {placeholder(notice)}\n')
    if stdout:
        parts.append(fence(stdout, ".text .snippet-output .no-copy", placeholder("output")))
    for number, (url, alt) in enumerate(figure_urls, 1):
        # Alt text is plain words: no math delimiters, no brackets that end the link.
        text = re.sub(r"[$\\]", "", alt).replace("[", "(").replace("]", ")").strip()
        text = text or f"{placeholder('figure')} {number}"
        parts.append(f"![{text}]({url}){{ .snippet-figure }}\n")
    if env:
        how = placeholder("recorded-on") if recorded else placeholder("ran-with")
        parts.append(
            f'<p class="snippet-stamp"><code>{html.escape(label)}</code> · {how} {html.escape(stamp_text(env))}</p>\n'
        )
    parts.append("</div>\n")
    return "\n".join(parts)
