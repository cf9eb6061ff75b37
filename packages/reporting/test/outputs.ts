// What the command-line tests share: running `tiepdan` in-process, and the text of its files as a reader gets it
// (pdftotext for PDF, the XML of DOCX and XLSX packages).
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { main } from "../src/cli/main.js";
import { run } from "./document/readers.js";

/** Runs `tiepdan` with its arguments, collecting what it prints. */
export async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Collapses whitespace, so that a phrase wrapped over lines is found as typed. */
export const oneLine = (s: string): string => s.replace(/\s+/g, " ");

/**
 * The text of a PDF as pdftotext gives it, on one line, without the page numbers at the top of pages 2 onward
 * (NĐ 30/2020), which would otherwise split a paragraph that runs across a page break.
 */
export const pdfText = (file: string): string =>
  oneLine(
    run("pdftotext", ["-enc", "UTF-8", file, "-"])
      .split("\f")
      .map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/, "")))
      .join("\f"),
  );

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The text of a DOCX as its XML holds it: the runs of each paragraph joined, paragraphs separated by a space. */
export function docxText(file: string): string {
  return oneLine(docxParagraphs(file).join(" "));
}

/** The text of each paragraph of a DOCX (body, headers, footers), in order. */
export function docxParagraphs(file: string): string[] {
  const zip = unzipSync(readFileSync(file));
  const parts = Object.keys(zip).filter((k) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(k));
  return parts.flatMap((k) =>
    (strFromU8(zip[k] as Uint8Array).match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
      [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? "")).join(""),
    ),
  );
}

/** Every XML part of a zip package (DOCX, XLSX) as text, entities decoded. */
export const zipXml = (file: string): string =>
  Object.entries(unzipSync(readFileSync(file)))
    .filter(([k]) => k.endsWith(".xml"))
    .map(([, v]) => decode(strFromU8(v)))
    .join("\n");
