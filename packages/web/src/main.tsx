import "./zod-jitless";
import "./style.css";
import { render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { type Bar, BarChart } from "./chart";
import { pageErrors, Superseded, WorkerClient } from "./client";
import { dmy, isoFromTyped, typedDateProblem, vi } from "./format";
import { memoryWarning } from "./memory";
import { ProblemsTable } from "./problems";
import type {
  DocumentSettingsForm,
  DownloadId,
  GeneratedSummary,
  ProblemRow,
  ReadSummary,
  RegisterKind,
  ReportSettings,
} from "./protocol";

document.addEventListener("securitypolicyviolation", (e) => pageErrors.push(`CSP ${e.violatedDirective}`));
window.addEventListener("error", (e) => pageErrors.push(`error ${e.message}`));
window.addEventListener("unhandledrejection", (e) => pageErrors.push(`unhandled ${String(e.reason)}`));

interface FileEntry {
  name: string;
  kind: RegisterKind;
  /** The clerk chose the kind (else the worker may correct the guess from the columns). */
  kindChosen: boolean;
  data: Uint8Array;
  columns: Record<string, string>;
  edits: { row: number; column: string; value: string }[];
  /** One sheet of a workbook that holds several registers (the worker names them after the file and the sheet). */
  sheet?: string | undefined;
}

type Step = "files" | "check" | "report" | "result";
const STEPS: { id: Step; label: string }[] = [
  { id: "files", label: "Sổ" },
  { id: "check", label: "Kiểm tra" },
  { id: "report", label: "Lập báo cáo" },
  { id: "result", label: "Kết quả" },
];

const KIND_NAMES: Record<RegisterKind, string> = { cases: "Sổ theo dõi đơn", sessions: "Sổ buổi tiếp dân" };
/** The encodings intake recognises, as clerks know them. */
const ENCODING_NAMES: Record<string, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16",
  "utf-16be": "UTF-16",
  "windows-1258": "Windows-1258 (ANSI tiếng Việt)",
  tcvn3: "TCVN3 (ABC)",
  vni: "VNI",
};
/** The progress label of a reading (a reading replaced by a newer one is not worth a message). */
const READING = "Đang gửi tệp cho bộ xử lý…";
const META_KEY = (profile: string) => `tiepdan.web.meta.${profile}`;
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/gi, "d")
    .toLowerCase();

/** A first guess of the register kind from the file's name; the worker corrects it from the columns (intake). */
function guessKind(name: string): RegisterKind {
  return /buoi|phien|session/.test(fold(name)) ? "sessions" : "cases";
}

/**
 * The text of an org file (don-vi.json): a JSON object with a `reportingUnit` key. A `.json` file that is not valid
 * JSON counts as one when its name starts as the org file's does (`don-vi…`, `org…`), so that its syntax error is shown
 * as the org file's; any other file is a register (a JSON register named "so-theo-doi-don-vinh-long.json" included).
 */
function orgFileText(name: string, data: Uint8Array): string | null {
  if (!/\.json$/i.test(name)) return null;
  const text = new TextDecoder().decode(data).replace(/^\uFEFF/, "");
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === "object" && !Array.isArray(json) && "reportingUnit" in json ? text : null;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return /^(don.?vi|org)/.test(fold(name)) ? text : null; // else a register, whose problems say it is not JSON
  }
}

/**
 * The text of a days-off file (ngay-nghi.json / ngay-nghi.csv, the CLI's `--days-off`): a `.json` or `.csv` file
 * whose name says so (“ngay-nghi…”, “days-off…”), or a JSON object with a `days` key.
 */
function daysOffFileText(name: string, data: Uint8Array): string | null {
  if (!/\.(json|csv)$/i.test(name)) return null;
  const text = new TextDecoder().decode(data).replace(/^\uFEFF/, "");
  if (/^(ngay.?nghi|days.?off)/.test(fold(name))) return text;
  if (!/\.json$/i.test(name)) return null;
  try {
    const json: unknown = JSON.parse(text);
    return json !== null && typeof json === "object" && !Array.isArray(json) && "days" in json ? text : null;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return null;
  }
}

/**
 * The text of a statistics file (so-lieu.json, written by “tiepdan report --stats-out” or this page): a JSON object
 * whose `format` names it. The worker reads it and says what it is, or why it cannot be used.
 */
function statsFileText(name: string, data: Uint8Array): string | null {
  if (!/\.json$/i.test(name)) return null;
  const text = new TextDecoder().decode(data).replace(/^\uFEFF/, "");
  return /^\s*\{[\s\S]{0,200}"format"\s*:\s*"tiepdan-so-lieu@/.test(text) ? text : null;
}

/** The text of a narrative file (tuong-thuat.txt): a `.txt` file with a `## ` heading line and no `;` header row. */
/** The name a register file was chosen under (a workbook's sheet goes by “file (trang …)”). */
function fileNameOf(f: FileEntry): string {
  const at = f.sheet === undefined ? -1 : f.name.lastIndexOf(" (trang ");
  return at < 0 ? f.name : f.name.slice(0, at);
}

/** Whether two files hold the same bytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** “so.csv” → “so (2).csv”, the first number no file of `taken` has. */
function numberedName(name: string, taken: ReadonlyMap<string, unknown>): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ""];
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function narrativeFileText(name: string, data: Uint8Array): string | null {
  if (!/\.txt$/i.test(name)) return null;
  const text = new TextDecoder().decode(data).replace(/^\uFEFF/, "");
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return /^##\s/m.test(text) && !/[;\t]/.test(first) ? text.normalize("NFC") : null;
}

/**
 * A date field shown and typed as dd/mm/yyyy whatever the browser's locale (a `type="date"` input follows the
 * browser's). It reports the ISO date, or the text as typed while it is not a date; what is wrong with that text is
 * said under the field at once (review s23w W23-3), and the page makes nothing until it is corrected.
 */
function DateInput(props: {
  id: string;
  /** The field's label, named by the message under it. */
  label: string;
  value: string;
  required?: boolean;
  onChange: (value: string) => void;
}) {
  const [text, setText] = useState(props.value ? dmy(props.value) : "");
  useEffect(() => {
    if ((isoFromTyped(text) ?? text) !== props.value)
      setText(props.value ? (isoFromTyped(props.value) ? dmy(props.value) : props.value) : "");
  }, [props.value]);
  const problem = typedDateProblem(text, props.label);
  return (
    <>
      <input
        id={props.id}
        type="text"
        inputMode="numeric"
        placeholder="dd/mm/yyyy"
        autoComplete="off"
        required={props.required}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${props.id}-problem` : undefined}
        value={text}
        onInput={(e) => {
          const typed = e.currentTarget.value;
          setText(typed);
          props.onChange(typed.trim() === "" ? "" : (isoFromTyped(typed) ?? typed.trim()));
        }}
      />
      {problem && (
        <span class="error field-problem" id={`${props.id}-problem`}>
          {problem}
        </span>
      )}
    </>
  );
}

function saveFile(name: string, bytes: Uint8Array | string, mime: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

// --- period picker ------------------------------------------------------------------------------------------------
type PeriodKind = "month" | "quarter" | "h1" | "m9" | "year" | "custom";
interface PeriodChoice {
  kind: PeriodKind;
  year: number;
  month: number;
  quarter: number;
  from: string;
  to: string;
}
function periodSpec(p: PeriodChoice): string {
  switch (p.kind) {
    case "month":
      return `${p.year}-${String(p.month).padStart(2, "0")}`;
    case "quarter":
      return `${p.year}-Q${p.quarter}`;
    case "h1":
      return `${p.year}-H1`;
    case "m9":
      return `${p.year}-9M`;
    case "year":
      return `${p.year}`;
    default:
      return `${p.from}..${p.to}`;
  }
}

/** The years a period may be in (the year field's bounds). */
const YEARS = { min: 2000, max: 2100 };

/**
 * What is wrong with the period chosen, in words for the clerk and dates dd/mm/yyyy; null when it can be used. A date
 * that is not on the calendar is said under its own field (DateInput), not here.
 */
function periodProblem(p: PeriodChoice): string | null {
  if (p.kind === "custom") {
    if (!p.from || !p.to) return "Chọn cả “Từ ngày” và “Đến ngày” của kỳ đột xuất.";
    if (isoFromTyped(p.from) === null || isoFromTyped(p.to) === null) return null;
    for (const [label, date] of [
      ["Từ ngày", p.from],
      ["Đến ngày", p.to],
    ] as const) {
      const year = Number(date.slice(0, 4));
      if (year < YEARS.min || year > YEARS.max) {
        return `Ngày ${dmy(date)} ở ô “${label}”: năm phải từ ${YEARS.min} đến ${YEARS.max}.`;
      }
    }
    if (p.from > p.to) return `“Từ ngày” (${dmy(p.from)}) phải trước hoặc bằng “Đến ngày” (${dmy(p.to)}).`;
    return null;
  }
  return Number.isInteger(p.year) && p.year >= YEARS.min && p.year <= YEARS.max
    ? null
    : `Nhập năm từ ${YEARS.min} đến ${YEARS.max}.`;
}

const EMPTY_META: DocumentSettingsForm = {
  issuingBody: "",
  parentBody: "",
  numberPrefix: "",
  place: "",
  signerName: "",
  signerTitle: "",
  signerVariant: "direct",
  signerOnBehalfOf: "",
  recipients: "",
};

/** What the browser remembers of a profile's document settings (nothing when storage is refused or spoilt). */
function loadMeta(profile: string): DocumentSettingsForm | null {
  try {
    const raw = localStorage.getItem(META_KEY(profile));
    return raw ? { ...EMPTY_META, ...JSON.parse(raw) } : null;
  } catch (e) {
    // SecurityError: storage refused (some browsers for file:// or private windows); SyntaxError: a spoilt entry.
    if (e instanceof DOMException || e instanceof SyntaxError) return null;
    throw e;
  }
}

/** Remembers a profile's document settings; false when the browser refuses storage. */
function rememberMeta(profile: string, value: DocumentSettingsForm): boolean {
  try {
    localStorage.setItem(META_KEY(profile), JSON.stringify(value));
    return true;
  } catch (e) {
    if (e instanceof DOMException) return false;
    throw e;
  }
}

function App() {
  const [step, setStep] = useState<Step>("files");
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [org, setOrg] = useState<{ name: string; text: string } | null>(null);
  const [read, setRead] = useState<ReadSummary | null>(null);
  const [progress, setProgress] = useState<{ value: number | null; label: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [generated, setGenerated] = useState<GeneratedSummary | null>(null);
  const [generatedFor, setGeneratedFor] = useState("");
  const [period, setPeriod] = useState<PeriodChoice>({
    kind: "quarter",
    year: new Date().getFullYear(),
    month: 1,
    quarter: 1,
    from: "",
    to: "",
  });
  const [profile, setProfile] = useState<"party" | "state">("party");
  const [cutoff, setCutoff] = useState<"" | "calendar" | "mid-month">("");
  const [asOf, setAsOf] = useState("");
  const [docDate, setDocDate] = useState("");
  const [docNumber, setDocNumber] = useState("");
  const [register, setRegister] = useState<"all" | "open" | "none">("all");
  const [allowPartial, setAllowPartial] = useState(false);
  const [narrative, setNarrative] = useState("");
  const [meta, setMeta] = useState<Record<"party" | "state", DocumentSettingsForm>>({
    party: loadMeta("party") ?? EMPTY_META,
    state: loadMeta("state") ?? EMPTY_META,
  });
  const [noticesPdf, setNoticesPdf] = useState(false);
  const [dragOver, setDragOver] = useState(false);
  const client = useMemo(() => new WorkerClient((value, label) => setProgress({ value, label })), []);
  const storageRefused = useRef(false);
  // The files and org file of the latest reading (a second drop while the first is read builds on it), and how many
  // requests are under way (a double click does not run twice). An older reading never answers: starting a new one
  // (or clearing the files) cancels it in the client.
  const filesRef = useRef<FileEntry[]>([]);
  const orgRef = useRef<{ name: string; text: string } | null>(null);
  // The days-off file of the latest reading (kept across readings until "Bỏ tất cả tệp").
  const daysOffRef = useRef<{ name: string; text: string } | null>(null);
  /** The units' statistics files (so-lieu.json) chosen, to roll up. */
  const statsRef = useRef<{ name: string; text: string }[]>([]);
  const busyCount = useRef(0);

  async function run<T>(label: string, what: () => Promise<T>): Promise<T | undefined> {
    busyCount.current += 1;
    setBusy(true);
    setMessage(null);
    setProgress({ value: null, label });
    try {
      return await what();
    } catch (e) {
      if (e instanceof Superseded) {
        // A reading replaced by a newer one: nothing to say. Anything else (a document being made) is said.
        if (label !== READING) {
          const doing = label.replace(/…$/, "").toLowerCase();
          setMessage({
            kind: "error",
            text: `Các sổ vừa thay đổi nên việc đang làm đã dừng (${doing}): lập lại báo cáo với các sổ mới.`,
          });
        }
        return undefined;
      }
      setMessage({ kind: "error", text: e instanceof Error ? e.message : String(e) });
      return undefined;
    } finally {
      busyCount.current -= 1;
      setBusy(busyCount.current > 0);
    }
  }

  async function reread(next: FileEntry[], nextOrg: { name: string; text: string } | null) {
    const orgChanged = nextOrg?.text !== orgRef.current?.text;
    filesRef.current = next;
    orgRef.current = nextOrg;
    setFiles(next);
    setOrg(nextOrg);
    setGenerated(null);
    if (next.length === 0 && !nextOrg && !daysOffRef.current && statsRef.current.length === 0) {
      client.cancel(); // whatever the worker was doing was for files no longer there
      setRead(null);
      return;
    }
    // The worker gets copies (moved, not copied again); the page keeps the bytes for the next reading.
    const copies = next.map((f) => ({ ...f, data: f.data.slice() }));
    const answer = await run(READING, () =>
      client.send<"read">(
        { type: "read", files: copies, org: nextOrg, daysOff: daysOffRef.current, stats: statsRef.current },
        copies.map((f) => f.data.buffer),
      ),
    );
    if (!answer) return;
    // A workbook of several registers (one sheet per month) is one register per sheet from now on: the clerk's
    // corrections go to the sheet their row is on.
    const sheets = answer.result.sheets ?? [];
    const read = next.flatMap((f): FileEntry[] => {
      const found = f.sheet === undefined ? sheets.find((s) => s.file === f.name) : undefined;
      if (!found) return [f];
      return found.registers.map((r) => ({ ...f, name: r.name, sheet: r.sheet, kind: f.kindChosen ? f.kind : r.kind }));
    });
    // The kinds the worker settled on, for files whose kind was only guessed from the name.
    const kinds = new Map(answer.result.files.map((f) => [f.file, f.kind]));
    if (sheets.length > 0 || read.some((f) => (kinds.get(f.name) ?? f.kind) !== f.kind)) {
      const settled = read.map((f) => ({ ...f, kind: kinds.get(f.name) ?? f.kind }));
      filesRef.current = settled;
      setFiles(settled);
    }
    setRead(answer.result);
    // A valid org file just chosen fills the document settings (a reading for another reason keeps what the clerk
    // typed since); without one (or with a spoilt one), what the browser remembers, else the placeholders.
    if (!orgChanged) return;
    const fromOrg = answer.result.org?.ok === true;
    setMeta((m) => ({
      party: fromOrg
        ? answer.result.settings.party
        : (loadMeta("party") ?? (m.party.issuingBody ? m.party : answer.result.settings.party)),
      state: fromOrg
        ? answer.result.settings.state
        : (loadMeta("state") ?? (m.state.issuingBody ? m.state : answer.result.settings.state)),
    }));
  }

  async function addFiles(list: FileList | File[]) {
    const chosen = Array.from(list);
    let read: Uint8Array[];
    try {
      read = await Promise.all(chosen.map(async (file) => new Uint8Array(await file.arrayBuffer())));
    } catch (e) {
      // NotReadableError: the file was moved or changed on disk after it was chosen.
      setMessage({
        kind: "error",
        text: `Không đọc được tệp đã chọn (${e instanceof Error ? e.message : String(e)}): chọn lại tệp.`,
      });
      return;
    }
    const added: FileEntry[] = [];
    let nextOrg = orgRef.current;
    const ignored: string[] = [];
    // Communes send registers and statistics files under one name (“so-theo-doi-don.csv”, “so-lieu-2026-Q1.json”):
    // a file of a name already chosen but of other content is another file, kept under a numbered name (review s16w
    // F1–F3: it replaced the first, silently, and a cell fix went to both); the same file chosen again replaces it.
    const registersByName = new Map<string, Uint8Array>(filesRef.current.map((f) => [fileNameOf(f), f.data]));
    const statsByName = new Map<string, Uint8Array>(
      statsRef.current.map((x) => [x.name, new TextEncoder().encode(x.text)]),
    );
    const renamed: string[] = [];
    // Which one it is, only the clerk knows: a corrected register chosen again replaces the old one, another
    // commune's is added (review s16r #8). Asked once per name.
    const replacing = new Map<string, boolean>();
    const replaces = (name: string) => {
      let answer = replacing.get(name);
      if (answer === undefined) {
        answer = window.confirm(
          `Đã có tệp “${name}” với nội dung khác.\n\nBấm OK nếu đây là bản mới của chính tệp đó (thay tệp cũ).\nBấm Hủy nếu đây là một tệp khác cùng tên, ví dụ sổ của đơn vị khác (giữ cả hai).`,
        );
        replacing.set(name, answer);
      }
      return answer;
    };
    const distinct = (taken: Map<string, Uint8Array>, name: string, data: Uint8Array): string => {
      const before = taken.get(name);
      const unique =
        before === undefined || sameBytes(before, data) || replaces(name) ? name : numberedName(name, taken);
      if (unique !== name) renamed.push(`“${name}” thành “${unique}”`);
      taken.set(unique, data);
      return unique;
    };
    chosen.forEach((file, i) => {
      const chosenName = file.name.normalize("NFC");
      const data = read[i] as Uint8Array;
      let name = chosenName;
      // A dropped `tiepdan init` folder: its README is for people, its narrative fills the narrative box.
      if (/^readme/i.test(name) && /\.(txt|md)$/i.test(name)) {
        ignored.push(name);
        return;
      }
      const narrativeText = narrativeFileText(name, data);
      if (narrativeText !== null) {
        setNarrative(narrativeText);
        ignored.push(`${name} (đã đưa vào ô “Phần tường thuật”)`);
        return;
      }
      const statsText = statsFileText(name, data);
      const orgText = statsText === null ? orgFileText(name, data) : null;
      const daysOffText = statsText === null && orgText === null ? daysOffFileText(name, data) : null;
      if (statsText !== null) {
        name = distinct(statsByName, chosenName, new TextEncoder().encode(statsText));
        statsRef.current = [...statsRef.current.filter((x) => x.name !== name), { name, text: statsText }];
      } else if (orgText !== null) nextOrg = { name, text: orgText };
      else if (daysOffText !== null) daysOffRef.current = { name, text: daysOffText };
      else {
        name = distinct(registersByName, chosenName, data);
        added.push({ name, kind: guessKind(name), kindChosen: false, data, columns: {}, edits: [] });
      }
    });
    // A file chosen again replaces the one of that name, and the registers of its sheets.
    const kept = filesRef.current.filter(
      (f) => !added.some((a) => a.name === f.name || (f.sheet !== undefined && f.name.startsWith(`${a.name} (trang `))),
    );
    await reread([...kept, ...added], nextOrg);
    // Said after the reading, which clears the message when it starts; an error of the reading stays.
    const said = [
      ...(renamed.length > 0
        ? [`Tệp trùng tên với tệp đã chọn nhưng khác nội dung, được đọc như một tệp khác: ${renamed.join(", ")}.`]
        : []),
      ...(ignored.length > 0 ? [`Không đọc như sổ: ${ignored.join(", ")}.`] : []),
    ];
    if (said.length > 0) {
      const text = said.join(" ");
      setMessage((m) => (m?.kind === "error" ? m : { kind: "ok", text }));
    }
  }

  /** The files of the latest reading with one changed. */
  const withFile = (name: string, change: (f: FileEntry) => FileEntry) =>
    filesRef.current.map((f) => (f.name === name ? change(f) : f));

  function updateMeta(field: keyof DocumentSettingsForm, value: string) {
    const next = { ...meta[profile], [field]: value };
    setMeta((m) => ({ ...m, [profile]: { ...m[profile], [field]: value } }));
    if (!rememberMeta(profile, next) && !storageRefused.current) {
      storageRefused.current = true;
      setMessage({
        kind: "error",
        text: "Trình duyệt không cho ghi nhớ thông tin văn bản (có thể đang ở cửa sổ ẩn danh): thông tin vẫn dùng được cho đến khi đóng trang.",
      });
    }
  }

  const settings: ReportSettings = {
    period: periodSpec(period),
    cutoff,
    profile,
    asOf,
    date: docDate,
    number: docNumber,
    meta: meta[profile],
    narrative,
    register,
    allowPartial,
  };
  const badPeriod = periodProblem(period);
  // The date fields whose text is not a date: each says why under itself, and nothing is made meanwhile.
  const badDates = [
    ...(period.kind === "custom"
      ? [
          ["period-from", period.from],
          ["period-to", period.to],
        ]
      : []),
    ["as-of", asOf],
    ["doc-date", docDate],
  ]
    .filter(([, value]) => value !== "" && isoFromTyped(value as string) === null)
    .map(([id]) => `${id}-problem`);
  // A report too big for the memory of the page is said so before it starts (the worker refuses it too).
  const tooBig = read ? memoryWarning(read.memory, register) : null;
  // The result shown was made from other settings: say so rather than let old documents be downloaded unawares.
  const stale = generated !== null && generatedFor !== JSON.stringify(settings);

  async function generate() {
    if (busyCount.current > 0 || badPeriod || badDates.length > 0) return;
    const asked = JSON.stringify(settings);
    const answer = await run("Đang lập báo cáo…", () => client.send<"generated">({ type: "generate", settings }));
    if (answer) {
      setGenerated(answer.result);
      setGeneratedFor(asked);
      // To the result, unless the clerk went elsewhere meanwhile.
      setStep((current) => (current === "report" || current === "result" ? "result" : current));
    }
  }
  async function download(id: DownloadId) {
    if (busyCount.current > 0) return;
    const answer = await run("Đang tạo tệp…", () => client.send<"file">({ type: "download", id, noticesPdf }));
    if (answer) {
      saveFile(answer.name, answer.bytes, answer.mime);
      setMessage({ kind: "ok", text: `Đã tải “${answer.name}”.` });
    }
  }

  async function downloadCorrected(file: string) {
    if (busyCount.current > 0) return;
    const answer = await run("Đang viết sổ đã sửa…", () => client.send<"file">({ type: "corrected", file }));
    if (answer) saveFile(answer.name, answer.bytes, answer.mime);
  }

  function applyEdit(p: ProblemRow, value: string) {
    if (value.trim() === "" && !window.confirm(`Xóa trắng ô dòng ${p.row}, cột “${p.column}” của “${p.file}”?`)) return;
    void reread(
      withFile(p.file, (f) => ({
        ...f,
        edits: [
          ...f.edits.filter((e) => !(e.row === p.row && e.column === p.column)),
          { row: p.row, column: p.column, value },
        ],
      })),
      orgRef.current,
    );
  }

  // The heading of a step gets the focus when the clerk moves to it (a screen reader says where they are).
  const stepHeading = useRef<HTMLElement | null>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const ready = globalThis as unknown as { __tiepdanReady?: boolean };
  useEffect(() => {
    ready.__tiepdanReady = true;
  }, []);

  const headingRef = (el: HTMLElement | null) => {
    if (el) stepHeading.current = el;
  };

  return (
    <>
      <header class="top">
        <h1>Tiếp dân — lập báo cáo từ sổ theo dõi</h1>
        <p>Mọi xử lý diễn ra ngay trong trình duyệt này: sổ và thông tin người dân không được gửi đi đâu.</p>
      </header>
      <nav class="steps" aria-label="Các bước">
        {STEPS.map((s, i) => (
          <button
            type="button"
            key={s.id}
            aria-current={step === s.id ? "step" : undefined}
            onClick={() => setStep(s.id)}
            id={`step-${s.id}`}
          >
            <span class="num" aria-hidden="true">
              {i + 1}
            </span>
            {s.label}
          </button>
        ))}
      </nav>
      <main>
        {progress && busy && (
          <section class="card progress-card" id="progress-card">
            <label for="progress">{progress.label}</label>
            {progress.value === null ? (
              <progress id="progress" max={1} />
            ) : (
              <progress id="progress" max={1} value={progress.value} />
            )}
          </section>
        )}
        {message && (
          <p
            class={message.kind === "error" ? "notice error" : "notice ok"}
            role={message.kind === "error" ? "alert" : "status"}
            id="message"
          >
            {message.text}
          </p>
        )}

        {step === "files" && (
          <section class="card">
            <h2 tabIndex={-1} ref={headingRef}>
              1. Sổ
            </h2>
            <p>
              Chọn hoặc kéo thả các sổ theo dõi đơn và sổ buổi tiếp dân (CSV, Excel .xlsx, JSON; nhiều tệp một lúc, mỗi
              xã một sổ), và nếu có, tệp thông tin đơn vị <code>don-vi.json</code> và tệp ngày nghỉ{" "}
              <code>ngay-nghi.json</code> hoặc <code>ngay-nghi.csv</code> (lịch nghỉ lễ, Tết chưa có trong công cụ, ngày
              nghỉ riêng của địa phương).
            </p>
            <section
              class={dragOver ? "drop over" : "drop"}
              id="drop"
              aria-label="Vùng kéo thả tệp sổ"
              onDragOver={(e) => {
                e.preventDefault();
                setDragOver(true);
              }}
              onDragLeave={() => setDragOver(false)}
              onDrop={(e) => {
                e.preventDefault();
                setDragOver(false);
                if (e.dataTransfer?.files) void addFiles(e.dataTransfer.files);
              }}
            >
              <label for="file" class="button primary">
                Chọn tệp sổ…
              </label>{" "}
              <input
                id="file"
                type="file"
                multiple
                accept=".csv,.tsv,.txt,.xlsx,.json,.ndjson,.jsonl"
                onChange={(e) => {
                  const input = e.currentTarget;
                  if (!input.files) return;
                  const list = Array.from(input.files);
                  input.value = ""; // the same file can be chosen again at once
                  void addFiles(list);
                }}
              />
              <p class="muted">hoặc kéo thả tệp vào khung này</p>
            </section>
            {(files.length > 0 || org || (read?.stats.length ?? 0) > 0) && (
              <>
                <table style={{ marginTop: "12px" }} id="files">
                  <thead>
                    <tr>
                      <th>Tệp</th>
                      <th>Loại sổ</th>
                      <th class="num">Dung lượng</th>
                      <th>
                        <span class="sr-only">Bỏ</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {files.map((f, i) => (
                      <tr key={f.name}>
                        <td>{f.name}</td>
                        <td>
                          <label class="sr-only" for={`kind-${i}`}>
                            Loại sổ của {f.name}
                          </label>
                          <select
                            id={`kind-${i}`}
                            value={f.kind}
                            onChange={(e) =>
                              void reread(
                                withFile(f.name, (x) => ({
                                  ...x,
                                  kind: e.currentTarget.value as RegisterKind,
                                  kindChosen: true,
                                  columns: {}, // the other kind has other columns; corrected cells stay
                                })),
                                orgRef.current,
                              )
                            }
                          >
                            <option value="cases">{KIND_NAMES.cases}</option>
                            <option value="sessions">{KIND_NAMES.sessions}</option>
                          </select>
                          {/* A PDF, a Word file, an empty file: said here, not only at the next step (review s16w F9). */}
                          {read?.files.some((x) => x.file === f.name && !x.correctable) && (
                            <span class="error"> (không đọc được: xem bước “Kiểm tra”)</span>
                          )}
                        </td>
                        <td class="num">
                          {(f.data.length / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} KB
                        </td>
                        <td>
                          <button
                            type="button"
                            aria-label={`Bỏ ${f.name}`}
                            onClick={() =>
                              void reread(
                                filesRef.current.filter((x) => x.name !== f.name),
                                orgRef.current,
                              )
                            }
                          >
                            Bỏ
                          </button>
                        </td>
                      </tr>
                    ))}
                    {(read?.stats ?? []).map((st) => (
                      <tr key={`so-lieu-${st.file}`}>
                        <td>{st.file}</td>
                        <td>
                          Tệp số liệu{" "}
                          {st.ok ? (
                            <span class="ok">
                              ({st.unit}, {st.period})
                            </span>
                          ) : (
                            <span class="error">({st.problem})</span>
                          )}
                        </td>
                        <td class="num" />
                        <td>
                          <button
                            type="button"
                            aria-label={`Bỏ ${st.file}`}
                            onClick={() => {
                              statsRef.current = statsRef.current.filter((x) => x.name !== st.file);
                              void reread(filesRef.current, orgRef.current);
                            }}
                          >
                            Bỏ
                          </button>
                        </td>
                      </tr>
                    ))}
                    {org && (
                      <tr>
                        <td>{org.name}</td>
                        <td>
                          Thông tin đơn vị{" "}
                          {read?.org &&
                            (read.org.ok ? (
                              read.org.placeholders && read.org.placeholders.length > 0 ? (
                                <span class="warn">
                                  ({read.org.unit} — còn chữ mẫu {read.org.placeholders.slice(0, 2).join(", ")}: văn bản
                                  là dự thảo)
                                </span>
                              ) : (
                                <span class="ok">({read.org.unit})</span>
                              )
                            ) : (
                              <span class="error">(có lỗi)</span>
                            ))}
                        </td>
                        <td class="num">
                          {(new TextEncoder().encode(org.text).length / 1024).toLocaleString("vi-VN", {
                            maximumFractionDigits: 1,
                          })}{" "}
                          KB
                        </td>
                        <td>
                          <button
                            type="button"
                            aria-label={`Bỏ ${org.name}`}
                            onClick={() => void reread(filesRef.current, null)}
                          >
                            Bỏ
                          </button>
                        </td>
                      </tr>
                    )}
                  </tbody>
                </table>
                <p>
                  <button
                    type="button"
                    id="clear-files"
                    onClick={() => {
                      daysOffRef.current = null;
                      statsRef.current = [];
                      void reread([], null);
                    }}
                  >
                    Bỏ tất cả tệp
                  </button>
                </p>
              </>
            )}
            {read?.org && !read.org.ok && <OrgProblems org={read.org} />}
            {read?.daysOff && (
              <DaysOffState
                daysOff={read.daysOff}
                onRemove={() => {
                  // Only the days-off file goes; the registers and their corrections stay (review s16w F11).
                  daysOffRef.current = null;
                  void reread(filesRef.current, orgRef.current);
                }}
              />
            )}
            {read && (
              <p id="files-summary">
                Đã đọc {vi(read.totals.read)} dòng: {vi(read.totals.accepted)} dòng hợp lệ,{" "}
                <span class={read.totals.rejected ? "error" : ""}>{vi(read.totals.rejected)} dòng bị loại</span>.{" "}
                {read.files.some((x) => !x.correctable) && (
                  <span class="error">
                    {vi(read.files.filter((x) => !x.correctable).length)} tệp không đọc được (không phải sổ, hoặc hỏng).{" "}
                  </span>
                )}
                <button type="button" class="primary" onClick={() => setStep("check")}>
                  Tiếp: kiểm tra
                </button>
              </p>
            )}
          </section>
        )}

        {step === "check" && (
          <>
            <section class="card">
              <h2 tabIndex={-1} ref={headingRef}>
                2. Kiểm tra
              </h2>
              {!read && <p>Chưa có sổ nào: quay lại bước “Sổ”.</p>}
              {read && (
                <p>
                  {vi(read.files.length)} sổ, {vi(read.totals.read)} dòng: {vi(read.totals.accepted)} hợp lệ,{" "}
                  <span class={read.totals.rejected ? "error" : ""}>{vi(read.totals.rejected)} bị loại</span>. Dưới đây
                  là cách đọc từng sổ (bảng mã, dấu phân cách, các cột) và các lỗi, mỗi lỗi có thể sửa ngay ô.
                </p>
              )}
              {read?.org && !read.org.ok && <OrgProblems org={read.org} />}
            </section>
            {read?.files.map((f, i) => (
              <section class="card" key={f.file}>
                <h2>
                  {KIND_NAMES[f.kind]}: {f.file}
                </h2>
                <p>
                  {f.format && <>Định dạng {f.format.toUpperCase()}; </>}
                  {f.encoding && <>bảng mã {ENCODING_NAMES[f.encoding] ?? f.encoding}; </>}
                  {f.fontEncoding && (
                    <>chữ gõ bằng phông {ENCODING_NAMES[f.fontEncoding] ?? f.fontEncoding}, đã chuyển sang Unicode; </>
                  )}
                  {f.delimiter && <>dấu phân cách “{f.delimiter === "\t" ? "Tab" : f.delimiter}”; </>}
                  {f.sheet && <>trang tính “{f.sheet}”; </>}
                  {f.headerRow !== undefined && <>dòng tiêu đề cột: {f.headerRow}. </>}
                  <b>
                    Đọc {vi(f.rows.read)} dòng: {vi(f.rows.accepted)} hợp lệ,{" "}
                    <span class={f.rows.rejected ? "error" : ""}>{vi(f.rows.rejected)} bị loại</span>.
                  </b>{" "}
                  {f.correctable && (
                    <button type="button" disabled={busy} onClick={() => void downloadCorrected(f.file)}>
                      Tải sổ đã sửa (CSV)
                    </button>
                  )}
                </p>
                {f.correctable && f.missing.length > 0 && (
                  <p class="error">Thiếu cột bắt buộc: {f.missing.map((m) => `“${m.label}”`).join(", ")}.</p>
                )}
                {f.columns.length > 0 && (
                  <details open={f.columns.some((c) => !c.field)}>
                    <summary>
                      Các cột ({f.columns.filter((c) => c.field).length}/{f.columns.length} cột được nhận ra)
                    </summary>
                    <table>
                      <thead>
                        <tr>
                          <th>Cột trong tệp</th>
                          <th>Đọc là</th>
                        </tr>
                      </thead>
                      <tbody>
                        {f.columns.map((c) => (
                          <tr key={c.index}>
                            <td>{c.header}</td>
                            <td>
                              {read.targets[f.kind].length > 0 && (!c.field || c.by === "option") ? (
                                <>
                                  <label class="sr-only" for={`map-${i}-${c.index}`}>
                                    Cột “{c.header}” đọc là
                                  </label>
                                  <select
                                    id={`map-${i}-${c.index}`}
                                    value={files.find((x) => x.name === f.file)?.columns[c.header] ?? ""}
                                    onChange={(e) => {
                                      const v = e.currentTarget.value;
                                      void reread(
                                        withFile(f.file, (x) => {
                                          const columns = { ...x.columns };
                                          if (v) columns[c.header] = v;
                                          else delete columns[c.header];
                                          return { ...x, columns };
                                        }),
                                        orgRef.current,
                                      );
                                    }}
                                  >
                                    <option value="">— không dùng —</option>
                                    {read.targets[f.kind].map((t) => (
                                      <option key={t.field} value={t.field}>
                                        {t.label}
                                      </option>
                                    ))}
                                  </select>
                                </>
                              ) : c.field ? (
                                <span class="ok">{c.label ?? c.field}</span>
                              ) : (
                                <span class="muted">không dùng</span>
                              )}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </details>
                )}
              </section>
            ))}
            {read && (
              <section class="card">
                <h2>Lỗi dữ liệu</h2>
                <ProblemsTable
                  read={read}
                  fileNames={files.map((f) => f.name)}
                  busy={busy}
                  applyEdit={applyEdit}
                  save={(name, text) => saveFile(name, text, "text/csv;charset=utf-8")}
                />
                <p>
                  <button type="button" class="primary" onClick={() => setStep("report")}>
                    Tiếp: lập báo cáo
                  </button>
                </p>
              </section>
            )}
          </>
        )}

        {step === "report" && (
          <section class="card">
            <h2 tabIndex={-1} ref={headingRef}>
              3. Lập báo cáo
            </h2>
            <div class="row">
              <div class="field">
                <label for="period-kind">Kỳ báo cáo</label>
                <select
                  id="period-kind"
                  value={period.kind}
                  onChange={(e) => setPeriod({ ...period, kind: e.currentTarget.value as PeriodKind })}
                >
                  <option value="month">Tháng</option>
                  <option value="quarter">Quý</option>
                  <option value="h1">6 tháng đầu năm</option>
                  <option value="m9">9 tháng</option>
                  <option value="year">Năm</option>
                  <option value="custom">Đột xuất (từ ngày đến ngày)</option>
                </select>
              </div>
              {period.kind !== "custom" && (
                <div class="field">
                  <label for="period-year">Năm</label>
                  <input
                    id="period-year"
                    type="number"
                    required
                    min={2000}
                    max={2100}
                    value={period.year}
                    onInput={(e) => setPeriod({ ...period, year: Number(e.currentTarget.value) })}
                  />
                </div>
              )}
              {period.kind === "month" && (
                <div class="field">
                  <label for="period-month">Tháng</label>
                  <select
                    id="period-month"
                    value={period.month}
                    onChange={(e) => setPeriod({ ...period, month: Number(e.currentTarget.value) })}
                  >
                    {Array.from({ length: 12 }, (_, m) => (
                      <option key={m} value={m + 1}>
                        Tháng {m + 1}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {period.kind === "quarter" && (
                <div class="field">
                  <label for="period-quarter">Quý</label>
                  <select
                    id="period-quarter"
                    value={period.quarter}
                    onChange={(e) => setPeriod({ ...period, quarter: Number(e.currentTarget.value) })}
                  >
                    {["I", "II", "III", "IV"].map((q, k) => (
                      <option key={q} value={k + 1}>
                        Quý {q}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {period.kind === "custom" && (
                <>
                  <div class="field">
                    <label for="period-from">Từ ngày</label>
                    <DateInput
                      id="period-from"
                      label="Từ ngày"
                      required
                      value={period.from}
                      onChange={(from) => setPeriod({ ...period, from })}
                    />
                  </div>
                  <div class="field">
                    <label for="period-to">Đến ngày</label>
                    <DateInput
                      id="period-to"
                      label="Đến ngày"
                      required
                      value={period.to}
                      onChange={(to) => setPeriod({ ...period, to })}
                    />
                  </div>
                </>
              )}
              <div class="field">
                <label for="profile">Thể thức</label>
                <select
                  id="profile"
                  value={profile}
                  onChange={(e) => setProfile(e.currentTarget.value as "party" | "state")}
                >
                  <option value="party">Văn bản của Đảng (HD 36-HD/VPTW)</option>
                  <option value="state">Văn bản hành chính (NĐ 30/2020/NĐ-CP)</option>
                </select>
              </div>
              <div class="field">
                <label for="cutoff">Khoảng số liệu</label>
                <select
                  id="cutoff"
                  value={cutoff}
                  onChange={(e) => setCutoff(e.currentTarget.value as "" | "calendar" | "mid-month")}
                >
                  <option value="">Theo thể thức ({profile === "party" ? "tháng dương lịch" : "từ ngày 15"})</option>
                  <option value="calendar">Theo tháng dương lịch</option>
                  <option value="mid-month">
                    Từ ngày 15 tháng trước đến ngày 14 (TT 06/2025/TT-TTCP; trước 30/9/2025 TT 01/2024/TT-TTCP)
                  </option>
                </select>
              </div>
            </div>
            {/* A period's spec is shown once its dates are dates (never half typed text, half ISO). */}
            {(period.kind !== "custom" || (isoFromTyped(period.from) && isoFromTyped(period.to))) && (
              <p class="muted">
                Kỳ: <code id="period-spec">{periodSpec(period)}</code>
              </p>
            )}
            {badPeriod && (
              <p class="error" id="period-problem">
                {badPeriod}
              </p>
            )}
            <div class="row">
              <div class="field">
                <label for="as-of">Ngày tính số liệu (mặc định: cuối kỳ)</label>
                <DateInput id="as-of" label="Ngày tính số liệu" value={asOf} onChange={setAsOf} />
              </div>
              <div class="field">
                <label for="doc-date">Ngày văn bản (mặc định: ngày tính số liệu)</label>
                <DateInput id="doc-date" label="Ngày văn bản" value={docDate} onChange={setDocDate} />
              </div>
              <div class="field">
                <label for="doc-number">Số văn bản</label>
                <input
                  id="doc-number"
                  type="text"
                  size={8}
                  value={docNumber}
                  onInput={(e) => setDocNumber(e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="register">Phụ lục danh sách vụ việc</label>
                <select
                  id="register"
                  value={register}
                  onChange={(e) => setRegister(e.currentTarget.value as "all" | "open" | "none")}
                >
                  <option value="all">Tất cả vụ việc trong kỳ</option>
                  <option value="open">Chỉ vụ việc chưa có kết quả</option>
                  <option value="none">Không có</option>
                </select>
              </div>
            </div>
            <h3 style={{ marginTop: "14px" }}>
              Thông tin văn bản ({profile === "party" ? "văn bản của Đảng" : "văn bản hành chính"})
            </h3>
            <p class="muted">
              {org && read?.org?.ok
                ? `Lấy từ “${org.name}”; `
                : org
                  ? `Tệp “${org.name}” có lỗi (xem bước “Kiểm tra”) nên không được dùng: chữ trong ngoặc vuông là thông tin mẫu; `
                  : "Chưa có tệp thông tin đơn vị: chữ trong ngoặc vuông là thông tin mẫu; "}
              trình duyệt ghi nhớ những gì bạn sửa.
            </p>
            <div class="grid2">
              {(
                [
                  ["issuingBody", "Cơ quan ban hành"],
                  ["parentBody", "Cơ quan cấp trên (nếu có)"],
                  ["numberPrefix", "Ký hiệu sau số (ví dụ BC/TU)"],
                  ["place", "Địa danh"],
                  ["signerName", "Người ký"],
                  ["signerTitle", "Chức vụ người ký"],
                ] as const
              ).map(([field, label]) => (
                <div class="field" key={field}>
                  <label for={`meta-${field}`}>{label}</label>
                  <input
                    id={`meta-${field}`}
                    type="text"
                    value={meta[profile][field]}
                    onInput={(e) => updateMeta(field, e.currentTarget.value)}
                  />
                </div>
              ))}
              <div class="field">
                <label for="meta-signerVariant">Hình thức ký</label>
                <select
                  id="meta-signerVariant"
                  value={meta[profile].signerVariant}
                  onChange={(e) => updateMeta("signerVariant", e.currentTarget.value)}
                >
                  <option value="direct">Ký trực tiếp</option>
                  <option value="onBehalfOf">Thay mặt (T/M, TM.)</option>
                  <option value="deputy">Ký thay (KT.)</option>
                  <option value="byOrder">Thừa lệnh (TL.)</option>
                  <option value="byAuthorization">Thừa ủy quyền (TUQ.)</option>
                  <option value="acting">Quyền (Q.)</option>
                </select>
              </div>
              <div class="field">
                <label for="meta-signerOnBehalfOf">Thay mặt / ký thay cho</label>
                <input
                  id="meta-signerOnBehalfOf"
                  type="text"
                  value={meta[profile].signerOnBehalfOf}
                  onInput={(e) => updateMeta("signerOnBehalfOf", e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="meta-recipients">Nơi nhận (mỗi dòng một nơi; mục đích trong ngoặc đơn ở cuối)</label>
                <textarea
                  id="meta-recipients"
                  rows={4}
                  value={meta[profile].recipients}
                  onInput={(e) => updateMeta("recipients", e.currentTarget.value)}
                />
              </div>
              <div class="field">
                <label for="narrative">
                  Phần tường thuật (mỗi mục bắt đầu bằng dòng “## Tên mục”, các đoạn cách nhau một dòng trống)
                </label>
                <textarea
                  id="narrative"
                  rows={4}
                  value={narrative}
                  onInput={(e) => setNarrative(e.currentTarget.value)}
                />
              </div>
            </div>
            {read?.problems.some((p) => p.severity === "error") && (
              <p>
                <input
                  id="allow-partial"
                  type="checkbox"
                  checked={allowPartial}
                  onChange={(e) => setAllowPartial(e.currentTarget.checked)}
                />{" "}
                <label for="allow-partial">
                  Vẫn lập báo cáo, không tính {vi(read.totals.rejected)} dòng lỗi
                  {read.files.some((f) => !f.correctable) ? " và các tệp không đọc được" : ""}
                </label>
              </p>
            )}
            <p>
              <button
                type="button"
                class="primary"
                id="generate"
                disabled={busy || !read || badPeriod !== null || badDates.length > 0}
                aria-describedby={badPeriod ? "period-problem" : badDates.length > 0 ? badDates.join(" ") : undefined}
                onClick={() => void generate()}
              >
                Lập báo cáo
              </button>
              {!read && <span class="muted"> Chưa có sổ: chọn sổ ở bước “Sổ”.</span>}
              {read && tooBig && (
                <span class="error" id="memory-warning" role="alert">
                  {" "}
                  {tooBig}
                </span>
              )}
              {read && !tooBig && register === "all" && read.totals.accepted > 20_000 && (
                <span class="muted" id="big-appendix">
                  {" "}
                  Phụ lục “tất cả vụ việc” của {vi(read.totals.accepted)} dòng rất dài: trình duyệt có thể hết bộ nhớ
                  khi tạo DOCX; nên chọn “Chỉ vụ việc chưa có kết quả” hoặc lập bằng lệnh <code>tiepdan report</code>.
                </span>
              )}
            </p>
          </section>
        )}

        {step === "result" && (
          <>
            {!generated && <p>Chưa lập báo cáo: làm bước “Lập báo cáo”.</p>}
            {generated && (
              <Result
                headingRef={headingRef}
                g={generated}
                stale={stale}
                regenerate={generate}
                busy={busy}
                download={download}
                noticesPdf={noticesPdf}
                setNoticesPdf={setNoticesPdf}
              />
            )}
          </>
        )}
      </main>
    </>
  );
}

const KIND_LABELS = {
  reflection: "Phản ánh",
  petition: "Kiến nghị",
  complaint: "Khiếu nại",
  denunciation: "Tố cáo",
} as const;
const ROUTE_LABELS = {
  handle: "Giải quyết",
  direct: "Chỉ đạo, chuyển",
  guide: "Hướng dẫn",
  archive: "Lưu đơn",
} as const;
const DOWNLOAD_LABELS: Record<DownloadId, string> = {
  "report-pdf": "Báo cáo (PDF)",
  "report-docx": "Báo cáo (DOCX)",
  "report-xlsx": "Biểu số liệu (XLSX)",
  "compliance-pdf": "Báo cáo rà soát (PDF)",
  "compliance-docx": "Báo cáo rà soát (DOCX)",
  "notices-zip": "Văn bản từng vụ việc (ZIP)",
  "stats-json": "Tệp số liệu gửi cấp trên (so-lieu.json)",
};

function DaysOffState(props: { daysOff: NonNullable<ReadSummary["daysOff"]>; onRemove: () => void }) {
  const d = props.daysOff;
  const remove = (
    <button type="button" id="remove-days-off" aria-label={`Bỏ ${d.file}`} onClick={props.onRemove}>
      Bỏ tệp ngày nghỉ
    </button>
  );
  if (d.ok) {
    const parts = [
      ...(d.years.length > 0 ? [`ngày nghỉ năm ${d.years.join(", ")} bổ sung vào lịch nghỉ có sẵn`] : []),
      ...(d.local > 0 ? [`${vi(d.local)} ngày nghỉ riêng của địa phương`] : []),
    ];
    return (
      <>
        <p id="days-off-state">
          Tệp ngày nghỉ “{d.file}”: {parts.join("; ") || "không có ngày nào"}. Thời hạn được tính theo các ngày nghỉ
          này. {remove}
        </p>
        {d.problems.length > 0 && (
          <ul id="days-off-notes">
            {d.problems.map((p) => (
              <li key={p}>Lưu ý: {p}</li>
            ))}
          </ul>
        )}
      </>
    );
  }
  return (
    <div class="notice error" id="days-off-problems">
      <b>Tệp ngày nghỉ “{d.file}” có lỗi nên không được dùng:</b>
      <ul>
        {d.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      Sửa tệp rồi chọn lại; chưa có tệp thì thời hạn tính theo lịch nghỉ có sẵn trong công cụ. {remove}
    </div>
  );
}

function OrgProblems(props: { org: NonNullable<ReadSummary["org"]> }) {
  return (
    <div class="notice error" id="org-problems">
      <b>Tệp thông tin đơn vị “{props.org.file}” có lỗi nên không được dùng:</b>
      <ul>
        {props.org.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      Sửa tệp rồi chọn lại, hoặc điền thông tin văn bản ở bước “Lập báo cáo”.
    </div>
  );
}

/**
 * The head's scheduled days and minimum as the report states them (review s23w W23-5): of the months ended by the
 * as-of date when some month of the period is not over, of the period otherwise.
 */
function minimumText(m: NonNullable<GeneratedSummary["minimum"]>): string {
  if (m.months === 0) return `${m.head}: chưa tháng nào kết thúc để đánh giá số ngày tối thiểu`;
  const within = m.open > 0 ? `${vi(m.months)} tháng đã kết thúc` : "kỳ";
  return `${m.head}: ${vi(m.days)} ngày định kỳ, tối thiểu ${vi(m.required)} ngày trong ${within}`;
}

function Result(props: {
  headingRef: (el: HTMLElement | null) => void;
  g: GeneratedSummary;
  /** The settings changed since the result was made. */
  stale: boolean;
  regenerate: () => Promise<void>;
  busy: boolean;
  download: (id: DownloadId) => Promise<void>;
  noticesPdf: boolean;
  setNoticesPdf: (v: boolean) => void;
}) {
  const { g } = props;
  const c = g.summary.cases;
  const s = g.summary.sessions;
  const kinds: Bar[] = Object.entries(KIND_LABELS).map(([k, label]) => ({
    label,
    value: c.byKind[k as keyof typeof c.byKind],
  }));
  const routes: Bar[] = Object.entries(ROUTE_LABELS).map(([k, label]) => ({
    label,
    value: c.byRoute[k as keyof typeof c.byRoute],
  }));
  const f = g.findings;
  const totalNotices = g.notices.receipt + g.notices.guidance + g.notices.transfer;
  return (
    <>
      <section class="card" id="result">
        <h2 tabIndex={-1} ref={props.headingRef}>
          4. Kết quả: {g.unit}, {g.periodLabel}
        </h2>
        <p class="muted">
          Số liệu từ ngày {dmy(g.from)} đến ngày {dmy(g.to)}, tính đến ngày {dmy(g.asOf)}.
        </p>
        <div class="stats">
          <div class="stat">
            {g.profile === "state" ? "Buổi tiếp công dân" : "Buổi tiếp dân"}
            <b id="stat-sessions">{vi(s.held)}</b>
            {vi(s.scheduled)} định kỳ, {vi(s.adHoc)} đột xuất; {vi(s.people)} lượt người
            {g.minimum && (
              <span id="stat-minimum">
                <br />
                {minimumText(g.minimum)}
              </span>
            )}
          </div>
          <div class="stat">
            Vụ việc tiếp nhận<b id="stat-cases">{vi(c.total)}</b>
            {vi(c.group)} vụ đông người, {vi(c.people)} người; kỳ trước chuyển sang {vi(c.carriedOver)}
          </div>
          <div class="stat">
            Đã có kết quả<b>{vi(c.resolved)}</b>
            trong {vi(c.total)} vụ việc tiếp nhận trong kỳ
          </div>
          <div class="stat">
            Quá hạn<b class={c.overdue ? "error" : ""}>{c.overdue === undefined ? "—" : vi(c.overdue)}</b>
            {c.overdue === undefined ? "không tính thời hạn" : "vụ việc có thời hạn chưa bảo đảm"}
          </div>
        </div>
        <div class="grid2" style={{ marginTop: "12px" }}>
          <BarChart title="Vụ việc theo loại" bars={kinds} />
          <BarChart title="Vụ việc theo hướng xử lý" bars={routes} />
        </div>
      </section>
      <section class="card">
        <h2>
          {g.profile === "state"
            ? "Rà soát việc thực hiện Luật Tiếp công dân"
            : "Rà soát việc thực hiện Quy định 11-QĐi/TW"}
        </h2>
        <ul id="findings">
          <li>
            {vi(f.sessions)} tháng {g.profile === "state" ? "tiếp công dân" : "tiếp dân"} định kỳ chưa đủ số ngày
          </li>
          <li>{vi(f.adHoc)} vụ việc cần tiếp đột xuất chưa tiếp</li>
          <li>{vi(f.deadline)} thời hạn chưa bảo đảm</li>
          <li>{vi(f.route)} hướng xử lý khác quy định</li>
        </ul>
        {g.notes.length > 0 && (
          <div class="notice" id="notes">
            <b>Lưu ý:</b>
            <ul>
              {g.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section class="card">
        <h2>Tải văn bản</h2>
        {props.stale && (
          <p class="notice" id="stale">
            Thông tin ở bước “Lập báo cáo” đã thay đổi sau khi lập: các văn bản dưới đây chưa có thay đổi đó.{" "}
            <button type="button" class="primary" disabled={props.busy} onClick={() => void props.regenerate()}>
              Lập lại với thông tin mới
            </button>
          </p>
        )}
        <div class="downloads">
          {g.files.map((file) => (
            <button
              type="button"
              key={file.id}
              id={`dl-${file.id}`}
              disabled={props.busy || props.stale || (file.id === "notices-zip" && totalNotices === 0)}
              onClick={() => void props.download(file.id)}
            >
              {DOWNLOAD_LABELS[file.id]}
            </button>
          ))}
        </div>
        <p class="muted">
          Văn bản từng vụ việc: {vi(g.notices.receipt)} thông báo tiếp nhận, {vi(g.notices.guidance)} phiếu hướng dẫn,{" "}
          {vi(g.notices.transfer)} phiếu chuyển đơn (DOCX
          {props.noticesPdf ? " và PDF" : ""}).{" "}
          <input
            id="notices-pdf"
            type="checkbox"
            checked={props.noticesPdf}
            onChange={(e) => props.setNoticesPdf(e.currentTarget.checked)}
          />{" "}
          <label for="notices-pdf">Kèm bản PDF (chậm hơn)</label>
        </p>
      </section>
    </>
  );
}

const root = document.getElementById("app");
if (root) {
  root.textContent = "";
  render(<App />, root);
}
