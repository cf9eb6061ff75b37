// Readers for the contract suite: what a person gets from a file, through independent tools (poppler's
// pdftotext / pdfinfo, LibreOffice for DOCX). They must be installed: `.ci/run` installs them on Debian
// (poppler-utils, qpdf, libreoffice-writer-nogui, fonts-liberation2); see README "Checks".
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReadBack } from "./contract.js";

/** Runs a checker, failing with an install hint when it is missing. */
export function run(tool: string, args: string[], options: { allowFailure?: boolean } = {}): string {
  try {
    return execFileSync(tool, args, {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stdout?: string; stderr?: string; status?: number };
    if (err.code === "ENOENT") {
      throw new Error(
        `${tool} is not installed: apt-get install poppler-utils qpdf libreoffice-writer-nogui fonts-liberation2 (see README)`,
      );
    }
    if (options.allowFailure) return `${err.stdout ?? ""}${err.stderr ?? ""}`;
    throw new Error(`${tool} ${args.join(" ")} failed (${err.status}): ${err.stderr ?? ""}`);
  }
}

/** A temporary folder removed by the returned function. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Text per page (in physical layout, line by line) and page sizes of a PDF file, through pdftotext and pdfinfo. */
export function readPdfFile(file: string): ReadBack {
  const text = run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]);
  const pages = text.split("\f");
  if (pages[pages.length - 1]?.trim() === "") pages.pop();
  const info = run("pdfinfo", ["-f", "1", "-l", "9999", file]);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map(
    (m) => [Number(m[1]), Number(m[2])] as [number, number],
  );
  return { pages, sizes };
}

/** The words of a PDF with their boxes in points from the page's top left (poppler's `pdftotext -bbox`), in reading order. */
export function wordBoxes(
  bytes: Uint8Array,
): { page: number; x: number; y: number; x2: number; y2: number; text: string }[] {
  const tmp = tempDir("tiepdan-bbox-");
  try {
    const file = join(tmp.dir, "doc.pdf");
    writeFileSync(file, bytes);
    const html = run("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"]);
    return html.split("<page ").flatMap((page, i) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({
          page: i,
          x: Number(m[1]),
          y: Number(m[2]),
          x2: Number(m[3]),
          y2: Number(m[4]),
          text: m[5] as string,
        }),
      ),
    );
  } finally {
    tmp.remove();
  }
}

/** Reads PDF bytes back. */
export async function readPdfs(files: Uint8Array[]): Promise<ReadBack[]> {
  const tmp = tempDir("tiepdan-pdf-");
  try {
    return files.map((bytes, i) => {
      const file = join(tmp.dir, `doc-${i}.pdf`);
      writeFileSync(file, bytes);
      return readPdfFile(file);
    });
  } finally {
    tmp.remove();
  }
}

/**
 * Converts DOCX files with LibreOffice (headless, one start for all), as a user's office suite opens them, and
 * reads the resulting PDFs. Conversion errors fail the test.
 */
export function convertDocxWithLibreOffice(files: Uint8Array[], outDir: string): string[] {
  const inDir = join(outDir, "in");
  mkdirSync(inDir, { recursive: true });
  const inputs = files.map((bytes, i) => {
    const f = join(inDir, `doc-${i}.docx`);
    writeFileSync(f, bytes);
    return f;
  });
  const profile = join(outDir, "lo-profile");
  run("soffice", [
    `-env:UserInstallation=file://${profile}`,
    "--headless",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...inputs,
  ]);
  return inputs.map((_, i) => join(outDir, `doc-${i}.pdf`));
}

/** Reads DOCX bytes back through LibreOffice. */
export async function readDocxs(files: Uint8Array[]): Promise<ReadBack[]> {
  const tmp = tempDir("tiepdan-docx-");
  try {
    return convertDocxWithLibreOffice(files, tmp.dir).map((pdf) => {
      readFileSync(pdf); // fails clearly when LibreOffice did not write it
      return readPdfFile(pdf);
    });
  } finally {
    tmp.remove();
  }
}
