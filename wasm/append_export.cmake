# api.js is a plain script (so Closure can minify it); the ES module's export is added here.
file(READ "${IN}" body)
file(WRITE "${OUT}" "${body}\nexport { createTally };\n")
