// What the code finds at run time when it runs in Node, without importing a Node module (the same files run in a
// browser): Node ≥ 20.16 has `process.getBuiltinModule`. And the concatenation of byte chunks several steps need.

/** Node's zlib, as `getBuiltinModule` gives it. */
export type NodeZlib = typeof import("node:zlib");

function nodeBuiltin<T>(id: string): T | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return process?.getBuiltinModule?.(id) as T | undefined;
}

/** Node's `crypto` when the code runs in Node, else undefined. */
export const nodeCrypto = (): typeof import("node:crypto") | undefined => nodeBuiltin("node:crypto");

/** Node's `zlib` when the code runs in Node, else undefined. */
export const nodeZlib = (): NodeZlib | undefined => nodeBuiltin("node:zlib");

/** The chunks as one array of bytes. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const c of chunks) length += c.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
