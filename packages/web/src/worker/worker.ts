// The worker: reads the registers, builds the documents and renders them, with the functions of @tiepdan/reporting,
// @tiepdan/core and @tiepdan/templates only — no rule is implemented here.
import "../zod-jitless";
import { type Case, defaultCutoff, type ReceptionSession, resolvePeriod } from "@tiepdan/core";
import * as reporting from "@tiepdan/reporting";
import {
  type OrgFile,
  PLACEHOLDER_ORG,
  parseNarrative,
  parseOrgFile,
  prepareComplianceReport,
  prepareNotices,
  preparePeriodicReport,
  readCases,
  readSessions,
  reportingUnitOf,
} from "@tiepdan/reporting";
import { renderDocx } from "@tiepdan/reporting/docx";
import { renderPdf } from "@tiepdan/reporting/pdf";
import { writeStatWorkbook, xlsx } from "@tiepdan/reporting/xlsx";
import { zipSync } from "fflate";
import type {
  DocumentSettingsForm,
  FileSummary,
  GeneratedSummary,
  ProblemRow,
  ReadSummary,
  RegisterFileInput,
  RegisterKind,
  ReportSettings,
  Request,
  Response,
} from "../protocol";
import { pdfFonts } from "./fonts";
import { installPrecompiledTemplates } from "./templates";

installPrecompiledTemplates();

const post = (message: Response, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);
self.addEventListener("securitypolicyviolation", (e) =>
  post({ type: "csp", directive: (e as SecurityPolicyViolationEvent).violatedDirective }),
);

// Functions that other parts of @tiepdan/reporting are adding: used as soon as they are exported.
type Optional = {
  registerColumns?: (kind: RegisterKind) => { field: string; label: string }[];
  correctRegister?: (
    kind: RegisterKind,
    input: Uint8Array,
    options: Record<string, unknown>,
  ) => Promise<{ text: string }> | { text: string };
  orgDraftNotes?: (org: OrgFile) => string[];
};
const optional = reporting as unknown as Optional;

interface State {
  files: RegisterFileInput[];
  cases: Case[];
  sessions: ReceptionSession[];
  rows: { read: number; accepted: number; rejected: number; files: number };
  recordedFields: (keyof Case)[];
  org: OrgFile;
  orgNotes: string[];
  generated?: {
    settings: ReportSettings;
    report: ReturnType<typeof preparePeriodicReport>;
    compliance: ReturnType<typeof prepareComplianceReport>;
    notices: ReturnType<typeof prepareNotices>[];
  };
}
let state: State | undefined;

const ZIP_TIME = new Date(2000, 0, 1); // fixed: the same inputs give the same ZIP

function settingsForm(org: OrgFile, profile: "party" | "state"): DocumentSettingsForm {
  const s = org.documents?.[profile] ?? org.document ?? org.documents?.party ?? org.documents?.state;
  return {
    issuingBody: s?.issuingBody ?? "",
    parentBody: s?.parentBody ?? "",
    numberPrefix: s?.numberPrefix ?? "",
    place: s?.place ?? "",
    signerName: s?.signer.name ?? "",
    signerTitle: s?.signer.title ?? "",
    signerVariant: s?.signer.variant ?? "direct",
    signerOnBehalfOf: s?.signer.onBehalfOf ?? "",
    recipients: (s?.recipients ?? []).map((r) => (r.purpose ? `${r.name} (${r.purpose})` : r.name)).join("\n"),
  };
}

/** The org file with the clerk's document settings for a profile, validated by parseOrgFile. */
function orgWithSettings(org: OrgFile, profile: "party" | "state", f: DocumentSettingsForm): OrgFile {
  const t = (s: string) => s.normalize("NFC").trim();
  const settings = {
    issuingBody: t(f.issuingBody),
    ...(t(f.parentBody) ? { parentBody: t(f.parentBody) } : {}),
    ...(t(f.numberPrefix) ? { numberPrefix: t(f.numberPrefix) } : {}),
    place: t(f.place),
    signer: {
      name: t(f.signerName),
      title: t(f.signerTitle),
      variant: f.signerVariant,
      ...(f.signerVariant !== "direct" && t(f.signerOnBehalfOf) ? { onBehalfOf: t(f.signerOnBehalfOf) } : {}),
    },
    recipients: f.recipients
      .split("\n")
      .map(t)
      .filter(Boolean)
      .map((line) => {
        const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(line);
        return m ? { name: m[1], purpose: m[2] } : { name: line };
      }),
  };
  const parsed = parseOrgFile(JSON.stringify({ ...org, documents: { ...org.documents, [profile]: settings } }));
  if (!parsed.ok) {
    throw new Error(
      `Thông tin văn bản chưa hợp lệ: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`,
    );
  }
  return parsed.org;
}

function draftNotesOf(org: OrgFile, given: boolean): string[] {
  if (optional.orgDraftNotes) return optional.orgDraftNotes(org);
  return given
    ? []
    : [
        "Chưa có tệp thông tin đơn vị: tên cấp ủy, địa danh, người ký trong ngoặc vuông là thông tin mẫu, phải sửa trước khi trình ký.",
      ];
}

async function readAll(
  seq: number,
  files: RegisterFileInput[],
  orgInput: { name: string; text: string } | null,
): Promise<ReadSummary> {
  let org = PLACEHOLDER_ORG;
  let orgSummary: ReadSummary["org"] = null;
  if (orgInput) {
    const parsed = parseOrgFile(orgInput.text);
    orgSummary = parsed.ok
      ? { file: orgInput.name, ok: true, unit: reportingUnitOf(parsed.org).name, problems: [] }
      : {
          file: orgInput.name,
          ok: false,
          problems: parsed.problems.map((p) => `${p.path || "(cả tệp)"}: ${p.message}`),
        };
    if (parsed.ok) org = parsed.org;
  }
  const ordered = [...files.filter((f) => f.kind === "sessions"), ...files.filter((f) => f.kind === "cases")];
  const problems: ProblemRow[] = [];
  const summaries: FileSummary[] = [];
  const cases: Case[] = [];
  const sessions: ReceptionSession[] = [];
  let recorded = null as Set<string> | null;
  const totalBytes = ordered.reduce((n, f) => n + f.data.length, 0) || 1;
  let doneBytes = 0;
  for (const f of ordered) {
    post({ type: "progress", seq, value: doneBytes / totalBytes, label: `Đang đọc “${f.name}”…` });
    const options = {
      fileName: f.name,
      xlsx,
      ...(Object.keys(f.columns).length ? { columns: f.columns } : {}),
      ...(f.edits.length ? { edits: f.edits } : {}),
    };
    const reading =
      f.kind === "cases"
        ? readCases(f.data, { ...options, sessionIds: sessions.map((s) => s.id) })
        : readSessions(f.data, options);
    let n = 0;
    for await (const record of reading) {
      if (f.kind === "cases") cases.push(record as Case);
      else sessions.push(record as ReceptionSession);
      if (++n % 500 === 0) {
        post({ type: "progress", seq, value: doneBytes / totalBytes, label: `“${f.name}”: ${n} dòng…` });
      }
    }
    const result = (await reading.result()) as Awaited<ReturnType<typeof reading.result>> & {
      layout?: Omit<FileSummary, "file" | "kind" | "rows" | "correctable"> & { format?: string };
    };
    doneBytes += f.data.length;
    const layout = result.layout;
    for (const p of result.problems) {
      const detail = p as typeof p & { what?: string; allowed?: string };
      problems.push({
        file: f.name,
        row: p.row,
        column: p.column ?? "",
        code: p.code,
        severity: p.severity,
        what: detail.what ?? p.message,
        allowed: detail.allowed ?? "",
      });
    }
    if (f.kind === "cases") {
      const fields = new Set(
        (layout?.columns ?? []).map((c) => c.field).filter((x): x is string => typeof x === "string"),
      );
      recorded = recorded ? new Set([...recorded].filter((x) => fields.has(x))) : fields;
    }
    summaries.push({
      file: f.name,
      kind: f.kind,
      rows: { ...result.rows },
      format: layout?.format,
      encoding: layout?.encoding,
      delimiter: layout?.delimiter,
      sheet: layout?.sheet,
      headerRow: layout?.headerRow,
      columns: layout?.columns ?? [],
      missing: layout?.missing ?? [],
      correctable: typeof optional.correctRegister === "function",
    });
  }
  const totals = summaries.reduce(
    (t, s) => ({
      read: t.read + s.rows.read,
      accepted: t.accepted + s.rows.accepted,
      rejected: t.rejected + s.rows.rejected,
    }),
    { read: 0, accepted: 0, rejected: 0 },
  );
  state = {
    files,
    cases,
    sessions,
    rows: { ...totals, files: files.length },
    recordedFields: [...(recorded ?? [])] as (keyof Case)[],
    org,
    orgNotes: draftNotesOf(org, orgInput !== null && orgSummary?.ok === true),
  };
  post({ type: "progress", seq, value: 1, label: "Đã đọc xong." });
  return {
    files: [...summaries].sort(
      (a, b) => files.findIndex((x) => x.name === a.file) - files.findIndex((x) => x.name === b.file),
    ),
    totals,
    problems,
    targets: {
      cases: optional.registerColumns?.("cases") ?? [],
      sessions: optional.registerColumns?.("sessions") ?? [],
    },
    org: orgSummary,
    settings: { party: settingsForm(org, "party"), state: settingsForm(org, "state") },
  };
}

function generate(settings: ReportSettings): GeneratedSummary {
  if (!state) throw new Error("Chưa có sổ nào được đọc.");
  if (state.cases.length === 0 && state.rows.read === 0) throw new Error("Chưa có sổ theo dõi đơn.");
  if (state.rows.rejected > 0 && !settings.allowPartial) {
    throw new Error(
      `Các sổ còn ${state.rows.rejected} dòng bị loại. Sửa các lỗi ở bước “Kiểm tra”, hoặc chọn “Vẫn lập báo cáo, không tính các dòng lỗi”.`,
    );
  }
  const period = resolvePeriod(settings.period, { cutoff: settings.cutoff || defaultCutoff(settings.profile) });
  const asOf = settings.asOf || period.to;
  const date = settings.date || asOf;
  const org = orgWithSettings(state.org, settings.profile, settings.meta);
  const narrative = settings.narrative.trim() ? parseNarrative(settings.narrative) : undefined;
  const input = {
    period,
    asOf,
    date,
    profile: settings.profile,
    org,
    draftNotes: [...state.orgNotes],
    cases: state.cases,
    sessions: state.sessions,
    rows: state.rows,
    recordedFields: state.recordedFields,
    ...(settings.number.trim() ? { number: settings.number.trim() } : {}),
  };
  const report = preparePeriodicReport({ ...input, ...(narrative ? { narrative } : {}), register: settings.register });
  const compliance = prepareComplianceReport(input);
  const notices = (["receipt", "guidance", "transfer"] as const).map((kind) => prepareNotices({ ...input, kind }));
  state.generated = { settings, report, compliance, notices };
  const f = compliance.model.findings;
  const s = report.summary;
  const stem = report.stem;
  return {
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    asOf,
    unit: reportingUnitOf(org).name,
    summary: { rows: s.rows, sessions: s.sessions, cases: s.cases } as GeneratedSummary["summary"],
    findings: {
      sessions: f.sessions.length,
      adHoc: f.adHoc.length,
      deadline: f.deadline.length,
      route: f.route.length,
    },
    notices: {
      receipt: notices[0]?.documents.length ?? 0,
      guidance: notices[1]?.documents.length ?? 0,
      transfer: notices[2]?.documents.length ?? 0,
    },
    notes: [...(narrative?.problems ?? []).map((p) => `Tường thuật, dòng ${p.row}: ${p.message}`), ...input.draftNotes],
    files: [
      { id: "report-pdf", name: `${stem}.pdf` },
      { id: "report-docx", name: `${stem}.docx` },
      { id: "report-xlsx", name: `${stem}.xlsx` },
      { id: "compliance-pdf", name: `${compliance.stem}.pdf` },
      { id: "compliance-docx", name: `${compliance.stem}.docx` },
      { id: "notices-zip", name: `van-ban-vu-viec-${period.spec.replace("..", "_")}.zip` },
    ],
  };
}

const MIME = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
  csv: "text/csv;charset=utf-8",
};

async function download(
  seq: number,
  id: string,
  noticesPdf: boolean,
): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const g = state?.generated;
  if (!g) throw new Error("Chưa lập báo cáo.");
  const fonts = pdfFonts();
  switch (id) {
    case "report-pdf":
      return {
        name: `${g.report.stem}.pdf`,
        mime: MIME.pdf,
        bytes: await renderPdf(g.report.doc, { fonts, provenance: g.report.provenance }),
      };
    case "report-docx":
      return {
        name: `${g.report.stem}.docx`,
        mime: MIME.docx,
        bytes: await renderDocx(g.report.doc, { provenance: g.report.provenance }),
      };
    case "report-xlsx":
      return {
        name: `${g.report.stem}.xlsx`,
        mime: MIME.xlsx,
        bytes: await writeStatWorkbook(g.report.model.tables, g.report.workbook),
      };
    case "compliance-pdf":
      return {
        name: `${g.compliance.stem}.pdf`,
        mime: MIME.pdf,
        bytes: await renderPdf(g.compliance.doc, { fonts, provenance: g.compliance.provenance }),
      };
    case "compliance-docx":
      return {
        name: `${g.compliance.stem}.docx`,
        mime: MIME.docx,
        bytes: await renderDocx(g.compliance.doc, { provenance: g.compliance.provenance }),
      };
    case "notices-zip": {
      const entries: Record<string, [Uint8Array, { mtime: Date; level: 0 | 1 }]> = {};
      const total = g.notices.reduce((n, k) => n + k.documents.length, 0) * (noticesPdf ? 2 : 1);
      let done = 0;
      for (const kind of g.notices) {
        for (const d of kind.documents) {
          entries[`${kind.folder}/${d.stem}.docx`] = [
            await renderDocx(d.doc, { provenance: d.provenance }),
            { mtime: ZIP_TIME, level: 0 },
          ];
          done += 1;
          if (noticesPdf) {
            entries[`${kind.folder}/${d.stem}.pdf`] = [
              await renderPdf(d.doc, { fonts, provenance: d.provenance }),
              { mtime: ZIP_TIME, level: 0 },
            ];
            done += 1;
          }
          if (done % 5 === 0)
            post({ type: "progress", seq, value: done / total, label: `Đã lập ${done}/${total} tệp…` });
        }
      }
      post({ type: "progress", seq, value: 1, label: `Đã lập ${done} tệp.` });
      const spec = g.settings.period.replace("..", "_");
      return { name: `van-ban-vu-viec-${spec}.zip`, mime: MIME.zip, bytes: zipSync(entries) };
    }
    default:
      throw new Error(`Không có tệp “${id}”.`);
  }
}

async function corrected(file: string): Promise<{ name: string; mime: string; bytes: Uint8Array }> {
  const f = state?.files.find((x) => x.name === file);
  if (!f || !optional.correctRegister) throw new Error(`Chưa thể lập bản đã sửa của “${file}”.`);
  const { text } = await optional.correctRegister(f.kind, f.data, {
    fileName: f.name,
    xlsx,
    columns: f.columns,
    edits: f.edits,
  });
  const stem = f.name.replace(/\.[^.]+$/, "");
  return { name: `${stem}-da-sua.csv`, mime: MIME.csv, bytes: new TextEncoder().encode(text) };
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const request = event.data;
  const { seq } = request;
  try {
    if (request.type === "read") {
      post({ type: "read", seq, result: await readAll(seq, request.files, request.org) });
    } else if (request.type === "generate") {
      post({ type: "generated", seq, result: generate(request.settings) });
    } else {
      const file =
        request.type === "download"
          ? await download(seq, request.id, request.noticesPdf)
          : await corrected(request.file);
      post({ type: "file", seq, ...file }, [file.bytes.buffer as ArrayBuffer]);
    }
  } catch (e) {
    post({ type: "error", seq, message: e instanceof Error ? e.message : String(e) });
  }
};
