// Checks the TypeDoc JSON (docs/api/api.json, written by `pnpm docs`): every exported function and class
// constructor of every package has a summary, a @param for each parameter, @returns (unless it returns void)
// and an @example. Exits 1 with the list of what is missing.
import { readFileSync } from "node:fs";

const project = JSON.parse(readFileSync(new URL("../docs/api/api.json", import.meta.url), "utf8"));
const KIND_FUNCTION = 64;
const KIND_CLASS = 128;
const missing = [];
let checked = 0;

function text(parts) {
  return (parts ?? [])
    .map((p) => p.text)
    .join("")
    .trim();
}

function checkSignature(name, sig, { needsReturns }) {
  checked += 1;
  const comment = sig.comment ?? {};
  const tags = new Map((comment.blockTags ?? []).map((t) => [t.tag, t]));
  if (!text(comment.summary)) missing.push(`${name}: no summary`);
  for (const p of sig.parameters ?? []) {
    if (!text(p.comment?.summary)) missing.push(`${name}: no @param ${p.name}`);
  }
  const returnsVoid = sig.type?.type === "intrinsic" && sig.type.name === "void";
  if (needsReturns && !returnsVoid && !tags.has("@returns")) missing.push(`${name}: no @returns`);
  if (!tags.has("@example")) missing.push(`${name}: no @example`);
}

function walk(node, path) {
  for (const child of node.children ?? []) {
    const name = path ? `${path}.${child.name}` : child.name;
    if (child.kind === KIND_FUNCTION) {
      for (const sig of child.signatures ?? []) checkSignature(name, sig, { needsReturns: true });
    } else if (child.kind === KIND_CLASS) {
      const comment = child.comment ?? {};
      checked += 1;
      if (!text(comment.summary)) missing.push(`${name}: no summary`);
      if (!(comment.blockTags ?? []).some((t) => t.tag === "@example")) missing.push(`${name}: no @example`);
    } else if (child.children) {
      walk(child, name);
    }
  }
}

walk(project, "");
if (checked < 20) {
  console.error(
    `check-api-docs: only ${checked} functions found in docs/api/api.json — is the TypeDoc output complete?`,
  );
  process.exit(1);
}
if (missing.length > 0) {
  console.error(`Undocumented parts of the public API (${missing.length}):\n  ${missing.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `API docs complete: ${checked} exported functions and classes have a summary, params, returns and an example.`,
);
