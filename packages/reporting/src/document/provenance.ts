import { sha256 } from "@noble/hashes/sha2.js";
import { nodeCrypto } from "./_platform.js";
import type { DocumentNode } from "./ir.js";

/** The tool version written into every output (kept in step with package.json by a test). */
export const TOOL_VERSION = "tiếp dân 0.1.0";

/**
 * A SHA-256 hash of a document IR, hex, written into the PDF metadata and the DOCX custom properties so that a
 * printed report can be traced to its exact input: the digest of the UTF-8 of `JSON.stringify(doc)`. The JSON is
 * made and hashed piece by piece, so a register of 100,000 rows never exists as one string (hundreds of MB).
 *
 * @param doc - the document IR
 * @returns the hex digest of its JSON
 * @example
 * await hashDocument(doc) //=> "3f2a…"
 */
export function hashDocument(doc: DocumentNode): Promise<string> {
  // The PDF and the DOCX of one document ask for the same hash: the IR of a long register is serialised once.
  let hash = HASHES.get(doc);
  if (!hash) {
    hash = Promise.resolve(hashJson(doc));
    HASHES.set(doc, hash);
  }
  return hash;
}

const HASHES = new WeakMap<DocumentNode, Promise<string>>();

/** Nodes that may hold many others: written key by key; any other node is small and goes to `JSON.stringify`. */
const CONTAINERS = new Set(["document", "section", "table", "list"]);

/** Characters gathered before they are encoded and hashed. */
const PIECE = 1 << 20;

/** A SHA-256 fed with text (as UTF-8), giving its hex digest. */
interface TextHasher {
  update(text: string): void;
  hex(): string;
}

/**
 * Node's native SHA-256 (several times faster on the IR of a long register), or `@noble/hashes` in a browser: the
 * same digest of the same bytes.
 */
function textHasher(): TextHasher {
  const native = nodeCrypto();
  if (native) {
    const hash = native.createHash("sha256");
    return { update: (text) => hash.update(text, "utf8"), hex: () => hash.digest("hex") };
  }
  const hash = sha256.create();
  const encoder = new TextEncoder();
  return {
    update: (text) => hash.update(encoder.encode(text)),
    hex: () => [...hash.digest()].map((b) => b.toString(16).padStart(2, "0")).join(""),
  };
}

function hashJson(doc: DocumentNode, hasher: TextHasher = textHasher()): string {
  let pending: string[] = [];
  let size = 0;
  const out = (s: string) => {
    pending.push(s);
    size += s.length;
    if (size >= PIECE) flush();
  };
  const flush = () => {
    hasher.update(pending.join(""));
    pending = [];
    size = 0;
  };
  const write = (value: unknown): void => {
    if (Array.isArray(value)) {
      out("[");
      value.forEach((v, i) => {
        if (i > 0) out(",");
        write(v);
      });
      out("]");
    } else if (value !== null && typeof value === "object" && CONTAINERS.has((value as { type?: string }).type ?? "")) {
      out("{");
      let first = true;
      for (const [key, v] of Object.entries(value)) {
        if (v === undefined || typeof v === "function") continue;
        out(`${first ? "" : ","}${JSON.stringify(key)}:`);
        first = false;
        write(v);
      }
      out("}");
    } else out(JSON.stringify(value));
  };
  write(doc);
  flush();
  return hasher.hex();
}

/**
 * Converts millimetres to PDF points (1/72 inch).
 *
 * @param mm - a length in millimetres
 * @returns the length in points
 * @example
 * mmToPt(25.4) //=> 72
 */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/**
 * Converts millimetres to twentieths of a point (twips), rounded — docx's own helper floors, which puts a 20 mm
 * margin at 1133 instead of 1134.
 *
 * @param mm - a length in millimetres
 * @returns the length in twips
 * @example
 * mmToTwip(20) //=> 1134
 */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
