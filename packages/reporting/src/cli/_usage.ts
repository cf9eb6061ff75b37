// What the CLI commands share: where they write, the usage error (exit 2) and the readable-file check.
import { statSync } from "node:fs";
import { type ParseArgsConfig, parseArgs } from "node:util";

/** Where the CLI writes; the real process streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for the problem table. */
  columns?: number;
}

/** A command typed wrong, or a file that cannot be read: exit code 2 with a Vietnamese message. */
export class UsageError extends Error {}

/**
 * Node's `parseArgs`, and an option that takes one value typed twice refused (review s16 F13: `--period 2026-03
 * --period 2026-04` made the report of April, `--kind receipt --kind transfer` only the transfer slips, silently).
 *
 * @param config - as for `parseArgs`
 * @returns what `parseArgs` returns
 * @throws {UsageError} naming the option and both values
 */
export function parseCommand<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  const parsed = parseArgs(config);
  const { tokens } = parseArgs({ ...config, strict: false, tokens: true });
  const given = new Map<string, string[]>();
  for (const t of tokens ?? []) {
    if (t.kind !== "option") continue;
    const spec = config.options?.[t.name];
    if (spec?.type !== "string" || spec.multiple) continue;
    given.set(t.name, [...(given.get(t.name) ?? []), t.value ?? ""]);
  }
  for (const [name, values] of given) {
    if (values.length > 1) {
      throw new UsageError(
        `--${name} được gõ ${values.length} lần (${values.map((v) => `“${v}”`).join(", ")}): chỉ gõ một lần.`,
      );
    }
  }
  return parsed;
}

function fileProblem(path: string, what: string): UsageError {
  return new UsageError(`Không mở được tệp “${path}”: ${what}.`);
}

export function checkReadable(path: string): void {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw fileProblem(
      path,
      code === "ENOENT" ? "không có tệp này" : code === "EACCES" ? "không có quyền đọc" : String(e),
    );
  }
  if (st.isDirectory()) throw fileProblem(path, "đây là một thư mục, không phải tệp");
}
