import { resolvePeriod } from "@tiepdan/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCasesAll } from "../intake/readCases.js";
import { PLACEHOLDER_ORG } from "./orgFile.js";
import { parseNarrative } from "./parseNarrative.js";
import { prepareComplianceReport, prepareNotices, preparePeriodicReport } from "./runs.js";
import { withholdIdentities } from "./withholdIdentities.js";

// DESIGN.md "Confidentiality": a denouncer's name and address never appear in a report, a register appendix, a
// statistics file, a transfer slip or a note, wherever the clerk happened to write them.
const HEADER =
  "Mã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Nội dung;Hướng xử lý;Cơ quan xử lý;Đơn vị";
const DENUNCIATION =
  "MS-1;05/03/2026;Đơn thư;Tố cáo;Đất đai;Hoàng Văn Giấu;Thôn 9, xã Hòa Lạc;Cán bộ xã nhận tiền;Chuyển";

async function run(rows: string[], narrative?: string) {
  const { records, rows: counts } = await readCasesAll(`${HEADER}\n${rows.join("\n")}\n`, { fileName: "so.csv" });
  const period = resolvePeriod("2026-03", { cutoff: "calendar" });
  return {
    period,
    asOf: period.to,
    date: period.to,
    org: PLACEHOLDER_ORG,
    draftNotes: [],
    cases: records,
    sessions: [],
    rows: { ...counts, files: 1 },
    recordedFields: ["id", "receivedOn", "channel", "kinds", "route"] as const,
    ...(narrative ? { narrative: parseNarrative(narrative) } : {}),
  };
}

describe("withholdIdentities: a denouncer named outside the identity columns is withheld everywhere", () => {
  it.each([
    [
      "in another case's content",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Kiến nghị;Đất đai;Lý Văn Thường;Thôn 1;Như đơn của ông Hoàng Văn Giấu;Giải quyết;;",
      ],
    ],
    ["in its own “Cơ quan xử lý”", [`${DENUNCIATION};Công an tỉnh (theo đơn ông Hoàng Văn Giấu);`]],
    ["in “Đơn vị” (a phantom unit row)", [`${DENUNCIATION};Công an tỉnh;Hoàng Văn Giấu`]],
    [
      "without diacritics, other case and spacing",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Ông HOANG  van giau đã gửi đơn;Giải quyết;;",
      ],
    ],
    [
      "with hyphens or dots between the words, in “Lĩnh vực” and content",
      [
        `${DENUNCIATION.replace(";Đất đai;", ";Hoàng-Văn-Giấu;")};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Ông Hoàng.Văn.Giấu, thôn-9 xã Hòa-Lạc;Giải quyết;;",
      ],
    ],
    [
      "the address in another case's content",
      [
        `${DENUNCIATION};Công an tỉnh;`,
        "MS-2;06/03/2026;Đơn thư;Phản ánh;Đất đai;Lý Văn Thường;Thôn 1;Nhà ở thôn 9, xã Hòa Lạc bị lấn;Giải quyết;;",
      ],
    ],
    [
      "in the narrative",
      [`${DENUNCIATION};Công an tỉnh;`],
      "## Kiến nghị, đề xuất\n\nĐề nghị bảo vệ người tố cáo Hoàng Văn Giấu ở Thôn 9, xã Hòa Lạc.\n",
    ],
  ] as const)("%s", async (_name, rows, narrative?: string) => {
    for (const profile of ["party", "state"] as const) {
      const input = { ...(await run([...rows], narrative)), profile };
      const report = preparePeriodicReport(input);
      const compliance = prepareComplianceReport(input);
      const transfer = prepareNotices({ ...input, kind: "transfer" });
      const everything = JSON.stringify([
        report.doc,
        report.statistics,
        report.summary,
        report.notes,
        report.model,
        compliance.doc,
        compliance.notes,
        transfer.documents,
      ]);
      expect(everything).not.toMatch(/Giấu|giau|Thôn 9|thôn 9/i);
      expect(JSON.stringify(report.doc)).toContain("(giữ bí mật)");
      expect(report.notes.join("\n")).toMatch(/người tố cáo; văn bản in “\(giữ bí mật\)”/);
    }
  });

  it("leaves other texts alone: one-word names, a name inside a longer word, no denunciation", () => {
    const base = { id: "X", receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Kín", senderAddress: "Xã Hai" },
      { ...base, id: "B", kinds: ["petition"], senderName: "Lê Văn An", content: "Lê Văn An đề nghị" },
    ]);
    // "Xã Hai" has five letters: too few to be looked for glued to others (GLUED_MIN_LETTERS).
    expect(w.text("Ông Kín ở Xã Haiphong, xã hai")).toBe("Ông Kín ở Xã Haiphong, (giữ bí mật)");
    expect(w.cases[1]?.content).toBe("Lê Văn An đề nghị");
    expect(w.ids).toEqual([]);
  });

  it.each([
    ["“Ð” (Latin Eth) for “Đ”", "ông Ðinh Thị Mật", "ông (giữ bí mật)"],
    ["a zero-width space inside a word", "ông Đinh Thị M\u200Bật ở thôn 2", "ông (giữ bí mật) ở thôn 2"],
    ["a soft hyphen inside a word", "Đinh Th\u00ADị Mật.", "(giữ bí mật)."],
    ["a word joiner and a BOM", "(Đinh\u2060 Thị M\uFEFFật)", "((giữ bí mật))"],
    ["a right-to-left mark inside a word", "Ông Đinh Thị M\u200Fật đến", "Ông (giữ bí mật) đến"],
    ["a left-to-right mark and an Arabic letter mark", "Đi\u200Enh Thị\u061C Mật", "(giữ bí mật)"],
  ])("withholds a name written with %s", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([{ ...base, id: "A", kinds: ["denunciation"], senderName: "Đinh Thị Mật" }]);
    expect(w.text(text)).toBe(expected);
  });

  it.each([
    [
      "a missing space before it (a small letter, then a capital)",
      "Đề nghị bảo vệ ôngĐinh Thị Mật.",
      "Đề nghị bảo vệ ông(giữ bí mật).",
    ],
    ["a missing space after it, before a capital", "Ông Đinh Thị MậtĐã đến", "Ông (giữ bí mật)Đã đến"],
    ["no space at all, inside a pasted run", "rtJyĐinhThịMậtLSY7", "rtJy(giữ bí mật)LSY7"],
    ["a run of letters before it", `${"x".repeat(150)}Đinh Thị Mật`, `${"x".repeat(150)}(giữ bí mật)`],
    ["letters after it (a long token)", "Đinh Thị Mậtzzzzzzz", "(giữ bí mật)zzzzzzz"],
    ["capitals, glued in a long token", "ĐƠNCỦAĐINHTHỊMẬT", "ĐƠNCỦA(giữ bí mật)"],
    ["an invisible character inside, glued", "ôngĐinh\u200BThịMật", "ông(giữ bí mật)"],
    ["the address glued to a code", "MS-2026Thôn9xãHòaLạc", "MS-2026(giữ bí mật)"],
  ])("withholds a name glued to other letters: %s", (_name, text, expected) => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities([
      { ...base, id: "A", kinds: ["denunciation"], senderName: "Đinh Thị Mật", senderAddress: "Thôn 9, xã Hòa Lạc" },
    ]);
    expect(w.text(text)).toBe(expected);
  });

  it("leaves a glued name alone in its own sender's notice, and ordinary syllables around a short name", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const own = {
      ...base,
      id: "A",
      kinds: ["denunciation"],
      senderName: "Đinh Thị Mật",
      content: "ôngĐinh Thị Mật tố cáo",
    } as const;
    const w = withholdIdentities([
      own,
      { ...base, id: "B", kinds: ["denunciation"], senderName: "Lê Na", content: "Thôn Thanhlena" },
    ]);
    expect(w.forSender(own).content).toBe("ôngĐinh Thị Mật tố cáo");
    expect(w.cases[0]?.content).toBe("ông(giữ bí mật) tố cáo");
    expect(w.cases[1]?.content).toBe("Thôn Thanhlena");
  });

  it("withholds the names of denunciation rows that were not accepted (given as more identities)", () => {
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      [{ ...base, id: "B", kinds: ["petition"], senderName: "Lý Văn Thường", content: "Ông Lê Thị Khuyếnh đã đến" }],
      ["Lê Thị Khuyếnh", "Thôn 4, xã Ya Xiêr", "Một"],
    );
    expect(w.cases[0]?.content).toBe("Ông (giữ bí mật) đã đến");
    expect(w.text("nhà ở thôn 4 xã Ya Xiêr")).toBe("nhà ở (giữ bí mật)");
    expect(w.ids).toEqual(["B"]);
  });

  it("the notice of receipt addressed to the denouncer still names them, in their own words, and nobody else", async () => {
    const rows = [
      `${DENUNCIATION.replace("Cán bộ xã nhận tiền", "Ông Hoàng Văn Giấu tố cáo cán bộ xã")};Công an tỉnh;`,
      "MS-2;06/03/2026;Đơn thư;Tố cáo;Đất đai;Lý Thị Khác;Thôn 1;Như đơn của ông Hoàng Văn Giấu;Chuyển;Công an tỉnh;",
    ];
    const input = { ...(await run(rows)), profile: "party" as const };
    const receipt = prepareNotices({ ...input, kind: "receipt" });
    const [own, other] = receipt.documents.map((d) => JSON.stringify(d.doc));
    expect(own).toContain("Ông Hoàng Văn Giấu tố cáo cán bộ xã");
    expect(own).not.toContain("(giữ bí mật)");
    expect(other).not.toContain("Giấu");
    const transfer = prepareNotices({ ...input, kind: "transfer" });
    expect(JSON.stringify(transfer.documents)).not.toMatch(/Giấu|Lý Thị Khác/);
  });

  it("withholds exactly what the full pattern of names matches, and their glued letters: property test of the matcher", () => {
    // The reference: one pattern of every name, longest first, run over the folded text; with every occurrence of a
    // name's letters that runs into a glued token; overlapping matches replaced as one.
    const fold = (t: string) =>
      [...t].map((ch) => {
        const c = ch
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase();
        return c === "đ" ? "d" : c.length === ch.length ? c : ch;
      });
    const names = [
      "Hoàng Văn Giấu",
      "Thôn 9, xã Hòa Lạc",
      "H'Nhi Niê",
      "Y-Đôn Ksor",
      "A Sáng",
      "Hoàng Văn",
      "Thôn 9",
      "Giấu Kín",
    ];
    const reference = (text: string) => {
      const nfc = text.normalize("NFC");
      const folded = fold(nfc).join("");
      if (folded.length !== nfc.length) return text;
      const escapeRe = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      const alternatives = names
        .map((n) =>
          fold(n)
            .join("")
            .split(/[^\p{L}\p{N}]+/u)
            .map(escapeRe)
            .join("[^\\p{L}\\p{N}]+"),
        )
        .sort((a, b) => b.length - a.length);
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "gu");
      const spans: [number, number][] = [];
      for (const m of folded.matchAll(pattern)) spans.push([m.index, m.index + m[0].length]);
      // Glued: every occurrence of a name's letters (six or more) in the text's letters that takes a letter of a
      // token of eight letters or more, or of one where a small letter is followed by a capital.
      const letters: { ch: string; at: number; token: number }[] = [];
      const glued = new Set<number>();
      for (const [t, m] of [...folded.matchAll(/[\p{L}\p{N}]+/gu)].entries()) {
        if (m[0].length >= 8 || /\p{Ll}\p{Lu}/u.test(nfc.slice(m.index, m.index + m[0].length))) glued.add(t);
        for (let k = 0; k < m[0].length; k++) letters.push({ ch: m[0][k] as string, at: m.index + k, token: t });
      }
      const all = letters.map((l) => l.ch).join("");
      for (const n of names) {
        const want = fold(n)
          .join("")
          .replace(/[^\p{L}\p{N}]+/gu, "");
        if (want.length < 6) continue;
        for (let p = all.indexOf(want); p >= 0; p = all.indexOf(want, p + 1)) {
          const run = letters.slice(p, p + want.length);
          if (run.some((l) => glued.has(l.token))) spans.push([run[0]?.at as number, (run.at(-1)?.at as number) + 1]);
        }
      }
      if (spans.length === 0) return text;
      spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      const merged: [number, number][] = [];
      for (const [a, b] of spans) {
        const last = merged.at(-1);
        if (last && a < last[1]) last[1] = Math.max(last[1], b);
        else merged.push([a, b]);
      }
      let out = "";
      let at = 0;
      for (const [a, b] of merged) {
        out += `${nfc.slice(at, a)}(giữ bí mật)`;
        at = b;
      }
      return out + nfc.slice(at);
    };
    const base = { receivedOn: "2026-03-05", channel: "letter", people: 1 } as const;
    const w = withholdIdentities(
      names.map((n, i) => ({ ...base, id: `T-${i}`, kinds: ["denunciation"] as const, senderName: n })),
    );
    const piece = fc.constantFrom(
      ...names,
      "HOANG  van giau",
      "Hoàng-Văn-Giấu",
      "hoang.van_giau",
      "thon 9 ,xa hoa lac",
      "h'nhi\tNIÊ",
      ..."Hoàng Văn Giấu Thôn 9 xã H'Nhi Y-Đôn A Sáng Kín ông bà".split(" "),
      " ",
      "  ",
      ", ",
      "(",
      ")",
      "-",
      "'",
      ".",
      "x",
      "9",
      "\u00a0",
      "ông",
      "Xyz",
      "zzzzzzzz",
      "HOÀNG",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join("");
        expect(w.text(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});
