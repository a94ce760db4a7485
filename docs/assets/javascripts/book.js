// The language switcher keeps the reader's place: headings carry the same ids in
// both languages, so the section anchor of the current URL is valid on the other
// side. Runs in the capture phase, before the theme's own click handling.
document.addEventListener(
  "click",
  (event) => {
    const link = event.target.closest("a[hreflang]");
    if (link && location.hash) {
      link.href = link.href.split("#")[0] + location.hash;
    }
  },
  true,
);
