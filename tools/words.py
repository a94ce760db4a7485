"""Every word the tools add to the book's pages and notebooks, one table per language.

The keys are grouped by where the words appear: around snippet outputs (the
placeholders ``⟦book:KEY⟧`` of tools/render.py), admonition titles in notebooks
(``admonition-KIND``, the same words as static-i18n's ``admonition_translations`` in
mkdocs.yml), the notebook's first cell and setup cell, the notebook buttons of a
chapter, the freshness line and edit button, and the download links of the home page.
"""

WORDS = {
    "zh": {
        # around snippet outputs
        "output": "输出",
        "ran-with": "运行环境",
        "recorded-on": "录制于",
        "cuda-live": "下面的输出来自在 GPU 上的运行",
        "no-recording": "这段代码需要 NVIDIA GPU（CUDA），这里还没有它在 GPU 上的输出。"
        "在有 NVIDIA GPU 的机器上运行它，就能看到结果。",
        "stale-recording": "下面的输出录制于这段代码修改之前，可能与当前代码不一致。",
        "figure": "图",
        # admonition titles in notebooks
        "admonition-note": "说明",
        "admonition-tip": "提示",
        "admonition-warning": "注意",
        "admonition-info": "信息",
        "admonition-success": "答案",
        "admonition-example": "示例",
        # notebooks
        "notebook-generated": "这个笔记本就是本书的网页 [{title}]({url})：文字、代码和输出都与网页相同。"
        "代码在 CPU 上即可运行；带 `cuda` 标签的单元需要 NVIDIA GPU。",
        "notebook-setup": "# Setup: this chapter's code reads data files kept next to it;\n"
        "# download them when they are missing (e.g. on Colab).",
        "notebook-download": "下载 Notebook",
        "notebook-view": "查看 Notebook",
        "notebook-colab": "在 Colab 中打开",
        # freshness line and edit button
        "changed": "本页最后修改于",
        "outputs": "输出来自",
        "edit": "编辑本页",
        # downloads on the home page
        "downloads": "下载：",
        "pdf-zh": "PDF（中文）",
        "pdf-en": "PDF（英文）",
        "offline-zip": "离线版网站（zip，解压后打开 index.html）",
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
        "admonition-note": "Note",
        "admonition-tip": "Tip",
        "admonition-warning": "Warning",
        "admonition-info": "Info",
        "admonition-success": "Solution",
        "admonition-example": "Example",
        "notebook-generated": "This notebook is the page [{title}]({url}) of the book: the same text, code and "
        "outputs. The code runs on a CPU; cells tagged `cuda` need an NVIDIA GPU.",
        "notebook-setup": "# Setup: this chapter's code reads data files kept next to it;\n"
        "# download them when they are missing (e.g. on Colab).",
        "notebook-download": "Download notebook",
        "notebook-view": "View notebook",
        "notebook-colab": "Open in Colab",
        "changed": "Last changed",
        "outputs": "outputs from",
        "edit": "Edit this page",
        "downloads": "Download: ",
        "pdf-zh": "PDF (Chinese)",
        "pdf-en": "PDF (English)",
        "offline-zip": "the site, offline (zip: unpack, open index.html)",
    },
}


def words(language: str | None) -> dict[str, str]:
    """The table of ``language``; English for a language the book is not written in."""
    return WORDS.get(language or "en", WORDS["en"])
