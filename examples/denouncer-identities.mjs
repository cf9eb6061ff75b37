// @ts-check
// The identities the Minh Sơn example must never show: names and addresses of denouncers (DESIGN.md
// "Confidentiality"), minus those that also belong to a sender of a case without a denunciation (printing a
// complainant who shares a denouncer's name is no disclosure). Used by the tests and by CI on the demo's files.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { EXAMPLE_DIR } from "./generate-minh-son.mjs";

/**
 * Denouncers' names and addresses of the example that no other case shares.
 *
 * @param {string} [dir] - the example folder
 * @returns {string[]} the identity strings, sorted
 */
export function denouncerIdentities(dir = EXAMPLE_DIR) {
  /** @type {Set<string>} */
  const denouncers = new Set();
  /** @type {Set<string>} */
  const others = new Set();
  for (const file of readdirSync(dir).filter((f) => f.startsWith("so-theo-doi-don-"))) {
    /** @type {Record<string, string>[]} */
    const rows = parse(readFileSync(join(dir, file)), { bom: true, delimiter: ";", columns: true });
    for (const r of rows) {
      const target = (r.Loại ?? "").includes("Tố cáo") ? denouncers : others;
      for (const v of [r["Người gửi"], r["Địa chỉ"]]) if (v) target.add(v);
    }
  }
  return [...denouncers].filter((v) => !others.has(v)).sort();
}

if (process.argv[1]?.endsWith("denouncer-identities.mjs")) {
  process.stdout.write(`${denouncerIdentities().join("\n")}\n`);
}
