import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonicalJson.js";

describe("canonicalJson: one text for one value, whatever the order of its keys", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: [{ d: 2, c: 3 }], b: null }, '{"a":[{"c":3,"d":2}],"b":null}'],
    [{ a: undefined, b: "Tố cáo" }, '{"b":"Tố cáo"}'],
    [[3, 1, 2], "[3,1,2]"],
    ["x", '"x"'],
  ])("%j → %s", (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("equal values written in another key order give the same text", () => {
    expect(canonicalJson(JSON.parse('{"z":{"y":1,"x":[{"b":0,"a":1}]},"a":0}'))).toBe(
      canonicalJson({ a: 0, z: { x: [{ a: 1, b: 0 }], y: 1 } }),
    );
  });
});
