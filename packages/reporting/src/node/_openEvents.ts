// Node: registers from file paths and streams. CSV is streamed (csv-parse's Node stream) with bounded
// memory — the set of seen ids is the only state that grows; other formats are read whole and go through
// the in-memory readers, with the XLSX reader supplied.
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { concatBytes } from "../document/_platform.js";
import type { RegisterKind } from "../intake/_lib/columns.js";
import { csvParseOptions, LineCounter, skippedRow } from "../intake/_lib/csvRows.js";
import { CsvTokenizer, type CsvTokens } from "../intake/_lib/csvTokenizer.js";
import {
  binaryProblem,
  convertedProblem,
  convertLegacyFontText,
  decodeText,
  detectLegacyFontText,
  hasBinaryControls,
} from "../intake/_lib/decodeText.js";
import { detectDelimiter } from "../intake/_lib/detectDelimiter.js";
import { mayHaveStrayControls } from "../intake/_lib/hostileText.js";
import { decodeLegacy } from "../intake/_lib/legacyEncodings.js";
import { EXTENSIONS, extensionOf, mappedHeaderKeys, openTable, sniff } from "../intake/_lib/openTable.js";
import type { PendingProblem, SourceInfo, SourceRow, SourceTable } from "../intake/_lib/types.js";
import { type TableEvent, type ValidateTableOptions, validateTable } from "../intake/_lib/validateTable.js";
import type { ReadRegisterOptions } from "../intake/types.js";

/** Bytes read before deciding the encoding and the delimiter of a streamed CSV. */
const HEAD_BYTES = 1024 * 1024;

type Chunk = Uint8Array | string;

async function* chunksOf(source: AsyncIterable<Chunk>): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) yield chunk;
}

/** The head of a UTF-8 byte stream without a multi-byte character cut at its end. */
function trimIncompleteUtf8(bytes: Uint8Array): Uint8Array {
  let i = bytes.length - 1;
  let back = 0;
  while (i >= 0 && back < 4 && ((bytes[i] ?? 0) & 0xc0) === 0x80) {
    i -= 1;
    back += 1;
  }
  if (i < 0) return bytes;
  const lead = bytes[i] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? bytes.subarray(0, i) : bytes;
}

/**
 * A streaming UTF-8 decoder whose texts end after the last line feed of their bytes; the bytes after it are decoded
 * with the next piece. The tokenizer then gets the decoder's own strings rather than its carried line joined to the
 * next text: V8 searches a string made by joining strings many times slower (measured: 40×) until a collection has
 * run, and `indexOf` over the text was a fifth of intake. A line feed byte is never part of a multi-byte character.
 */
class LineCutDecoder {
  readonly #decoder = new TextDecoder("utf-8");
  #pending: Uint8Array | undefined;

  /** The text of the bytes so far, up to their last line feed. */
  decode(chunk: Uint8Array): string {
    let bytes = this.#pending ? concatBytes([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    const lf = bytes.lastIndexOf(10);
    if (lf !== -1 && lf + 1 < bytes.length) {
      this.#pending = bytes.slice(lf + 1);
      bytes = bytes.subarray(0, lf + 1);
    }
    return this.#decoder.decode(bytes, { stream: true });
  }

  /** The rest of the text, at the end of the bytes. */
  end(): string {
    const rest = this.#pending;
    this.#pending = undefined;
    return rest ? this.#decoder.decode(rest) : this.#decoder.decode();
  }
}

/** Records, a batch at a time: from the tokenizer (with its `charRead`) or from csv-parse (every one checked). */
interface RecordBatch {
  records: unknown[];
  charRead?: number[];
  /** No cell of these records needs cleaning (see `SourceRow.plain`). */
  plain?: boolean;
}

/** Events of a register given as a stream of bytes (or text). */
export async function* streamEvents(
  kind: RegisterKind,
  source: AsyncIterable<Chunk>,
  options: ReadRegisterOptions,
  validate: ValidateTableOptions,
  call: string,
): AsyncGenerator<TableEvent[]> {
  const iterator = chunksOf(source);
  const head: Uint8Array[] = [];
  let headText = "";
  let headSize = 0;
  let ended = false;
  let textMode = false;
  while (headSize < HEAD_BYTES) {
    const r = await iterator.next();
    if (r.done) {
      ended = true;
      break;
    }
    if (typeof r.value === "string") {
      textMode = true;
      headText += r.value;
      headSize += r.value.length;
    } else {
      head.push(r.value);
      headSize += r.value.length;
    }
  }
  const ext = extensionOf(options.fileName);
  const byName = ext === undefined ? undefined : EXTENSIONS[ext];
  const format = options.format ?? (byName === "unsupported" ? undefined : byName);
  const headBytes = textMode ? new Uint8Array() : concatBytes(head);
  const sniffed = textMode ? "text" : sniff(headBytes);
  const isCsv = (format === "csv" || (format === undefined && byName !== "unsupported")) && sniffed === "text";
  const looksJson = textMode
    ? /^\s*[[{]/.test(headText)
    : /^(\xef\xbb\xbf)?\s*[[{]/.test(String.fromCharCode(...headBytes.subarray(0, 64)));

  if (!isCsv || (format === undefined && looksJson)) {
    // Not a streamed CSV: read whole and use the in-memory readers.
    const rest: Chunk[] = [];
    if (!ended) for (let r = await iterator.next(); !r.done; r = await iterator.next()) rest.push(r.value);
    const input = textMode
      ? headText + rest.map((c) => (typeof c === "string" ? c : new TextDecoder().decode(c))).join("")
      : concatBytes([headBytes, ...rest.map((c) => (typeof c === "string" ? new TextEncoder().encode(c) : c))]);
    const needsXlsx = !textMode && (format === "xlsx" || sniffed === "zip");
    const xlsx = options.xlsx ?? (needsXlsx ? (await import("../xlsx/xlsx.js")).xlsx : undefined);
    const table = await openTable(kind, call, input, { ...options, ...(xlsx ? { xlsx } : {}) });
    yield* validateTable(kind, table, validate);
    return;
  }

  // Streamed CSV: decide the encoding from the head.
  const problems: PendingProblem[] = [];
  const info: SourceInfo = { format: "csv" };
  let rawBytes = false;
  let decodeChunk: (c: Chunk, last: boolean) => string;
  if (textMode) {
    const font = detectLegacyFontText(headText);
    if (font) {
      problems.push(convertedProblem(font, true));
      info.fontEncoding = font;
    }
    decodeChunk = (c) => {
      const s = typeof c === "string" ? c : new TextDecoder().decode(c);
      return font ? convertLegacyFontText(s, font) : s;
    };
    headText = decodeChunk(headText, false);
  } else {
    const decoded = decodeText(ended ? headBytes : trimIncompleteUtf8(headBytes));
    problems.push(...decoded.problems);
    const { encoding, fontEncoding } = decoded;
    info.encoding = encoding;
    if (fontEncoding) info.fontEncoding = fontEncoding;
    if (decoded.text === undefined || encoding === "binary" || encoding === "unknown") {
      yield* validateTable(
        kind,
        { header: "detect", serialDates: false, problems, rows: [], csv: true, info: { encoding } },
        validate,
      );
      return;
    }
    if (encoding === "windows-1258" || encoding === "tcvn3" || encoding === "vni") {
      decodeChunk = (c) => (typeof c === "string" ? c : decodeLegacy(c, encoding));
    } else {
      // UTF-8 or UTF-16. Invalid bytes later in the file become U+FFFD, reported per cell (VALUE_ENCODING).
      const decoder = new TextDecoder(encoding);
      decodeChunk = (c, last) => {
        const s = typeof c === "string" ? c : decoder.decode(c, { stream: !last });
        return fontEncoding ? convertLegacyFontText(s, fontEncoding) : s;
      };
    }
    if (encoding === "utf-8" && !fontEncoding) {
      // Plain UTF-8 goes to csv-parse as bytes, undecoded: it decodes each cell itself (invalid bytes become
      // U+FFFD there too), which saves decoding and re-encoding every chunk. The head is decoded only to find
      // the delimiter.
      rawBytes = true;
      headText = new TextDecoder("utf-8").decode(trimIncompleteUtf8(headBytes));
    } else headText = decodeChunk(headBytes, ended);
  }

  const delimiter = options.delimiter ?? detectDelimiter(headText, mappedHeaderKeys(options));
  info.delimiter = delimiter;
  const skipped: Array<{ error: { code?: unknown; message: string } | undefined; raw: string | undefined }> = [];
  const csvParser = (bom: boolean) =>
    parse({
      ...csvParseOptions(delimiter),
      bom,
      ...(validate.canonical ? { raw: true } : {}),
      on_skip: (error: { code?: unknown; message: string } | undefined, raw: string | undefined) => {
        skipped.push({ error, raw });
        return undefined;
      },
    });
  const feed = (parser: ReturnType<typeof parse>, pieces: AsyncIterable<string | Uint8Array>) => {
    const input = Readable.from(pieces);
    input.on("error", (e) => parser.destroy(e));
    input.pipe(parser);
    return parser;
  };
  // The head was checked for binary content; so is every later chunk: the reading stops at the first one that
  // is not text, and the line where it starts is rejected as FILE_BINARY.
  let binary = false;
  const utf16 = info.encoding === "utf-16le" || info.encoding === "utf-16be";
  const isBinary = (c: Chunk) => typeof c !== "string" && !utf16 && hasBinaryControls(c);
  async function* texts(): AsyncGenerator<string | Uint8Array> {
    if (rawBytes) {
      if (headBytes.length > 0) yield headBytes;
      for (let r = ended ? undefined : await iterator.next(); r && !r.done; r = await iterator.next()) {
        if (isBinary(r.value)) {
          binary = true;
          await iterator.return?.(undefined);
          return;
        }
        yield r.value;
      }
      return;
    }
    if (headText) yield headText;
    if (ended) return;
    let r = await iterator.next();
    while (!r.done) {
      if (isBinary(r.value)) {
        binary = true;
        await iterator.return?.(undefined);
        return;
      }
      const next = await iterator.next();
      const s = decodeChunk(r.value, next.done === true);
      if (s) yield s;
      r = next;
    }
  }

  /**
   * The records, a batch at a time. Regular records are split by {@link CsvTokenizer} (csv-parse's records,
   * faster); from the first record that is not regular on, csv-parse reads the rest of the text. With `--fix`
   * (`canonical`) csv-parse reads everything: the raw text of each record comes from it.
   */
  async function* records(): AsyncGenerator<RecordBatch> {
    if (validate.canonical) {
      for await (const batch of readBatches(feed(csvParser(true), texts()))) yield { records: batch };
      return;
    }
    // Plain UTF-8 comes as bytes (see rawBytes): decoded here as csv-parse would (a byte order mark dropped,
    // invalid bytes as U+FFFD).
    const utf8 = rawBytes ? new LineCutDecoder() : undefined;
    const decode = (c: string | Uint8Array) => (typeof c === "string" ? c : (utf8 as LineCutDecoder).decode(c));
    const tokenizer = new CsvTokenizer(delimiter);
    const pieces = texts();
    let tokens: CsvTokens | undefined;
    // A piece without any character intake would clean makes its rows plain; a record carried over from the piece
    // before is plain only if that piece was too.
    let plainBefore = true;
    for (let r = await pieces.next(); !r.done; r = await pieces.next()) {
      const text = decode(r.value);
      const plain = !mayHaveStrayControls(text) && text.indexOf("'") === -1;
      tokens = tokenizer.push(text, false);
      if (tokens.records.length > 0) yield { ...tokens, plain: plain && plainBefore };
      plainBefore = plain;
      if (tokens.irregular !== undefined) break;
    }
    if (tokens?.irregular === undefined) {
      tokens = tokenizer.push(utf8 ? utf8.end() : "", true);
      if (tokens.records.length > 0) yield tokens;
      if (tokens.irregular === undefined) return;
    }
    const irregular = tokens.irregular;
    async function* rest(): AsyncGenerator<string> {
      yield irregular;
      for (let r = await pieces.next(); !r.done; r = await pieces.next()) {
        const s = decode(r.value);
        if (s) yield s;
      }
      const tail = utf8 ? utf8.end() : "";
      if (tail) yield tail;
    }
    // The byte order mark was dropped by the tokenizer (or the decoder): csv-parse must not drop another.
    for await (const batch of readBatches(feed(csvParser(false), rest()))) yield { records: batch };
  }

  async function* rows(): AsyncGenerator<SourceRow[]> {
    const counter = new LineCounter();
    for await (const { records: items, charRead, plain } of records()) {
      const batch: SourceRow[] = [];
      let nextCharRead = 0;
      for (let k = 0; k < items.length; k += 1) {
        const item = items[k] as string[] | { record: string[]; raw: string };
        const record = Array.isArray(item) ? item : item.record;
        if (charRead !== undefined) {
          if (charRead[nextCharRead] === k) nextCharRead += 1;
          else {
            // One line without line breaks in its cells (the tokenizer split it natively).
            batch.push(
              plain ? { row: counter.nextLine(), cells: record, plain } : { row: counter.nextLine(), cells: record },
            );
            continue;
          }
        }
        const { row, problems: rowProblems } = counter.advance(record, delimiter);
        batch.push(rowProblems ? { row, cells: record, problems: rowProblems } : { row, cells: record });
      }
      yield batch;
    }
    // With the relaxed options csv-parse skips a record only at the end of the file (a quote never closed);
    // on_skip may run before the records ahead of it are consumed, so skipped rows come last.
    yield skipped.map((s) => skippedRow(counter.line, s.error, s.raw));
    if (binary) {
      const p = binaryProblem();
      yield [
        {
          row: counter.line,
          cells: [],
          problems: [
            {
              ...p,
              row: counter.line,
              what: `Từ dòng ${counter.line}, tệp chứa dữ liệu không phải chữ (tệp hỏng hoặc bị ghép với tệp khác): phần còn lại của tệp không được đọc.`,
            },
          ],
        },
      ];
    }
  }
  const table: SourceTable = { header: "detect", serialDates: false, problems, rows: rows(), csv: true, info };
  yield* validateTable(kind, table, validate);
}

/**
 * The records a stream has ready, a batch at a time: one await per batch instead of one per record (the
 * stream's own async iterator hands records over one by one).
 */
async function* readBatches(stream: Readable): AsyncGenerator<unknown[]> {
  let ended = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  stream.on("readable", notify);
  stream.on("end", () => {
    ended = true;
    notify();
  });
  stream.on("error", (e) => {
    failure = e;
    notify();
  });
  for (;;) {
    const batch: unknown[] = [];
    for (let item = stream.read(); item !== null; item = stream.read()) batch.push(item);
    if (batch.length > 0) yield batch;
    else if (failure !== undefined) throw failure;
    else if (ended) return;
    else await new Promise<void>((resolve) => (wake = resolve));
  }
}

/** Events of a register file. */
export function fileEvents(
  kind: RegisterKind,
  path: string,
  options: ReadRegisterOptions,
  validate: ValidateTableOptions,
  call: string,
): AsyncGenerator<TableEvent[]> {
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  return streamEvents(kind, stream as AsyncIterable<Uint8Array>, { fileName: path, ...options }, validate, call);
}
