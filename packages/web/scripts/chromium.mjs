// Debian's chromium driven by playwright-core, with the flags of TOOLCHAIN.md (no --user-data-dir: Playwright makes a
// fresh profile itself and refuses the flag). Without the networking flags chromium keeps trying to reach outside
// hosts, which these machines refuse. Shared by the browser tests and the screenshots of the clerks' guide.
import { chromium } from "playwright-core";

/** Where Debian installs chromium (`apt-get install --no-install-recommends chromium`). */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Starts headless chromium.
 *
 * @returns the browser
 */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
