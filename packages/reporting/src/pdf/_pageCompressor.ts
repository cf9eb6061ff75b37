// The pages of the fast path compressed on a worker thread in Node, while the next pages are drawn: a year's overdue
// list is some 1,400 pages, whose compression took a tenth of the report's time after the reading on the thread that
// draws them. zlib's own asynchronous calls cost the drawing thread more than compressing (a stream set up per call);
// a worker receives the pages in batches and compresses each with zlib's synchronous call. Same bytes as compressing
// them here (zlib gives the same output for the same input and level), in the same order.

import { nodeZlib } from "../document/_platform.js";

/** Compresses content streams, each one's result in the order asked. */
export interface PageCompressor {
  /**
   * The bytes `content` makes, compressed (zlib's deflate at the compressor's level); the promise never rejects. The
   * bytes are handed to the worker, not copied: `content` is called again if they must be compressed here after all.
   */
  compress(content: () => Uint8Array): Promise<Uint8Array>;
  /** Sends the pages asked for so far, so that their results come without waiting for a full batch. */
  flush(): void;
  /** Stops the worker; pages still asked for are compressed here. */
  close(): void;
}

/** Pages sent to the worker at once: a message per page cost about as much as compressing it. */
const BATCH = 16;

/** The worker: compresses each batch of pages and answers with the results, in their order. */
const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const zlib = require("node:zlib");
parentPort.on("message", ({ id, pages, level }) => {
  const out = pages.map((p) => zlib.deflateSync(p, { level }));
  parentPort.postMessage({ id, out }, out.map((o) => o.buffer));
});
`;

interface Pending {
  content: () => Uint8Array;
  resolve: (compressed: Uint8Array) => void;
}

/**
 * A compressor on a worker thread, in Node; undefined elsewhere (a browser's pdfkit compresses its pages itself).
 *
 * @param level - zlib's level
 * @returns the compressor, or undefined
 */
export function workerPageCompressor(level: number): PageCompressor | undefined {
  const zlib = nodeZlib();
  const threads = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
  ).process?.getBuiltinModule?.("node:worker_threads") as typeof import("node:worker_threads") | undefined;
  if (!zlib || !threads) return undefined;
  const here = (bytes: Uint8Array) => zlib.deflateSync(bytes, { level });
  let worker: import("node:worker_threads").Worker | undefined;
  let broken = false;
  let batch: Pending[] = [];
  let next = 0;
  const sent = new Map<number, Pending[]>();
  // The worker's failure (it could not start, it stopped): what it was given is compressed here, and from then on
  // every page, so that no page is ever lost or written uncompressed.
  const fail = () => {
    if (broken) return;
    broken = true;
    for (const pages of sent.values()) for (const p of pages) p.resolve(here(p.content()));
    sent.clear();
    void worker?.terminate();
    worker = undefined;
  };
  const start = () => {
    if (worker || broken) return worker;
    try {
      worker = new threads.Worker(WORKER_SOURCE, { eval: true });
    } catch (error) {
      // No worker on this machine (threads refused): the pages are compressed here, as before there was one.
      void error;
      fail();
      return undefined;
    }
    // Not unref'd: the drawing awaits the worker's answers, and an unref'd worker would let the process end before them
    // (review s24 R24-4); the writer closes it when the drawing ends, however it ends.
    worker.on("message", ({ id, out }: { id: number; out: Uint8Array[] }) => {
      const pages = sent.get(id);
      sent.delete(id);
      pages?.forEach((p, i) => {
        p.resolve(out[i] as Uint8Array);
      });
    });
    worker.on("error", fail);
    worker.on("exit", fail);
    return worker;
  };
  const flush = () => {
    if (batch.length === 0) return;
    const pages = batch;
    batch = [];
    const w = start();
    if (!w) {
      for (const p of pages) p.resolve(here(p.content()));
      return;
    }
    const id = next++;
    sent.set(id, pages);
    const bytes = pages.map((p) => p.content());
    w.postMessage(
      { id, pages: bytes, level },
      bytes.map((b) => b.buffer as ArrayBuffer),
    );
  };
  return {
    compress(content) {
      if (broken) return Promise.resolve(here(content()));
      return new Promise<Uint8Array>((resolve) => {
        batch.push({ content, resolve });
        if (batch.length >= BATCH) flush();
      });
    },
    flush,
    close() {
      flush();
      const w = worker;
      worker = undefined;
      broken = true;
      for (const pages of sent.values()) for (const p of pages) p.resolve(here(p.content()));
      sent.clear();
      void w?.terminate();
    },
  };
}
