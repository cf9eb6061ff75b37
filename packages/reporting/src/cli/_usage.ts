// What the CLI commands share: where they write, the usage error (exit 2) and the readable-file check.
import { statSync } from "node:fs";

/** Where the CLI writes; the real process streams, or buffers in tests. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for the problem table. */
  columns?: number;
}

/** A command typed wrong, or a file that cannot be read: exit code 2 with a Vietnamese message. */
export class UsageError extends Error {}

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
