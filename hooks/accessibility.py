"""Accessibility fixes for the theme's markup.

- The search overlay is a ``role="dialog"`` without an accessible name: give it one,
  in the page's language (the label of the search field).
"""

import re

SEARCH_DIALOG = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
SEARCH_LABEL = re.compile(r'<input type="text" class="md-search__input"[^>]*aria-label="([^"]+)"')


def on_post_page(output, page, config):
    label = SEARCH_LABEL.search(output)
    name = label[1] if label else "Search"
    return SEARCH_DIALOG.sub(lambda m: f'{m[1]} aria-label="{name}">', output, count=1)
