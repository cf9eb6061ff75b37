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
export async function hashDocument(doc: DocumentNode): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Millimetres to PDF points. */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4;
}

/** Millimetres to twentieths of a point (twips), rounded (not floored: docx's own helper floors). */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}
