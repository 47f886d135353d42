// Builds the book's own browser bundles into vendor/ with the pinned packages of package-lock.json; the output
// is the same byte for byte on every run, so tools/vendor.py can check it against vendor/manifest.json.
//
//   npm ci && node bangun.mjs ../../vendor/plotly-kursus.min.js      (tools/vendor.py does this)
//
// The entry is the file named like the output, without ".min": plotly-kursus.js or bootstrap-kursus.js.
//  - plotly-kursus.min.js is built the way plotly.js builds its own minified bundles: the same esbuild settings
//    (plotly.js/esbuild-config.js) and plotly's plugin that strips the attribute descriptions
//    (plotly.js/tasks/compress_attributes.js).
//  - bootstrap-kursus.min.js replaces the theme's bootstrap.js (see bootstrap-kursus.js).
import { createRequire } from "node:module";
import { basename } from "node:path";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const out = process.argv[2];
const name = out && basename(out).replace(/\.min\.js$/, "");
const BUNDLES = {
  "plotly-kursus": () => ({
    globalName: "Plotly",
    target: "es2016",
    define: { global: "window", "define.amd": "false" },
    plugins: [require("plotly.js/tasks/compress_attributes.js")],
    // plotly's registry requires maplibre's stylesheet for map traces, which this bundle has none of.
    loader: { ".css": "empty" },
    banner: `/*! plotly.js v${require("plotly.js/package.json").version} (scatter and bar only, built by this ` +
      "book's tools/bundel), Copyright 2012-2025, Plotly, Inc. All rights reserved. Licensed under the MIT license */",
  }),
  "bootstrap-kursus": () => ({
    target: "es2019",
    banner: `/*! Bootstrap v${require("bootstrap/package.json").version} Dropdown and Tooltip (built by this ` +
      "book's tools/bundel), Copyright 2011-2024 The Bootstrap Authors, MIT license; Popper v" +
      `${require("@popperjs/core/package.json").version}, Copyright 2019 Federico Zivolo, MIT license */`,
  }),
};
if (!BUNDLES[name]) {
  console.error(`usage: node bangun.mjs OUTPUT, OUTPUT being one of ${Object.keys(BUNDLES).join(", ")} + .min.js`);
  process.exit(2);
}
const { banner, ...options } = BUNDLES[name]();

await esbuild.build({
  entryPoints: [new URL(`${name}.js`, import.meta.url).pathname],
  outfile: out,
  bundle: true,
  minify: true,
  format: "iife",
  legalComments: "eof",
  banner: { js: banner },
  logLevel: "warning",
  ...options,
});
