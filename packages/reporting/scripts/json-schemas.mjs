// Writes the JSON Schema of the statistics file (so-lieu.json) into schemas/, from the built package.
// With --check it writes nothing and fails when the checked-in file is missing or out of date.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), ".."); // packages/reporting
const { statsFileJsonSchema } = await import(join(root, "dist/index.js"));
const file = join(root, "schemas", "so-lieu.schema.json");
const text = `${JSON.stringify(statsFileJsonSchema(), null, 2)}\n`;
if (process.argv.includes("--check")) {
  if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
    console.error(`JSON Schema out of date (run \`pnpm --filter @tiepdan/reporting schemas\`): ${file}`);
    process.exit(1);
  }
  console.log("JSON Schema of the statistics file current.");
} else {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${file}.`);
}
