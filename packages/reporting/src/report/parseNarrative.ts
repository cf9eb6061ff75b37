import type { Problem } from "@tiepdan/core";
import type { NarrativeSection } from "@tiepdan/templates";
import { strayControlReason, stripStrayControls } from "../intake/_lib/hostileText.js";

/** The clerk's narrative, split into sections (DESIGN.md: `## Heading` lines, blank-line-separated paragraphs). */
export interface Narrative {
  /** Paragraphs before the first heading. */
  intro: string[];
  /** Sections in file order. */
  sections: NarrativeSection[];
  /** What looked wrong: a heading without text, a section without a paragraph, a repeated heading, a `#` line. */
  problems: Problem[];
}

const problem = (code: string, row: number, message: string, value?: string): Problem => ({
  code,
  severity: "warning",
  row,
  column: "",
  field: "narrative",
  ...(value === undefined ? {} : { value }),
  message,
});

/** A heading numbered with a Roman numeral, "II. Đánh giá chung". */
const ROMAN_HEADING = /^[IVX]{1,4}\.\s+\p{Lu}/u;
/**
 * A clerk's own numbering before a heading's words: "I. ", "2. ", "a) ", "II - ", "Phần VI - ", "PHẦN VI. ",
 * "Mục VI: ", "6.1. " (review s20b S4: "VI. PHẦN VI - KIẾN NGHỊ, ĐỀ XUẤT").
 */
const OWN_NUMBERING =
  /^(?:(?:phần|mục)\s+(?:[IVX]{1,4}|\d{1,2})\s*[.):-]\s+|(?:[IVX]{1,4}|\d{1,2}|[a-zđ])\s*[.)-]\s+|\d{1,2}(?:\.\d{1,2}){1,3}\.\s*)(?=\p{L})/iu;
/** "6.1 Kiến nghị": decimal numbering without its last dot, before a capital only ("1.5 triệu lượt" is words). */
const DECIMAL_NUMBERING = /^\d{1,2}(?:\.\d{1,2}){1,3}\s+(?=\p{Lu})/u;
/** A heading without the clerk's own numbering. */
const withoutNumbering = (title: string): string =>
  OWN_NUMBERING.test(title) ? title.replace(OWN_NUMBERING, "") : title.replace(DECIMAL_NUMBERING, "");

/**
 * Splits the clerk's narrative text file into sections: a line starting with `## ` names a section, blank lines
 * separate paragraphs, the lines of a paragraph are joined with a space. The text is inserted into documents as
 * text, never compiled, so anything in it (even `<b>` or `{{x}}`) prints as typed. Text is normalised to NFC and a
 * byte order mark or Windows line ends are accepted. Nothing is lost: what looks wrong becomes a warning with its
 * line number (`NARRATIVE_EMPTY_HEADING`, `NARRATIVE_EMPTY_SECTION`, `NARRATIVE_DUPLICATE_HEADING`,
 * `NARRATIVE_LEVEL`, `NARRATIVE_CONTROL_CHAR` for a character a document cannot hold, which is removed), and
 * the text is still kept.
 *
 * @param text - the file's text
 * @returns intro paragraphs, sections and warnings
 * @example
 * parseNarrative("## Đánh giá chung\n\nĐã tiếp dân đúng lịch.\n").sections
 * //=> [{ heading: "Đánh giá chung", paragraphs: ["Đã tiếp dân đúng lịch."] }]
 */
export function parseNarrative(text: string): Narrative {
  if (typeof text !== "string") throw new TypeError("parseNarrative: text must be a string");
  const lines = text
    .normalize("NFC")
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\r|\n/);
  const intro: string[] = [];
  const sections: (NarrativeSection & { line: number })[] = [];
  const problems: Problem[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length === 0) return;
    const joined = paragraph.join(" ").replace(/\s+/g, " ").trim();
    paragraph = [];
    if (joined === "") return;
    const current = sections[sections.length - 1];
    (current ? current.paragraphs : intro).push(joined);
  };
  lines.forEach((typed, i) => {
    const row = i + 1;
    // Characters a document cannot hold (XML 1.0), or that print the text backwards in Word (a control of the
    // direction of writing), are removed, and the line is named (issue 17 point 3).
    const raw = stripStrayControls(typed);
    if (raw !== typed) {
      problems.push(
        problem(
          "NARRATIVE_CONTROL_CHAR",
          row,
          `Dòng ${row}: có ký tự điều khiển không in được (${strayControlReason(typed)}); ký tự đó đã được bỏ đi.`,
        ),
      );
    }
    const line = raw.trim();
    // A line "II. ĐÁNH GIÁ CHUNG" on its own, between blank lines, is a heading the clerk numbered as the outline does
    // (review s18b F4: its text went into the opening and the section was printed again as a placeholder).
    const numbered =
      ROMAN_HEADING.test(line) &&
      line.length <= 120 &&
      paragraph.length === 0 &&
      (lines[i + 1] ?? "").trim() === "" &&
      !/[.;:]$/.test(line);
    const heading = numbered ? ["", "##", line] : /^(#{1,6})(?:\s+(.*))?$/.exec(line);
    if (heading) {
      flush();
      const level = (heading[1] as string).length;
      // A closing run of #s goes, also when it is all there is ("## ##" is an empty heading); "C#" keeps its #. The
      // clerk's own numbering goes too: the document numbers its sections (review s18b F5: "I. I. CÔNG TÁC …").
      const typedTitle = (heading[2] ?? "").replace(/(?:^|\s)#+\s*$/, "").trim();
      const title = withoutNumbering(typedTitle);
      if (level !== 2) {
        problems.push(
          problem(
            "NARRATIVE_LEVEL",
            row,
            `Dòng ${row}: tiêu đề mục phải bắt đầu bằng “## ” (hai dấu #); dòng “${line}” được coi là tiêu đề mục.`,
            line,
          ),
        );
      }
      if (title === "") {
        problems.push(
          problem("NARRATIVE_EMPTY_HEADING", row, `Dòng ${row}: tiêu đề mục để trống; hãy viết tên mục sau “## ”.`),
        );
      }
      const duplicate = sections.find(
        (s) => title !== "" && s.heading.toLocaleLowerCase("vi") === title.toLocaleLowerCase("vi"),
      );
      if (duplicate) {
        problems.push(
          problem(
            "NARRATIVE_DUPLICATE_HEADING",
            row,
            `Dòng ${row}: mục “${title}” đã có ở dòng ${duplicate.line}; hai mục sẽ được in riêng.`,
            title,
          ),
        );
      }
      sections.push({ heading: title === "" ? "(Mục chưa đặt tên)" : title, paragraphs: [], line: row });
      return;
    }
    if (line === "") flush();
    else paragraph.push(line);
  });
  flush();
  for (const s of sections) {
    if (s.paragraphs.length === 0) {
      problems.push(
        problem("NARRATIVE_EMPTY_SECTION", s.line, `Dòng ${s.line}: mục “${s.heading}” chưa có nội dung.`, s.heading),
      );
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { intro, sections: sections.map(({ heading, paragraphs }) => ({ heading, paragraphs })), problems };
}

/**
 * The draft note a report prints when the clerk's narrative still holds "[…]" placeholders (the sample text of
 * `tiepdan init` has them): such a report is a marked draft, as with an org file's placeholders.
 *
 * @param narrative - the parsed narrative
 * @returns zero or one note, in Vietnamese
 * @example
 * narrativeDraftNotes(parseNarrative("## Đánh giá\n\n[Nêu kết quả nổi bật]\n"))[0]
 * //=> "Phần tường thuật còn chữ mẫu trong ngoặc vuông ([Nêu kết quả nổi bật]): phải thay bằng nội dung thật trước khi trình ký."
 */
export function narrativeDraftNotes(narrative: Pick<Narrative, "intro" | "sections">): string[] {
  const text = [...narrative.intro, ...narrative.sections.flatMap((s) => [s.heading, ...s.paragraphs])].join("\n");
  const left = [...new Set(text.match(/\[[^\]\n]{1,400}\]/g) ?? [])];
  if (left.length === 0) return [];
  const shown = left.slice(0, 2).map((p) => (p.length > 40 ? `${p.slice(0, 38)}…]` : p));
  return [
    `Phần tường thuật còn chữ mẫu trong ngoặc vuông (${shown.join(", ")}${left.length > 2 ? ", …" : ""}): phải thay bằng nội dung thật trước khi trình ký.`,
  ];
}

/**
 * The sections a periodic report's narrative holds, with the bracketed line saying what to write: the Party outline
 * (leadership, assessment, tasks, proposals), or Mẫu số 02 of Thông tư 06/2025/TT-TTCP for the State profile.
 * `tiepdan init` writes the Party one as `tuong-thuat.txt`; a report made without a narrative prints the required
 * ones ({@link placeholderNarrative}), so that its missing parts show and it is a draft (review s17s F15).
 */
export const NARRATIVE_SKELETON: Readonly<Record<"party" | "state", ReadonlyArray<readonly [string, string]>>> = {
  party: [
    [
      "Công tác lãnh đạo, chỉ đạo",
      "[Nêu các văn bản, kế hoạch cấp ủy đã ban hành để lãnh đạo, chỉ đạo việc tiếp dân, đối thoại trực tiếp với dân và xử lý phản ánh, kiến nghị, khiếu nại, tố cáo trong kỳ; việc công khai lịch tiếp dân; việc phân công theo dõi, đôn đốc.]",
    ],
    [
      "Đánh giá chung",
      "[Nêu ưu điểm, hạn chế và nguyên nhân; các vụ việc đông người, phức tạp, kéo dài; nơi chưa bảo đảm số ngày tiếp dân định kỳ.]",
    ],
    [
      "Phương hướng, nhiệm vụ thời gian tới",
      "[Nêu các nhiệm vụ, giải pháp trọng tâm của kỳ tới: lịch tiếp dân, vụ việc cần giải quyết dứt điểm, việc kiểm tra, đôn đốc.]",
    ],
    [
      "Kiến nghị, đề xuất",
      "[Nêu kiến nghị, đề xuất với cấp trên và cơ quan có thẩm quyền; không có kiến nghị thì xóa cả mục này.]",
    ],
  ],
  state: [
    [
      "Công tác lãnh đạo, chỉ đạo, điều hành",
      "[Nêu việc chỉ đạo, điều hành công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo trong kỳ; việc công khai lịch tiếp công dân.]",
    ],
    ["Nhận xét, đánh giá", "[Nêu ưu điểm, hạn chế, khuyết điểm và nguyên nhân.]"],
    ["Dự báo tình hình", "[Nêu dự báo tình hình khiếu nại, tố cáo trong thời gian tới.]"],
    ["Phương hướng, nhiệm vụ, giải pháp", "[Nêu phương hướng, nhiệm vụ và giải pháp trọng tâm của kỳ tiếp theo.]"],
    [
      "Kiến nghị, đề xuất",
      "[Nêu kiến nghị, đề xuất với cấp trên và cơ quan có thẩm quyền; không có kiến nghị thì ghi “Không có kiến nghị, đề xuất.”]",
    ],
  ],
};

/**
 * Whether a clerk's heading names the report's own proposals: after its numbering ("VI.", "5.", "a)", "Phần VI -",
 * "6.1."), it begins with "Kiến nghị", "Đề xuất" or "Đề nghị", also after "Các", "Một số" or "Những" ("Kiến nghị của
 * Ủy ban nhân dân tỉnh", "Kiến nghị với Trung ương" too), but does not name the citizens' petitions ("Kiến nghị của
 * công dân", "Kiến nghị, đề xuất của tổ chức, công dân", "Kiến nghị của doanh nghiệp", "Kiến nghị, phản ánh"). A
 * heading that names the citizens' letters or the tasks further on ("Kết quả xử lý đơn khiếu nại, kiến nghị",
 * "Phương hướng, nhiệm vụ và đề xuất giải pháp") is not the proposals part (review R4, R6, s20b S4, S5).
 */
const PROPOSALS = /^(?:(?:các|một số|những)\s+)?(?:kiến nghị|đề xuất|đề nghị)(?![\p{L}\p{N}])/iu;
/** The words of a heading on proposals that the tasks part may hold ("Đề xuất giải pháp", "Đề xuất nhiệm vụ năm 2027"). */
const PROPOSED_TASKS =
  /^(?:(?:các|một số|những)\s+)?đề xuất\s+(?:(?:các|một số|những)\s+)?(?:giải pháp|nhiệm vụ|phương hướng)/iu;
/**
 * A heading on the petitions of citizens, voters, organisations or businesses: "… của (các) công dân", "… của tổ chức,
 * công dân", "… từ cử tri" anywhere, or "Kiến nghị, phản ánh" (review s20b S5). "… của Ủy ban nhân dân tỉnh" is not.
 */
const CITIZENS_PETITIONS =
  /(?:(?:^|\s)(?:của|từ)\s+(?:(?:các|những|một số)\s+)?(?:tổ chức|công dân|cử tri|người dân|nhân dân|doanh nghiệp)(?![\p{L}\p{N}])|^(?:(?:các|một số|những)\s+)?(?:kiến nghị|đề xuất|đề nghị),?\s+(?:công dân|cử tri|người dân|nhân dân|phản ánh|khiếu nại|tố cáo)(?![\p{L}\p{N}]))/iu;
/** The words "kiến nghị", "đề xuất", "đề nghị" anywhere in a heading. */
const PROPOSAL_WORDS = /(?<![\p{L}\p{N}])(?:kiến nghị|đề xuất|đề nghị)(?![\p{L}\p{N}])/iu;

/** A heading without its numbering, as {@link PROPOSALS} reads it. */
const bare = (heading: string): string => withoutNumbering(heading.normalize("NFC").trim());

/** One section of a profile's outline: its heading, the words that name it, and whether the narrative must have it. */
interface OutlineSection {
  heading: string;
  names: (heading: string) => boolean;
  required: boolean;
  /**
   * A heading names it only when it names no earlier section: "Đề xuất giải pháp" is the tasks, not the proposals too
   * (review R4). The other sections may share a heading ("Lãnh đạo, chỉ đạo và đánh giá").
   */
  alone?: true;
  /**
   * The headings it takes before any earlier section does: "Kiến nghị Chính phủ chỉ đạo…" and "Kiến nghị, đề xuất
   * giải pháp" begin with the proposals, so they are the proposals, not the leadership or the tasks (review s20b S4).
   */
  first?: (heading: string) => boolean;
}

const words =
  (re: RegExp) =>
  (heading: string): boolean =>
    re.test(heading);
const proposals = (heading: string): boolean => {
  const title = bare(heading);
  return PROPOSALS.test(title) && !CITIZENS_PETITIONS.test(title);
};
const proposalsFirst = (heading: string): boolean => proposals(heading) && !PROPOSED_TASKS.test(bare(heading));

/**
 * The sections of {@link NARRATIVE_SKELETON} in the outline's order, with the words that name each in a clerk's
 * heading. "Kiến nghị, đề xuất" is last in both and required by the State profile only: it is part VI of the outline
 * Mẫu số 02 of Thông tư 06/2025/TT-TTCP prescribes (a report with nothing to propose says so), while no Party text
 * prescribes the outline of a Party report, which proposes only when it has something to propose (review F10: one
 * rule whether the clerk's file is empty or partial). Its place still counts: the placeholders of the missing
 * sections go before the clerk's proposals (review R10).
 */
const OUTLINE: Readonly<Record<"party" | "state", readonly OutlineSection[]>> = {
  party: [
    { heading: "Công tác lãnh đạo, chỉ đạo", names: words(/lãnh đạo|chỉ đạo/iu), required: true },
    { heading: "Đánh giá chung", names: words(/đánh giá|nhận xét|ưu điểm|hạn chế/iu), required: true },
    {
      heading: "Phương hướng, nhiệm vụ thời gian tới",
      names: words(/phương hướng|nhiệm vụ|giải pháp/iu),
      required: true,
    },
    { heading: "Kiến nghị, đề xuất", names: proposals, required: false, alone: true, first: proposalsFirst },
  ],
  state: [
    { heading: "Công tác lãnh đạo, chỉ đạo, điều hành", names: words(/lãnh đạo|chỉ đạo|điều hành/iu), required: true },
    { heading: "Nhận xét, đánh giá", names: words(/đánh giá|nhận xét|ưu điểm|hạn chế/iu), required: true },
    { heading: "Dự báo tình hình", names: words(/dự báo/iu), required: true },
    { heading: "Phương hướng, nhiệm vụ, giải pháp", names: words(/phương hướng|nhiệm vụ|giải pháp/iu), required: true },
    { heading: "Kiến nghị, đề xuất", names: proposals, required: true, alone: true, first: proposalsFirst },
  ],
};

/**
 * The place of a clerk's heading in the outline: the section that takes it first ("Kiến nghị Chính phủ chỉ đạo" is
 * the proposals), else the first section its words name, −1 for none.
 */
function outlineRank(outline: readonly OutlineSection[], heading: string): number {
  const first = outline.findIndex((x) => x.first?.(heading) === true);
  return first >= 0 ? first : outline.findIndex((x) => x.names(heading));
}

/** Whether a clerk's heading is the outline's `k`-th section. */
function isSection(outline: readonly OutlineSection[], k: number, heading: string): boolean {
  const section = outline[k];
  if (section === undefined || !section.names(heading)) return false;
  if (section.alone === true) return outlineRank(outline, heading) === k;
  // A heading another section takes first is that section only (s20b S4).
  const taken = outline.findIndex((x) => x.first?.(heading) === true);
  return taken < 0 || taken === k;
}

/**
 * A heading with the words "kiến nghị", "đề xuất" or "đề nghị" that is not the proposals part, and why: it names the
 * citizens' petitions, it is another section of the outline, or its wording does not begin with those words.
 */
export interface PassedOverHeading {
  heading: string;
  reason: "citizens" | "section" | "wording";
  /** The outline's heading it is taken as, for `section`. */
  section?: string;
}

/**
 * The headings of the sections a profile's narrative must have: those a report prints as placeholders when the
 * clerk's narrative lacks them (the Party's "Kiến nghị, đề xuất" is optional, the State's is not).
 *
 * @param profile - `party` or `state`
 * @returns the headings, in the outline's order
 * @example
 * requiredNarrativeSections("party") //=> ["Công tác lãnh đạo, chỉ đạo", "Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới"]
 */
export function requiredNarrativeSections(profile: "party" | "state"): string[] {
  return OUTLINE[profile].filter((x) => x.required).map((x) => x.heading);
}

/**
 * The narrative of a report made without the clerk's file: every required section of {@link NARRATIVE_SKELETON}
 * with its bracketed line.
 *
 * @param profile - `party` or `state`
 * @returns a narrative whose placeholders make the report a draft
 * @example
 * placeholderNarrative("party").sections[0]?.heading //=> "Công tác lãnh đạo, chỉ đạo"
 */
export function placeholderNarrative(profile: "party" | "state"): Narrative {
  const hints = new Map(NARRATIVE_SKELETON[profile]);
  return {
    intro: [],
    sections: requiredNarrativeSections(profile).map((heading) => ({
      heading,
      paragraphs: [hints.get(heading) ?? ""],
    })),
    problems: [],
  };
}

/**
 * A clerk's narrative with the outline's required sections it lacks added as their bracketed placeholders (review
 * s18h F9: an empty file, or one with the leadership section only, gave a report without its assessment and tasks
 * that looked finished). A narrative with no text at all is the placeholder narrative whole.
 *
 * @param narrative - the parsed narrative
 * @param profile - `party` or `state`
 * @returns the narrative to print, the headings of the sections added, and, when no section is the proposals part, the
 *   headings on proposals not taken as it (review s20b S4: the clerk was told only that the part was missing)
 * @example
 * completeNarrative(parseNarrative("## Công tác lãnh đạo, chỉ đạo\n\nĐã ban hành kế hoạch."), "party").missing
 * //=> ["Đánh giá chung", "Phương hướng, nhiệm vụ thời gian tới"]
 */
export function completeNarrative(
  narrative: Narrative,
  profile: "party" | "state",
): { narrative: Narrative; missing: string[]; passedOver: PassedOverHeading[] } {
  const written = narrative.sections.filter((x) => x.paragraphs.length > 0);
  if (narrative.intro.length === 0 && written.length === 0) {
    return {
      narrative: { ...placeholderNarrative(profile), problems: narrative.problems },
      missing: requiredNarrativeSections(profile),
      passedOver: [],
    };
  }
  const hints = new Map(NARRATIVE_SKELETON[profile]);
  const outline = OUTLINE[profile];
  const missing = outline
    .filter((x, k) => x.required && !written.some((w) => isSection(outline, k, w.heading)))
    .map((x) => x.heading);
  const p = outline.findIndex((x) => x.first !== undefined);
  const passedOver: PassedOverHeading[] = written.some((w) => isSection(outline, p, w.heading))
    ? []
    : written
        .filter((w) => PROPOSAL_WORDS.test(w.heading))
        .map(({ heading }): PassedOverHeading => {
          if (CITIZENS_PETITIONS.test(bare(heading))) {
            return { heading, reason: "citizens" };
          }
          const rank = outlineRank(outline, heading);
          const section = outline[rank]?.heading;
          return section === undefined ? { heading, reason: "wording" } : { heading, reason: "section", section };
        });
  if (missing.length === 0) return { narrative, missing, passedOver };
  // Each placeholder in the outline's order: before the clerk's first section that comes later in the outline, the
  // optional proposals included (review R10).
  const sections = [...narrative.sections];
  for (const heading of missing) {
    const k = outline.findIndex((x) => x.heading === heading);
    const at = sections.findIndex((x) => outlineRank(outline, x.heading) > k);
    sections.splice(at < 0 ? sections.length : at, 0, { heading, paragraphs: [hints.get(heading) ?? ""] });
  }
  return { narrative: { ...narrative, sections }, missing, passedOver };
}
