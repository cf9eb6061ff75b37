// `pnpm bench` (1,000,000 rows) or `pnpm bench:smoke` (--rows 20000): generates a cases CSV in a temporary
// folder, then measures, each in its own child process, a bare csv-parse pass over it and our streaming
// validation (readCasesFile from the built package). Prints both throughputs, peak memory (the child's
// maximum resident set size) and the ratio. Goal (issue 18, goal 5): ours ≥ 0.8 × bare csv-parse, peak < 400 MB.
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" }, keep: { type: "boolean" } } });
const rows = Number(values.rows);
if (!Number.isInteger(rows) || rows < 1)
  throw new RangeError(`bench: --rows must be a positive integer, got ${values.rows}`);
const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "tiepdan-bench-"));
const file = join(dir, "so-theo-doi-don.csv");

const CHANNELS = ["Tiếp trực tiếp", "Đơn thư", "Trực tuyến", "Điện thoại", "Cơ quan khác chuyển đến"];
const KINDS = ["Khiếu nại", "Tố cáo", "Phản ánh", "Kiến nghị", "Khiếu nại, Tố cáo"];
const FIELDS = ["Đất đai", "Tài chính, ngân sách", "Môi trường", "Chính sách xã hội", "Cán bộ, đảng viên"];
const ROUTES = ["Giải quyết", "Chuyển", "Hướng dẫn", "Lưu đơn"];
const STATUS = ["Đang xử lý", "Đã giải quyết", "Đã chuyển"];

async function generate() {
  const out = createWriteStream(file);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once("drain", r)));
  await write(
    "\uFEFFMã số;Ngày tiếp nhận;Hình thức tiếp nhận;Loại;Lĩnh vực;Người gửi;Địa chỉ;Số người;Nội dung;Thuộc thẩm quyền;Hướng xử lý;Cơ quan xử lý;Ngày có kết quả;Trạng thái;Đơn vị\r\n",
  );
  let chunk = "";
  for (let i = 0; i < rows; i += 1) {
    const day = (i % 28) + 1;
    const month = (i % 12) + 1;
    const d = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/2026`;
    const r = `${String(Math.min(28, day + 5)).padStart(2, "0")}/${String(month).padStart(2, "0")}/2026`;
    chunk += `MS-${i};${d};${CHANNELS[i % 5]};${KINDS[i % 5]};${FIELDS[i % 5]};Nguyễn Văn ${i % 997};"Thôn ${i % 50}, xã Hòa Bình";${(i % 7) + 1};Nội dung đơn số ${i} về việc thu hồi đất;Có;${ROUTES[i % 4]};UBND xã Hòa Bình;${r};${STATUS[i % 3]};Tỉnh ủy Minh Sơn\r\n`;
    if (chunk.length > 1 << 16) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise((r) => out.end(r));
}

function runChild(mode) {
  const r = spawnSync(process.execPath, [join(here, "child.mjs"), mode, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const t0 = Date.now();
await generate();
const size = statSync(file).size;
console.log(
  `Tệp thử: ${rows.toLocaleString("vi-VN")} dòng, ${(size / 1e6).toFixed(1)} MB (tạo trong ${((Date.now() - t0) / 1000).toFixed(1)} s)`,
);
const bare = runChild("bare");
const ours = runChild("ours");
const fmt = (m) =>
  `${Math.round(m.records / (m.ms / 1000)).toLocaleString("vi-VN")} dòng/s, ${(size / 1e6 / (m.ms / 1000)).toFixed(1)} MB/s, ${(m.ms / 1000).toFixed(2)} s, bộ nhớ đỉnh ${(m.maxRssKb / 1024).toFixed(0)} MB`;
console.log(`csv-parse trần:          ${fmt(bare)}`);
console.log(`kiểm tra của tiepdan:    ${fmt(ours)} (${ours.accepted} nhận, ${ours.rejected} loại)`);
const ratio = bare.ms / ours.ms;
console.log(
  `5. tỉ lệ thông lượng (tiepdan / csv-parse): ${ratio.toFixed(2)} — mục tiêu ≥ 0,80${ratio >= 0.8 ? "" : "  ← CHƯA ĐẠT"}`,
);
console.log(`bộ nhớ đỉnh của tiepdan: ${(ours.maxRssKb / 1024).toFixed(0)} MB — mục tiêu < 400 MB`);
const ok = ours.read === rows && ours.accepted === rows && bare.records === rows + 1;
if (!values.keep) rmSync(dir, { recursive: true, force: true });
if (!ok) {
  console.error(`bench: the row counts are wrong: ${JSON.stringify({ bare, ours, rows })}`);
  process.exit(1);
}
console.log(ratio >= 0.8 && ours.maxRssKb / 1024 < 400 ? "Đạt mục tiêu." : "CHƯA đạt mục tiêu.");
