// `tiepdan schedule`: the year's reception schedule of the heads of every unit in the org file, as a notice to
// publish (PDF, DOCX). Exit codes: 0 written; 2 a command typed wrong or a file that cannot be read.
import {
  addCalendarDays,
  formatVietnameseDate,
  type IsoDate,
  VIETNAM_CALENDAR,
  type WorkingDayCalendar,
} from "@tiepdan/core";
import { citedNumber, type ProfileName } from "../document/buildDocument.js";
import { REGISTER_YEARS } from "../intake/_lib/values.js";
import { OutputSet } from "../node/_outputs.js";
import {
  buildReceptionSchedule,
  buildScheduleModel,
  listUnboundStateUnits,
  listUnnamedScheduleBodies,
  PLACE_PLACEHOLDER,
  scheduleNoticeMeta,
  scheduleRecipientPlaceholders,
} from "../report/buildScheduleModel.js";
import { matchUnit } from "../report/matchUnits.js";
import { reportingUnitFor, sideOfProfile } from "../report/profileSide.js";
import { metaDraftNotes } from "../report/runs.js";
import {
  checkFontsOption,
  daysOffPathOf,
  loadDaysOff,
  loadOrg,
  parseDay,
  textOption,
  writeDocument,
} from "./_common.js";
import { type CliIo, checkReadable, parseCommand, UsageError } from "./_usage.js";

export const SCHEDULE_HELP = `tiepdan schedule — lập lịch tiếp dân định kỳ cả năm của người đứng đầu cấp ủy, thành văn bản để công bố

Cách dùng:
  tiepdan schedule --year <năm> --out <thư mục> [--org <don-vi.json>] [--profile party|state]
                   [--weekday 2..6 | --day 1..28] [--place <địa điểm>]... [--date <ngày>] [--number <số>]
                   [--format pdf,docx] [--fonts <thư mục>]

Mỗi đơn vị trong tệp thông tin đơn vị (cấp ủy báo cáo và các cấp ủy trực thuộc) có lịch tiếp dân của người đứng đầu:
số ngày tối thiểu theo quy định có hiệu lực từng tháng (khoản 1 Điều 4 Quy định 11-QĐi/TW, sửa đổi theo
Kết luận 215-KL/TW: cấp tỉnh ít nhất 1 ngày, cấp xã ít nhất 2 ngày trong 1 tháng), đều là ngày làm việc
(đã trừ thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết của cán bộ, công chức). Văn bản là một Thông báo, lịch cụ thể
từng tháng ở Phụ lục; ngày cố định trùng ngày nghỉ được chuyển sang ngày làm việc gần nhất và ghi chú rõ.

Tùy chọn:
  --year <năm>            năm lập lịch, ví dụ 2026 (bắt buộc)
  --out <thư mục>         thư mục ghi văn bản (bắt buộc; tạo mới nếu chưa có)
  --org <tệp.json>        thông tin đơn vị: các cấp ủy, cơ quan ban hành, người ký, nơi nhận; không có thì dùng
                          thông tin mẫu trong ngoặc vuông, văn bản được ghi rõ là dự thảo
  --profile party|state   thể thức: party = văn bản của Đảng (Hướng dẫn 36-HD/VPTW, mặc định),
                          state = văn bản hành chính (Nghị định 30/2020/NĐ-CP); thể thức không đổi số ngày tối thiểu,
                          số ngày theo loại đơn vị ghi trong tệp thông tin đơn vị
  --weekday <2..6>        tiếp dân vào một thứ cố định: 2 = Thứ Hai, 3 = Thứ Ba, 4 = Thứ Tư, 5 = Thứ Năm,
                          6 = Thứ Sáu (cách gọi thứ của người Việt, Chủ nhật là ngày thứ nhất của tuần)
  --day <1..28>           tiếp dân vào một ngày cố định hằng tháng, ví dụ --day 15; chỉ áp dụng cho đơn vị
                          tiếp ít nhất 1 ngày/tháng, đơn vị tiếp nhiều ngày hơn được chia đều trong tháng
                          (không có --weekday, --day: các ngày chia đều trong tháng)
  --place <địa điểm>      nơi tiếp dân của mọi đơn vị, ví dụ --place "Trụ sở Tiếp công dân tỉnh, số 1 đường A";
                          --place <mã đơn vị>=<địa điểm> cho riêng một đơn vị (gõ nhiều lần);
                          thiếu địa điểm thì để chỗ trống trong ngoặc vuông và văn bản là dự thảo
  --date <ngày>           ngày ghi trên văn bản (mặc định: ngày làm việc cuối
                          cùng của năm trước)
  --number <số>           số văn bản (mặc định để trống cho văn thư điền); ký hiệu lấy từ tệp thông tin đơn vị,
                          thay chữ viết tắt loại văn bản bằng TB (ví dụ BC/TU thành TB/TU)
  --days-off <tệp>        ngày nghỉ riêng của địa phương, ngày nghỉ bù theo thông báo của Chính phủ (ngay-nghi.csv hoặc
                          .json, như của lệnh report); không có thì dùng “daysOff” của tệp thông tin đơn vị, nếu có
  --format pdf,docx       định dạng cần ghi (mặc định pdf,docx)
  --fonts <thư mục>       thư mục có tệp phông Times New Roman (times.ttf, timesbd.ttf, timesi.ttf, timesbi.ttf);
                          mặc định dùng phông Tinos đi kèm, cùng kích thước chữ với Times New Roman
  -h, --help              in hướng dẫn này

Ngày viết dd/mm/yyyy hoặc yyyy-mm-dd. Tên tệp: lich-tiep-dan-<năm>-dang.pdf (thể thức party) hoặc
lich-tiep-dan-<năm>-nha-nuoc.pdf (thể thức state), cùng tên với đuôi .docx.

Mã thoát: 0 đã ghi văn bản; 2 lệnh gõ sai hoặc không đọc được tệp.
`;

const WEEKDAY_NAMES: Record<number, string> = { 2: "Thứ Hai", 3: "Thứ Ba", 4: "Thứ Tư", 5: "Thứ Năm", 6: "Thứ Sáu" };

/**
 * The default date of the notice: the last working day of the year before, so that the schedule is announced before
 * it starts — a fixed date, never the clock, so the same command gives the same file.
 */
function announcementDate(year: number, calendar: WorkingDayCalendar): IsoDate {
  let d: IsoDate = `${year - 1}-12-31`;
  while (!calendar.isWorkingDay(d)) d = addCalendarDays(d, -1);
  return d;
}

/** A whole number typed by the clerk, or undefined when it is not one. */
function wholeNumber(value: string): number | undefined {
  const v = value.trim();
  return /^\d{1,4}$/.test(v) ? Number(v) : undefined;
}

/**
 * Runs `tiepdan schedule` (a command typed wrong throws a `UsageError`, which `main` reports with exit code 2).
 *
 * @param args - the arguments after `schedule`
 * @param io - where to write messages
 * @returns the exit code: 0 written, 2 a command typed wrong or a file that cannot be read
 * @example
 * await scheduleCommand(["--year", "2026", "--org", "don-vi.json", "--weekday", "5", "--out", "lich"], io) //=> 0
 */
export async function scheduleCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      year: { type: "string" },
      org: { type: "string" },
      profile: { type: "string" },
      weekday: { type: "string" },
      day: { type: "string" },
      place: { type: "string", multiple: true },
      date: { type: "string" },
      number: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      fonts: { type: "string" },
      "days-off": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout(SCHEDULE_HELP);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UsageError(
      `Không hiểu “${positionals.join(" ")}”: địa điểm có dấu cách cần đặt trong ngoặc kép, ví dụ --place "Trụ sở Tiếp công dân tỉnh".`,
    );
  }
  if (values.year === undefined) throw new UsageError("Thiếu năm lập lịch: --year, ví dụ --year 2026.");
  const year = wholeNumber(values.year);
  if (year === undefined || year < REGISTER_YEARS.first || year > REGISTER_YEARS.last) {
    throw new UsageError(
      `--year “${values.year}” không phải năm hợp lệ (từ ${REGISTER_YEARS.first} đến ${REGISTER_YEARS.last}); viết đủ bốn chữ số, ví dụ --year 2026.`,
    );
  }
  if (values.out === undefined || values.out.trim() === "") {
    throw new UsageError("Thiếu thư mục ghi văn bản: --out <thư mục>.");
  }
  const profile = (values.profile ?? "party") as ProfileName;
  if (profile !== "party" && profile !== "state") {
    throw new UsageError(
      `--profile phải là “party” (văn bản của Đảng) hoặc “state” (văn bản hành chính), không phải “${values.profile}”.`,
    );
  }
  if (values.weekday !== undefined && values.day !== undefined) {
    throw new UsageError(
      "Chỉ chọn một trong hai: --weekday (một thứ cố định trong tuần) hoặc --day (một ngày cố định hằng tháng).",
    );
  }
  // The Vietnamese numbering: Thứ Hai (Monday) is 2 … Thứ Sáu (Friday) is 6; core counts Monday as 1.
  let weekday: number | undefined;
  if (values.weekday !== undefined) {
    const n = wholeNumber(values.weekday);
    if (n === undefined || WEEKDAY_NAMES[n] === undefined) {
      throw new UsageError(
        `--weekday phải là một số từ 2 (Thứ Hai) đến 6 (Thứ Sáu), không phải “${values.weekday}”; Thứ Bảy và Chủ nhật là ngày nghỉ.`,
      );
    }
    weekday = n - 1;
  }
  let dayOfMonth: number | undefined;
  if (values.day !== undefined) {
    const n = wholeNumber(values.day);
    if (n === undefined || n < 1 || n > 28) {
      throw new UsageError(
        `--day phải là một số từ 1 đến 28 (ngày cố định hằng tháng; ngày 29, 30, 31 không có ở mọi tháng), không phải “${values.day}”.`,
      );
    }
    dayOfMonth = n;
  }
  const formats = (values.format ?? "pdf,docx")
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = formats.filter((f) => f !== "pdf" && f !== "docx");
  if (formats.length === 0 || unknown.length > 0) {
    throw new UsageError(
      `--format chỉ nhận pdf, docx (cách nhau bằng dấu phẩy)${unknown.length ? `, không nhận “${unknown.join(", ")}”` : ""}.`,
    );
  }
  const typedDate = values.date === undefined ? undefined : parseDay(values.date, "--date");
  if (values.org !== undefined) checkReadable(values.org);
  await checkFontsOption(values.fonts, formats);

  const draftNotes: string[] = [];
  const org = loadOrg(values.org, io, draftNotes);
  // The district level ended on 01/07/2025: a schedule of a later year has none to announce (review s21 K10: the public
  // notice said the unit was "not scheduled" instead of the org file being corrected).
  const side = sideOfProfile(profile);
  const districts = org.units.filter((u) => u.level === "district" && (u.side ?? "party") === side);
  if (year >= 2026 && districts.length > 0) {
    throw new UsageError(
      `Tệp thông tin đơn vị có đơn vị cấp huyện (${districts.map((u) => `“${u.name}”`).join(", ")}): cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025, không lập lịch tiếp dân năm ${year} cho cấp này. Sửa “level” của đơn vị (“province” hoặc “commune”) hoặc bỏ đơn vị khỏi tệp rồi lập lại.`,
    );
  }
  // A province's own days off and the government's notices of days swapped (review s16 F6: a reception was
  // scheduled on the province's holiday), from --days-off or the org file's daysOff, as report reads them.
  const daysOffPath = daysOffPathOf(values["days-off"], values.org, org);
  if (values["days-off"] !== undefined) checkReadable(values["days-off"]);
  const calendar = daysOffPath === undefined ? VIETNAM_CALENDAR : loadDaysOff(daysOffPath, io, [year - 1, year]);
  // The last working day of the year before under the same calendar: a province's own day off is no date to sign on.
  const date = typedDate ?? announcementDate(year, calendar);
  const ids = org.units.map((u) => u.id);
  let defaultPlace: string | undefined;
  const byUnit: Record<string, string> = {};
  for (const raw of (values.place ?? []).map((p) => textOption(p, "--place", io))) {
    // "<mã đơn vị>=<địa điểm>"; a unit written by its name or alias ("Xã An Bình=…") is found too (review s16 F23).
    const m = /^([^=]{1,120})=(.*)$/s.exec(raw);
    const left = m?.[1]?.trim();
    const unitRef = left === undefined ? undefined : ids.includes(left) ? left : matchUnit(left, org.units)?.id;
    if (left !== undefined && unitRef === undefined) {
      throw new UsageError(
        `--place “${raw}”: “${left}” không phải đơn vị trong tệp thông tin đơn vị (các mã: ${ids.join(", ")}).`,
      );
    }
    const [id, text] = m ? [unitRef ?? (m[1] as string).trim(), (m[2] as string).trim()] : [undefined, raw.trim()];
    if (text === "") throw new UsageError(`--place “${raw}” thiếu tên địa điểm.`);
    if (id === undefined) {
      if (defaultPlace !== undefined) {
        throw new UsageError(
          "Chỉ gõ một --place chung cho mọi đơn vị; nơi riêng của một đơn vị viết --place <mã đơn vị>=<địa điểm>.",
        );
      }
      defaultPlace = text;
    } else {
      byUnit[id] = text;
    }
  }

  const meta = scheduleNoticeMeta({ org, profile, number: textOption(values.number, "--number", io), date, year });
  const head = reportingUnitFor(org, profile);
  const numberText = ` số ${citedNumber(meta.number)}`;
  const model = buildScheduleModel({
    org,
    profile,
    year,
    weekday,
    dayOfMonth,
    places: { default: defaultPlace, byUnit },
    calendar,
    announcer: profile === "party" ? `Ban Thường vụ ${head.name}` : meta.issuingBody,
    attachedTo: `Thông báo${numberText} ngày ${formatVietnameseDate(date, { style: "numeric" })} của ${meta.issuingBody}`,
    draftNotes: [...draftNotes, ...metaDraftNotes(meta, draftNotes)],
  });
  const total = model.units.reduce((n, u) => n + u.days.length, 0);
  if (total === 0) {
    throw new UsageError(
      `Không lập được lịch năm ${year}: không có quy định nào về số ngày tiếp dân tối thiểu áp dụng cho các đơn vị trong tệp vào năm này${model.notes[0] ? ` (${model.notes[0]})` : ""}.`,
    );
  }
  if (values.date === undefined) {
    io.stderr(
      `Ngày ghi trên văn bản: ${formatVietnameseDate(date, { style: "numeric" })} (ngày làm việc cuối cùng của năm trước; đổi bằng --date).\n`,
    );
  }
  const first = model.units
    .flatMap((u) => u.days.map((d) => d.date))
    .sort()
    .at(0) as IsoDate;
  if (typedDate !== undefined && !calendar.isWorkingDay(typedDate)) {
    io.stderr(
      `Lưu ý: ngày ghi trên văn bản (${formatVietnameseDate(typedDate, { style: "numeric" })}) là ngày nghỉ${daysOffPath === undefined ? "" : " (kể cả ngày nghỉ của tệp ngày nghỉ)"}.\n`,
    );
  }
  if (date > first) {
    io.stderr(
      `Lưu ý: ngày ghi trên văn bản (${formatVietnameseDate(date, { style: "numeric" })}) sau ngày tiếp dân đầu tiên trong lịch (${formatVietnameseDate(first, { style: "numeric" })}).\n`,
    );
  }
  const placeless = model.units.filter((u) => u.place === PLACE_PLACEHOLDER);
  if (placeless.length > 0) {
    io.stderr(
      placeless.length === model.units.length
        ? "Chưa có --place: địa điểm tiếp dân để trống trong ngoặc vuông và văn bản được ghi rõ là dự thảo.\n"
        : `Chưa có địa điểm tiếp dân của ${placeless.map((u) => u.name).join(", ")} (--place chung, hoặc --place <mã đơn vị>=<địa điểm>): để trống trong ngoặc vuông và văn bản được ghi rõ là dự thảo.\n`,
    );
  }
  // The bodies that carry out or publish a State schedule which the org file does not name (review F11), and the
  // name it should give them (review R7).
  const unnamed = scheduleRecipientPlaceholders(meta);
  if (unnamed.length > 0) {
    const expected = listUnnamedScheduleBodies({ org, profile }).map((b) => `“${b.expected}”`);
    io.stderr(
      `Lưu ý: tệp thông tin đơn vị chưa có cơ quan thực hiện, đăng tải lịch: nơi nhận ghi ${unnamed.join(", ")} trong ngoặc vuông, phải ghi đúng tên cơ quan trước khi trình ký; văn bản được ghi rõ là dự thảo. Để công cụ tự ghi, thêm vào “recipients” của “documents.state” (không có “purpose”: “báo cáo”) tên đủ của cơ quan, có cấp và tên địa bàn: ${expected.join(", ")} (viết tắt “TTĐT”, “HĐND”, “UBND” cũng được); không thêm cơ quan đó vào “units”, vì “units” là các cấp ủy, Ủy ban nhân dân được lập lịch và báo cáo; tên cơ quan Trung ương, Chính phủ, Bộ, Quốc gia không được lấy.\n`,
    );
  }
  // State units that are not People's Committees: no chair's schedule, not "thực hiện" (review s20b S1).
  const unbound = listUnboundStateUnits({ org, profile });
  if (unbound.length > 0) {
    io.stderr(
      `Lưu ý: ${unbound.map((n) => `“${n}”`).join(", ")} trong “units” của tệp thông tin đơn vị không phải Ủy ban nhân dân: không lập lịch tiếp công dân của Chủ tịch, không ghi vào nơi nhận “(thực hiện)”. Cơ quan nhận thông báo ghi vào “recipients” của “documents.state”.\n`,
    );
  }
  for (const note of model.notes) io.stderr(`Ghi chú: ${note}\n`);
  for (const note of model.clerkNotes ?? []) io.stderr(`Lưu ý: ${note}\n`);
  // An org file of Party units only: the State schedule is of a unit made from documents.state (review s18h F14).
  if (!org.units.some((u) => u.side === sideOfProfile(profile))) {
    io.stderr(
      profile === "state"
        ? `Lưu ý: tệp thông tin đơn vị không có đơn vị nào ghi “side”: “state”: lịch chỉ gồm Chủ tịch ${head.name}, cùng cấp với đơn vị báo cáo. Muốn lập lịch cho Ủy ban nhân dân cấp dưới, thêm các đơn vị đó vào tệp với “side”: “state”.\n`
        : `Lưu ý: tệp thông tin đơn vị không có cấp ủy nào: lịch chỉ gồm người đứng đầu ${head.name}.\n`,
    );
  }

  const outputs = new OutputSet([values.org, values.fonts, daysOffPath]);
  const outDir = outputs.folder(values.out, "--out");
  const stem = `lich-tiep-dan-${year}-${profile === "party" ? "dang" : "nha-nuoc"}`;
  const provenance = {
    TiepdanScheduleYear: String(year),
    TiepdanScheduleFixed:
      weekday !== undefined ? `weekday ${weekday + 1}` : dayOfMonth !== undefined ? `day ${dayOfMonth}` : "spread",
  };
  const doc = buildReceptionSchedule({ model, meta, profile });
  const written = await writeDocument(doc, { formats, outDir, stem, fonts: values.fonts, provenance, outputs });
  outputs.commit();
  io.stdout(
    `Đã lập lịch ${model.reception} năm ${year} của ${model.units.length} đơn vị: ${total} ngày ${model.reception}.\n${written.map((w) => `  ${w}\n`).join("")}`,
  );
  return 0;
}
