// Builds vendor/plotly-kursus.min.js from kursus-plotly.js with the pinned plotly.js and esbuild
// (package-lock.json), the way plotly.js builds its own minified bundles: the same esbuild settings
// (plotly.js/esbuild-config.js) and plotly's own plugin that strips the attribute descriptions
// (plotly.js/tasks/compress_attributes.js). The output is the same byte for byte on every run, so
// tools/vendor.py can check it against the SHA-256 in vendor/manifest.json.
//
//   npm ci && node bangun.mjs ../../vendor/plotly-kursus.min.js      (tools/vendor.py does this)
import { createRequire } from "node:module";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const stripMeta = require("plotly.js/tasks/compress_attributes.js");
const version = require("plotly.js/package.json").version;
const out = process.argv[2];
if (!out) {
  console.error("usage: node bangun.mjs OUTPUT");
  process.exit(2);
}

await esbuild.build({
  entryPoints: [new URL("kursus-plotly.js", import.meta.url).pathname],
  outfile: out,
  bundle: true,
  minify: true,
  format: "iife",
  globalName: "Plotly",
  target: "es2016",
  define: { global: "window", "define.amd": "false" },
  plugins: [stripMeta],
  // plotly's registry requires maplibre's stylesheet for map traces, which this bundle has none of.
  loader: { ".css": "empty" },
  legalComments: "eof",
  banner: {
    js: `/*! plotly.js v${version} (scatter and bar only, built by this book's tools/plotly), ` +
      "Copyright 2012-2025, Plotly, Inc. All rights reserved. Licensed under the MIT license */",
  },
  logLevel: "warning",
});
