// Writes a JSON Schema file per input schema of @tiepdan/core into schemas/, from the built
// package. With --check it writes nothing and fails when a checked-in file is missing or out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const root = join(dirname(fileURLToPath(import.meta.url)), ".."); // packages/core
const core = await import(join(root, "dist/index.js"));
const outDir = join(root, "schemas");

const schemas = {
  case: core.CaseSchema,
  "reception-session": core.ReceptionSessionSchema,
  dialogue: core.DialogueSchema,
  "org-unit": core.OrgUnitSchema,
  "rule-set": core.RuleSetSchema,
  "document-meta": core.DocumentMetaSchema,
  problem: core.ProblemSchema,
  "ngay-nghi": core.DaysOffFileSchema,
};

const check = process.argv.includes("--check");
const stale = [];
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" });
  json.$id = `https://tiepdan.invalid/schemas/${name}.schema.json`;
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const file = join(outDir, `${name}.schema.json`);
  if (check) {
    if (!existsSync(file) || readFileSync(file, "utf8") !== text) stale.push(file);
  } else {
    writeFileSync(file, text);
  }
}
if (stale.length > 0) {
  console.error(`JSON Schema files out of date (run \`pnpm schemas\`):\n  ${stale.join("\n  ")}`);
  process.exit(1);
}
console.log(
  check
    ? `JSON Schemas current (${Object.keys(schemas).length} files).`
    : `Wrote ${Object.keys(schemas).length} JSON Schema files to ${outDir}.`,
);
