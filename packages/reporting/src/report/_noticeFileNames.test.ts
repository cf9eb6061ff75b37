import { describe, expect, it } from "vitest";
import { noticeFileStems } from "./_noticeFileNames.js";

const plain = (...ids: string[]) =>
  noticeFileStems(
    "tb",
    ids.map((id) => ({ id, denunciation: false })),
  );

describe("issue 17 point 8: case codes that a file system would merge give distinct, stable names", () => {
  it("A/B, A-B, A:B, A B and a long code: one name each", () => {
    const long = `MS-${"9".repeat(100)}`;
    const stems = plain("A/B", "A-B", "A:B", "A B", long, `${long}0`);
    expect(new Set(stems).size).toBe(6);
    expect(stems[1]).toBe("tb-A-B"); // a code that is a safe file name as it stands is kept as is
    expect(stems[0]).toMatch(/^tb-A-B-[0-9a-f]{12}$/);
    for (const s of stems) expect(s.length).toBeLessThan(100);
  });

  it("the same code gives the same name whatever the other cases of the run", () => {
    expect(plain("A/B")[0]).toBe(plain("X", "A/B", "A:B")[1]);
  });

  it("codes equal but for letter case are two files on Windows and macOS too", () => {
    const [a, b] = plain("ms-1", "MS-1");
    expect(a?.toLowerCase()).not.toBe(b?.toLowerCase());
  });

  it("Luật Tố cáo 2018 Điều 47: a denunciation's code never goes into a file name (an identity typed in it)", () => {
    const [den] = noticeFileStems("tb", [{ id: "TC-Nguyễn Văn Tố", denunciation: true }]);
    expect(den).toMatch(/^tb-to-cao-[0-9a-f]{12}$/);
  });

  it("a code with nothing a file name may hold still gives a name", () => {
    expect(plain("///")[0]).toMatch(/^tb-ma-[0-9a-f]{12}$/);
  });
});
