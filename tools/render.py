"""Turn a captured run into the Markdown fragment that a page includes under the code.

The fragment is the same for both languages: words that depend on the reader's
language are placeholders such as ``⟦book:output⟧``, which the ``hooks/snippets.py``
hook replaces in each language's HTML (see ``LABELS``). Everything else (code, output,
figures) is language-neutral.
"""

import html
import re

# Words shown around outputs, per language. A placeholder ⟦book:KEY⟧ in a fragment
# becomes LABELS[language][KEY] on the page.
LABELS = {
    "zh": {
        "output": "输出",
        "ran-with": "运行环境",
        "recorded-on": "录制于",
        "cuda-live": "下面的输出来自在 GPU 上的运行",
        "no-recording": "这段代码需要 NVIDIA GPU（CUDA），这里还没有它在 GPU 上的输出。"
        "在有 NVIDIA GPU 的机器上运行它，就能看到结果。",
        "stale-recording": "下面的输出录制于这段代码修改之前，可能与当前代码不一致。",
        "figure": "图",
    },
    "en": {
        "output": "Output",
        "ran-with": "Ran with",
        "recorded-on": "Recorded on",
        "cuda-live": "The output below comes from a run on a GPU",
        "no-recording": "This code needs an NVIDIA GPU (CUDA), and no output from a GPU is shown here yet. "
        "Run it on a machine with an NVIDIA GPU to see what it prints.",
        "stale-recording": "The output below was recorded before this code last changed and may not match it.",
        "figure": "Figure",
    },
}
PLACEHOLDER = re.compile(r"⟦book:([a-z-]+)⟧")


def placeholder(key: str) -> str:
    assert all(key in words for words in LABELS.values()), key
    return f"⟦book:{key}⟧"


def translate(text: str, language: str) -> str:
    """Replace every placeholder with its words in ``language``; an unknown key is an error."""
    words = LABELS.get(language) or LABELS["en"]

    def replace(match: re.Match) -> str:
        key = match[1]
        if key not in words:
            raise KeyError(f"no words for placeholder {match[0]} in language {language!r}")
        return html.escape(words[key])

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
