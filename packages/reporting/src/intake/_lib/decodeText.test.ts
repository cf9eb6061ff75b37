import { describe, expect, it } from "vitest";
import { decodeText, detectLegacyFontText, scoreVietnamese } from "./decodeText.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeText: UTF-8, UTF-16 and the legacy encodings, with a warning naming the encoding", () => {
  it("reads UTF-8 with and without BOM, NFC", () => {
    expect(decodeText(utf8("\uFEFFMã số")).text).toBe("Mã số");
    expect(decodeText(utf8("Mã số".normalize("NFD"))).text).toBe("Mã số");
    expect(decodeText(utf8("Mã số")).problems).toEqual([]);
  });

  it("reads UTF-16 with a BOM (Excel “Unicode Text”)", () => {
    const le = Uint8Array.from([
      0xff,
      0xfe,
      ...[..."Mã"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(decodeText(le)).toMatchObject({ text: "Mã", encoding: "utf-16le" });
  });

  it.each([
    [
      "TCVN3",
      Uint8Array.from([..."M\xb7 s\xe8;Lo\xb9i;Ng\xb5y ti\xd5p nh\xcbn"].map((c) => c.charCodeAt(0))),
      "tcvn3",
      "Mã số;Loại;Ngày tiếp nhận",
    ],
    [
      "VNI",
      Uint8Array.from([..."Ma\xf5 so\xe1;Loa\xefi;Nga\xf8y tie\xe1p nha\xe4n"].map((c) => c.charCodeAt(0))),
      "vni",
      "Mã số;Loại;Ngày tiếp nhận",
    ],
  ])("recognises %s bytes", (_, bytes, encoding, text) => {
    const d = decodeText(bytes);
    expect(d.encoding).toBe(encoding);
    expect(d.text).toBe(text);
    expect(d.problems.map((p) => p.code)).toEqual(["ENCODING_CONVERTED"]);
  });

  it("recognises TCVN3 text saved as UTF-8 and leaves real Unicode alone", () => {
    expect(detectLegacyFontText("M· sè;Lo¹i;Ngµy tiÕp nhËn")).toBe("tcvn3");
    expect(detectLegacyFontText("Mã số;Loại;Ngày tiếp nhận")).toBeUndefined();
    expect(detectLegacyFontText("Café crème brûlée")).toBeUndefined();
  });

  it("rejects text it cannot read with instructions to re-save as CSV UTF-8", () => {
    const d = decodeText(
      Uint8Array.from([..."Num\xe9ro;R\xe9clamation d\xe9pos\xe9e \xe0 la pr\xe9fecture"].map((c) => c.charCodeAt(0))),
    );
    expect(d.text).toBeUndefined();
    expect(d.problems[0]?.code).toBe("ENCODING_UNKNOWN");
    expect(d.problems[0]?.allowed).toContain("CSV UTF-8");
  });

  it("scores words by whether they are Vietnamese syllables", () => {
    expect(scoreVietnamese("Tố cáo việc thu hồi đất")).toEqual({ words: 5, valid: 5 });
    expect(scoreVietnamese("Tè c¸o viÖc")).toEqual({ words: 3, valid: 1 });
  });
});
