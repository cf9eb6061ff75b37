// The long tables' rows built straight into IR (_appendixRows.ts) against the template's row markup parsed by
// parseMarkup: the same IR, serialised identically (the IR hash written into the files does not depend on the path).
import { resolvePeriod } from "@tiepdan/core";
import { type ReportModel, renderPeriodicReport } from "@tiepdan/templates";
import { describe, expect, it } from "vitest";
import { buildDocument } from "../document/buildDocument.js";
import { parseMarkup } from "../document/parseMarkup.js";
import { SAMPLE_META } from "../document/sample.js";
import { readCasesAll } from "../intake/readCases.js";
import { buildPeriodicReport } from "./buildPeriodicReport.js";
import { PLACEHOLDER_ORG } from "./orgFile.js";
import { preparePeriodicReport } from "./runs.js";

const HEADER =
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Hướng xử lý;Cơ quan xử lý;Ngày thông báo;Ngày thụ lý;Ngày có kết quả;Số người";
const ROWS = [
  "MS-1;05/01/2026;Đơn thư;Khiếu nại;Đất đai;Nguyễn Văn A;Thôn 1;Đòi bồi thường;Giải quyết;UBND xã;;;;1",
  "MS-2;06/01/2026;Trực tiếp;Tố cáo;Tài chính;Lê Thị Kín;Thôn 2;Cán bộ nhận tiền;Giải quyết;;;;;1",
  'MS-10;06/01/2026;Đơn thư;Kiến nghị, Phản ánh;;Trần Văn B;;"Nội dung  có ""ngoặc"" & <dấu>   và\tkhoảng trắng ";Chuyển;Sở Tài nguyên;;;;12',
  "MS-9;07/01/2026;Đơn thư;Phản ánh;Giao thông; Phạm C ;;  ;;;20/01/2026;;25/01/2026;2",
];

async function model(register: "all" | "open", revealIdentities = false, lines = ROWS): Promise<ReportModel> {
  const { records, rows } = await readCasesAll(`${HEADER}\n${lines.join("\n")}\n`, { fileName: "so.csv" });
  const period = resolvePeriod("2026-Q1");
  return preparePeriodicReport({
    period,
    asOf: period.to,
    date: period.to,
    profile: "party",
    org: PLACEHOLDER_ORG,
    draftNotes: [],
    cases: records,
    sessions: [],
    rows: { ...rows, files: 1 },
    recordedFields: ["id", "receivedOn", "channel", "kinds", "route", "notifiedOn", "acceptedOn", "resultOn"],
    register,
    revealIdentities,
  }).model;
}

/** The same document through the template's row markup and parseMarkup. */
function throughMarkup(m: ReportModel) {
  const { body, appendices } = renderPeriodicReport(m);
  return buildDocument({
    meta: META,
    profile: "party",
    body: parseMarkup(body),
    appendices: parseMarkup(appendices),
  });
}

const META = SAMPLE_META;

describe("the long tables' rows built straight into IR give the template's IR", () => {
  it.each([
    ["every case, identities withheld", "all", false],
    ["open cases", "open", false],
    ["every case, identities revealed (MẬT)", "all", true],
  ] as const)("%s", async (_name, register, reveal) => {
    const m = await model(register, reveal);
    expect(m.overdueItems.length).toBeGreaterThan(0);
    expect(m.register?.rows.length).toBeGreaterThan(0);
    const direct = buildPeriodicReport({ model: m, meta: META, profile: "party" });
    expect(JSON.stringify(direct)).toBe(JSON.stringify(throughMarkup(m)));
  });

  it("hostile values: markup characters, whitespace runs, line breaks, decomposed letters, empty cells", async () => {
    const m = await model("all");
    const hostile = ["", " ", "a\r\nb", "x  &amp; <b>y</b> ]]>", "Tie\u0302\u0301ng Vie\u0323t", "\t lead", "trail \n"];
    const patched: ReportModel = {
      ...m,
      overdueItems: hostile.map((h, i) => ({
        id: h || `X-${i}`,
        receivedOn: "2026-01-05",
        kinds: h,
        field: h,
        unit: h,
        missed: [h, "", h, "Thông báo (hạn 15/01/2026)"].slice(0, (i % 4) + 1),
      })),
      register: {
        ...(m.register as NonNullable<ReportModel["register"]>),
        rows: hostile.map((h, i) => ({
          id: `R-${i}`,
          receivedOn: "2026-01-06",
          kinds: h,
          field: hostile[(i + 1) % hostile.length] as string,
          sender: h,
          address: hostile[(i + 2) % hostile.length] as string,
          people: i * 1234,
          content: h,
          route: h,
          handlingBody: hostile[(i + 3) % hostile.length] as string,
          result: h,
          unit: h,
          withheld: i % 2 === 0,
        })),
      },
    };
    const direct = buildPeriodicReport({ model: patched, meta: META, profile: "party" });
    expect(JSON.stringify(direct)).toBe(JSON.stringify(throughMarkup(patched)));
  });
});

describe("review s22c X11: the register appendix prints a sender's name without the numbers typed after it", () => {
  const withPhone = [
    "MS-20;08/01/2026;Đơn thư;Kiến nghị;Đất đai;Nguyễn Văn Dũng - SĐT 0912 345 678;Thôn 3;Xin cấp sổ;Giải quyết;;;;;1",
    "MS-21;08/01/2026;Đơn thư;Phản ánh;Môi trường;Bà Lê Thị Hoa, 0987654321;Thôn 4;Khói bụi;Giải quyết;;;;;1",
    "MS-22;08/01/2026;Đơn thư;Phản ánh;Môi trường;Hợp tác xã 19/5;Thôn 5;Nước thải;Giải quyết;;;;;1",
  ];
  async function senders(reveal: boolean): Promise<string[]> {
    const m = await model("all", reveal, withPhone);
    return (m.register?.rows ?? []).map((r) => r.sender);
  }

  it("in the report: the phone number cut, a name with figures of its own kept", async () => {
    expect(await senders(false)).toEqual(["Nguyễn Văn Dũng", "Bà Lê Thị Hoa", "Hợp tác xã 19/5"]);
  });

  it("in the internal register asked for with the identities (MẬT): the cell as written", async () => {
    expect(await senders(true)).toEqual([
      "Nguyễn Văn Dũng - SĐT 0912 345 678",
      "Bà Lê Thị Hoa, 0987654321",
      "Hợp tác xã 19/5",
    ]);
  });
});
