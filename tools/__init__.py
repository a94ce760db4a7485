"""Build tools for the book: run snippets, capture their output and figures, render math.

One job per module:

- ``layout``   where sources and generated files live
- ``snippet``  what a snippet file is (path, directives, sections)
- ``execute``  run one snippet as ``__main__`` inside the worker process
- ``worker``   the long-lived process that imports torch once and runs snippets
- ``cache``    decide whether a snippet must run again
- ``render``   turn a captured run into the Markdown fragment a page includes
- ``runner``   plan, run, write and report a whole build
- ``katex``    render TeX to HTML at build time with KaTeX (Node.js)
"""
