// Builds static_build/: the compiled, compressed stylesheet and the images it needs.
// Django's collectstatic then gives every file a hashed name for long caching.
import { mkdirSync, writeFileSync, copyFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sass from "sass";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "static_build");

mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "images"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

const result = sass.compile(join(root, "assets/scss/hub.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
});
writeFileSync(join(out, "css/hub.css"), result.css);
copyFileSync(join(root, "assets/images/logo.svg"), join(out, "images/logo.svg"));
// The few enhancement scripts are small ES modules, served as written.
copyFileSync(join(root, "assets/js/finder.js"), join(out, "js/finder.js"));
console.log(`Built static_build/css/hub.css (${result.css.length} bytes)`);
