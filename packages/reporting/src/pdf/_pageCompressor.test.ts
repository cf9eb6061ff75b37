import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { workerPageCompressor } from "./_pageCompressor.js";

const page = (i: number) =>
  new TextEncoder().encode(`BT /F1 12 Tf 1 0 0 1 72 ${700 - i} Tm [<0041> 12 <0042>] TJ ET\n`.repeat(50 + i));

describe("the fast path's pages compressed on a worker thread (scale, #18)", () => {
  it("gives each page zlib's bytes at the level asked, in the order asked, across batches", async () => {
    const compressor = workerPageCompressor(1);
    expect(compressor).toBeDefined();
    const pages = Array.from({ length: 40 }, (_, i) => page(i));
    const results = pages.map((p) => compressor?.compress(() => p.slice()));
    compressor?.flush();
    const out = await Promise.all(results);
    compressor?.close();
    out.forEach((o, i) => {
      expect(Buffer.from(o as Uint8Array).equals(deflateSync(pages[i] as Uint8Array, { level: 1 }))).toBe(true);
      expect(Buffer.from(inflateSync(o as Uint8Array)).equals(Buffer.from(pages[i] as Uint8Array))).toBe(true);
    });
  });

  it("a page asked for and not yet sent when the compressor is closed is compressed all the same", async () => {
    const compressor = workerPageCompressor(1);
    const pending = [compressor?.compress(() => page(1)), compressor?.compress(() => page(2))];
    compressor?.close();
    const out = await Promise.all(pending);
    expect(out.map((o) => Buffer.from(inflateSync(o as Uint8Array)).toString())).toEqual([
      Buffer.from(page(1)).toString(),
      Buffer.from(page(2)).toString(),
    ]);
    // After closing, pages are compressed on the calling thread.
    expect(Buffer.from(inflateSync((await compressor?.compress(() => page(3))) as Uint8Array)).toString()).toBe(
      Buffer.from(page(3)).toString(),
    );
  });
});
