// Render TeX with KaTeX for the build: one JSON request per line on stdin,
// {"tex": "...", "display": true|false}; one JSON answer per line on stdout,
// {"html": "..."} or {"error": "..."}. Started once by tools/katex.py and kept running.
"use strict";
const katex = require("katex");
const readline = require("readline");

const lines = readline.createInterface({ input: process.stdin, terminal: false });
lines.on("line", (line) => {
  let answer;
  try {
    const { tex, display } = JSON.parse(line);
    answer = {
      html: katex.renderToString(tex, {
        displayMode: Boolean(display),
        output: "htmlAndMathml",
        throwOnError: true,
        strict: "error",
        trust: false,
      }),
    };
  } catch (err) {
    answer = { error: String(err && err.message ? err.message : err) };
  }
  process.stdout.write(JSON.stringify(answer) + "\n");
});
