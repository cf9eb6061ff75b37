import type { DocumentNode } from "./ir.js";

/** The tool version written into every output (kept in step with package.json by a test). */
export const TOOL_VERSION = "tiếp dân 0.1.0";

/**
 * A SHA-256 hash of a document IR, hex, written into the PDF metadata and the DOCX custom properties so that a
 * printed report can be traced to its exact input. Uses Web Crypto, present in Node ≥ 20 and browsers.
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
    hash = hashJson(doc);
    HASHES.set(doc, hash);
  }
  return hash;
}

const HASHES = new WeakMap<DocumentNode, Promise<string>>();

async function hashJson(doc: DocumentNode): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
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
