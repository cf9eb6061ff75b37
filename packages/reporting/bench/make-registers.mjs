// Makes a province-sized cases register by repeating the example province's registers (examples/minh-son/).
// Usage: node bench/make-registers.mjs --rows 100000 --out <folder>
// Writes <folder>/so-theo-doi-don.csv (one register, N rows, the example's columns, `;`, BOM, CRLF, dd/mm/yyyy),
// copies the sessions registers, the org file and the narrative. The first copy of the example rows is kept as is
// (2025 and 2026, so the report can compare with the year before); every later copy gets fresh `Mã số`
// (`<original>-<copy>`) and, for a case received in 2025, every date moved one year later — so nearly every
// generated case is received in 2026, the year a benchmark reports on.
import { copyFileSync, createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const examples = resolve(here, "../../../examples/minh-son");

/**
 * Writes the registers of a generated province.
 *
 * @param {{ rows: number, out: string }} options - how many case rows, and the folder to write to
 * @returns {Promise<{ cases: string, sessions: string[], org: string, narrative: string }>} the files written
 */
export async function makeRegisters({ rows, out }) {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`make-registers: rows must be ≥ 1, got ${rows}`);
  mkdirSync(out, { recursive: true });
  const files = readdirSync(examples).sort();
  let header = "";
  const lines = [];
  for (const f of files.filter((n) => n.startsWith("so-theo-doi-don-") && n.endsWith(".csv"))) {
    const text = readFileSync(join(examples, f), "utf8").replace(/^\uFEFF/, "");
    const [h, ...body] = text.split("\r\n").filter((l) => l !== "");
    header = h;
    lines.push(...body);
  }
  const cases = join(out, "so-theo-doi-don.csv");
  const stream = createWriteStream(cases);
  const write = (s) => (stream.write(s) ? Promise.resolve() : new Promise((r) => stream.once("drain", r)));
  await write(`\uFEFF${header}\r\n`);
  let chunk = "";
  for (let i = 0; i < rows; i += 1) {
    const copy = Math.floor(i / lines.length);
    let line = lines[i % lines.length];
    if (copy > 0) {
      const semi = line.indexOf(";");
      line = `${line.slice(0, semi)}-${copy}${line.slice(semi)}`;
      if (/^[^;]*;\d\d\/\d\d\/2025;/.test(line))
        line = line.replace(/\b(\d\d\/\d\d\/)(\d{4})\b/g, (_, dm, y) => `${dm}${Number(y) + 1}`);
    }
    chunk += `${line}\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise((r) => stream.end(r));
  const sessions = files.filter((n) => n.startsWith("so-buoi-tiep-") && n.endsWith(".csv"));
  for (const f of [...sessions, "don-vi.json", "tuong-thuat-2026.txt"]) copyFileSync(join(examples, f), join(out, f));
  return {
    cases,
    sessions: sessions.map((f) => join(out, f)),
    org: join(out, "don-vi.json"),
    narrative: join(out, "tuong-thuat-2026.txt"),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { rows: { type: "string", default: "10000" }, out: { type: "string" } } });
  if (!values.out) throw new RangeError("make-registers: --out <folder> is required");
  const made = await makeRegisters({ rows: Number(values.rows), out: resolve(values.out) });
  console.log(JSON.stringify(made));
}
