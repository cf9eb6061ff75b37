// `pnpm cli:install`: makes `tiepdan` a command on this machine. Packs the three packages the CLI needs (pnpm pack
// writes their exact versions in place of `workspace:*`) and installs the tarballs together with `npm install -g`,
// so that npm takes @tiepdan/core and @tiepdan/templates from them, not from a registry. Arguments are passed to
// npm (e.g. `pnpm cli:install --prefix ~/.local`). Run after `pnpm build`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(join(tmpdir(), "tiepdan-cli-"));
const win = process.platform === "win32";
try {
  for (const pkg of ["core", "templates", "reporting"]) {
    execFileSync(win ? "pnpm.cmd" : "pnpm", ["pack", "--pack-destination", out], {
      cwd: join(root, "packages", pkg),
      stdio: ["ignore", "ignore", "inherit"],
      shell: win,
    });
  }
  const tarballs = readdirSync(out)
    .filter((f) => f.endsWith(".tgz"))
    .map((f) => join(out, f));
  execFileSync(win ? "npm.cmd" : "npm", ["install", "--global", ...tarballs, ...process.argv.slice(2)], {
    stdio: "inherit",
    shell: win,
  });
  console.log("Đã cài lệnh tiepdan. Gõ “tiepdan --help” để xem các lệnh.");
} finally {
  rmSync(out, { recursive: true, force: true });
}
