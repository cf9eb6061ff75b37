import { describe, expect, it } from "vitest";
import { decodeLegacy, getDecodingTable, toCp1252Bytes } from "./legacyEncodings.js";

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const decode = (s: string, e: "windows-1258" | "tcvn3" | "vni") => decodeLegacy(latin1(s), e).normalize("NFC");

describe("legacy Vietnamese encodings, from their published character tables", () => {
  it("Windows-1258 matches the WHATWG decoder byte for byte", () => {
    const table = getDecodingTable("windows-1258");
    const decoder = new TextDecoder("windows-1258");
    for (let b = 0; b < 256; b += 1)
      expect(table[b], `byte 0x${b.toString(16)}`).toBe(decoder.decode(Uint8Array.of(b)));
  });

  it.each([
    // Windows-1258: combining tone marks after the letter.
    ["windows-1258", "Vi\xeat Nam".replace("\xea", "\xea\xf2"), "Việt Nam"],
    ["windows-1258", "\xd0\xf5n th\xfd", "Đơn thư"],
    // TCVN3 (ABC): the famous look of .VnTime text read as Latin-1.
    ["tcvn3", "Vi\xd6t Nam", "Việt Nam"],
    ["tcvn3", "H\xb5 N\xe9i", "Hà Nội"],
    ["tcvn3", "T\xe8 c\xb8o", "Tố cáo"],
    ["tcvn3", "\xa7\xb6ng C\xe9ng s\xb6n", "Đảng Cộng sản"],
    ["tcvn3", "Ng\xad\xeai g\xf6i", "Người gửi"],
    // VNI: a base letter then a byte with its marks; đ, ơ, ư and i with a tone are single bytes.
    ["vni", "Vie\xe4t Nam", "Việt Nam"],
    ["vni", "\xd1a\xfbng", "Đảng"],
    ["vni", "Ng\xf6\xf4\xf8i g\xf6\xfbi", "Người gửi"],
    ["vni", "T\xe6nh u\xfby", "Tỉnh ủy"],
    ["vni", "Khie\xe1u na\xefi", "Khiếu nại"],
    ["vni", "Nguye\xe3n", "Nguyễn"],
    ["vni", "ma\xeb", "mặ"],
  ] as const)("%s %j → %j", (encoding, bytes, text) => {
    expect(decode(bytes, encoding)).toBe(text);
  });

  it("maps Unicode text back to Windows-1252 bytes, or says it cannot", () => {
    expect(toCp1252Bytes("T\xe8 c\xb8o")).toEqual(latin1("T\xe8 c\xb8o"));
    expect(toCp1252Bytes("€")).toEqual(Uint8Array.of(0x80));
    expect(toCp1252Bytes("ệ")).toBeUndefined();
  });
});
