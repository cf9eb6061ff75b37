#!/usr/bin/env node
// The `tiepdan` executable (package.json "bin").
import { main } from "./main.js";

main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  // The terminal's width, or COLUMNS when the output is not a terminal (as many command-line tools do).
  ...(process.stdout.columns || Number(process.env.COLUMNS) > 0
    ? { columns: process.stdout.columns || Number(process.env.COLUMNS) }
    : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `tiepdan: lỗi không mong đợi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
