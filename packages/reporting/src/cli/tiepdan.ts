#!/usr/bin/env node
// The `tiepdan` executable (package.json "bin").
import { abortAllOutputs } from "../node/_outputs.js";
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
    // A fault of the program, not of the clerk's data: a short Vietnamese line, never a stack trace (set
    // TIEPDAN_DEBUG=1 to see it), and no temporary file left behind.
    abortAllOutputs();
    const detail =
      process.env.TIEPDAN_DEBUG === "1" && error instanceof Error ? `\n${error.stack ?? error.message}` : "";
    process.stderr.write(
      `tiepdan: lỗi không mong đợi của chương trình (${error instanceof Error ? error.name : typeof error}); không ghi tệp nào. Hãy báo lỗi này kèm lệnh đã gõ (đặt TIEPDAN_DEBUG=1 để xem chi tiết).${detail}\n`,
    );
    process.exitCode = 2;
  },
);

// The reader of the output went away (`tiepdan validate so.csv | head`): stop there, without Node's stack trace.
for (const [stream, name] of [
  [process.stdout, "stdout"],
  [process.stderr, "stderr"],
] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    abortAllOutputs();
    if (error.code === "EPIPE" && name === "stdout")
      process.stderr.write(
        "tiepdan: đầu ra đã bị đóng giữa chừng (ví dụ khi chuyển qua “head”); dừng, không ghi tệp nào của lần chạy này.\n",
      );
    process.exit(2);
  });
}

// Interrupted (Ctrl+C, a stopped job): the temporary files of the outputs being written go with it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.once(signal, () => {
    abortAllOutputs();
    process.stderr.write("\ntiepdan: đã dừng theo yêu cầu; không ghi tệp nào của lần chạy này.\n");
    process.exit(130);
  });
}
