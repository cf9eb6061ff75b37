import { describe, expect, it } from "vitest";
import type { DocumentNode, SectionNode, TableCellNode, TableNode, TableRowNode } from "../../src/document/ir.js";
import { paragraph } from "../../src/document/ir.js";
import { hashDocument } from "../../src/document/provenance.js";
import { buildSampleDocument } from "../../src/document/sample.js";

/** The definition the hash keeps: SHA-256 of the UTF-8 of `JSON.stringify(doc)`, hex. */
async function plainHash(doc: DocumentNode): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(JSON.stringify(doc)));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** A document with a register of `n` rows: Vietnamese text, emoji, quotes, optional marks left undefined. */
function registerDocument(n: number): DocumentNode {
  const base = buildSampleDocument("state");
  const rows: TableRowNode[] = Array.from({ length: n }, (_, i) => ({
    type: "row",
    cells: [
      { type: "cell", align: "center", children: [paragraph(String(i + 1))] },
      // A mark left undefined (as a spread of options can leave one): JSON.stringify omits it, so must the hash.
      {
        type: "cell",
        align: undefined,
        children: [paragraph(`Đơn "số" ${i} — Nguyễn Thị Ánh 😀 \\ tab\t`)],
      } as unknown as TableCellNode,
    ],
  }));
  return {
    ...base,
    children: [
      ...base.children,
      { type: "section", orientation: "landscape", children: [{ type: "table", widths: [1, 5], headerRows: 1, rows }] },
    ],
  };
}

describe("hashDocument: the input hash written into the PDF and the DOCX", () => {
  it.each([
    ["the sample report, Party profile", buildSampleDocument("party")],
    ["the sample report, State profile", buildSampleDocument("state")],
    ["a register of 30,000 rows, hashed piece by piece", registerDocument(30_000)],
  ])("%s: equals SHA-256 of JSON.stringify(doc)", async (_name, doc) => {
    expect(await hashDocument(doc)).toBe(await plainHash(doc));
  });

  it("gives the same digest without Node's crypto (as in a browser: @noble/hashes), lone surrogates included", async () => {
    const doc = registerDocument(3_000);
    const odd = { ...doc, info: { ...doc.info, title: "lẻ \ud800 nửa cặp \udfff" } };
    const native = await hashDocument(odd);
    const saved = Object.getOwnPropertyDescriptor(process, "getBuiltinModule");
    Object.defineProperty(process, "getBuiltinModule", { value: undefined, configurable: true, writable: true });
    try {
      const browser = await hashDocument({ ...odd });
      expect(browser).toBe(native);
      expect(browser).toBe(await plainHash(odd));
    } finally {
      if (saved) Object.defineProperty(process, "getBuiltinModule", saved);
    }
  });

  it("differs when one cell of a long register differs", async () => {
    const a = registerDocument(2_000);
    const b = registerDocument(2_000);
    const section = b.children.at(-1) as SectionNode;
    const table = section.children[0] as TableNode;
    table.rows[1_500] = { type: "row", cells: [{ type: "cell", children: [paragraph("1501")] }] };
    expect(await hashDocument(a)).not.toBe(await hashDocument(b));
  });
});
