import type { Browser } from "playwright-core";

/** Where Debian installs chromium. */
export declare const CHROMIUM: string;
/** Starts headless chromium with the flags of TOOLCHAIN.md. */
export declare function launchChromium(): Promise<Browser>;
