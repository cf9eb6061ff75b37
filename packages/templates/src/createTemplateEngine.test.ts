import { describe, expect, it } from "vitest";
import { createTemplateEngine } from "./createTemplateEngine.js";

const render = (template: string, data: object) => createTemplateEngine().compile(template, { strict: true })(data);

describe("createTemplateEngine: Vietnamese helpers", () => {
  it.each([
    ["{{date d}}", { d: "2026-01-05" }, "ngày 05 tháng 01 năm 2026"],
    ["{{date d}}", { d: "2019-06-18" }, "ngày 18 tháng 6 năm 2019"],
    ["{{dateNumeric d}}", { d: "2026-03-01" }, "01/03/2026"],
    ["{{placeAndDate p d}}", { p: "Kon Tum", d: "2019-06-18" }, "Kon Tum, ngày 18 tháng 6 năm 2019"],
    ["{{number n}}", { n: 1234.5 }, "1.234,5"],
    ["{{number n digits=1}}", { n: 12 }, "12,0"],
    ["{{percent r}}", { r: 0.855 }, "85,5%"],
    ["quý {{roman q}}", { q: 4 }, "quý IV"],
    ["{{#each (sortVi xs)}}{{this}} {{/each}}", { xs: ["Ư", "U", "Đ", "D"] }, "D Đ U Ư "],
    [
      '{{#each (sortVi xs "n")}}{{n}};{{/each}}',
      { xs: [{ n: "Xã Ân Hòa" }, { n: "Xã An Bình" }] },
      "Xã An Bình;Xã Ân Hòa;",
    ],
    ["{{share a b}}", { a: 171, b: 200 }, "85,5%"],
    ["{{share a b}}", { a: 0, b: 0 }, "0%"],
    ['{{change a b "vụ việc"}}', { a: 212, b: 200 }, "tăng 12 vụ việc (6%)"],
    ['{{change a b "buổi"}}', { a: 9, b: 10 }, "giảm 1 buổi (10%)"],
    ['{{change a b "vụ việc"}}', { a: 1500, b: 0 }, "tăng 1.500 vụ việc"],
    ["{{change a b}}", { a: 3, b: 3 }, "không thay đổi"],
    ["{{monthList m}}", { m: ["2026-02", "2026-11"] }, "tháng 02/2026, tháng 11/2026"],
    ["{{upper s}}|{{lower t}}", { s: "Đánh giá chung", t: "Tiếp Trực Tiếp" }, "ĐÁNH GIÁ CHUNG|tiếp trực tiếp"],
    ["{{add i 1}}", { i: 2 }, "3"],
    ['{{#if (eq a "x")}}y{{else}}n{{/if}}{{#if (gt b 2)}}y{{else}}n{{/if}}', { a: "x", b: 2 }, "yn"],
    ["{{#if (isNumber v)}}{{v}}{{else}}-{{/if}}", { v: null }, "-"],
  ])("%s with %j → %s", (template, data, expected) => {
    expect(render(template, data)).toBe(expected);
  });

  it("escapes values, so that a parser reading the markup back sees text", () => {
    expect(render("<p>{{x}}</p>", { x: "<b>Nguyễn & cộng sự</b>" })).toBe(
      "<p>&lt;b&gt;Nguyễn &amp; cộng sự&lt;/b&gt;</p>",
    );
  });

  it.each([
    ["{{date d}}", { d: 20260105 }, /\{\{date\}\}: expected a string/],
    ["{{number n}}", { n: "1.234" }, /\{\{number\}\}: expected a finite number/],
    ["{{date missing}}", {}, /\{\{date\}\}: expected a string, got undefined/],
    ["{{missing}}", {}, /"missing" not defined/],
  ])("fails loudly on %s with %j", (template, data, error) => {
    expect(() => render(template, data)).toThrow(error);
  });

  it("compiles in strict mode unless told otherwise: a missing value is an error, never a blank (review s17d F10)", () => {
    const hb = createTemplateEngine();
    const template = hb.compile("Kính gửi: {{recipient.name}}; ngày {{dateNumeric sentOn}}.");
    expect(() => template({ recipient: {}, sentOn: "2026-03-02" })).toThrow(/"name" not defined/);
    expect(hb.compile("{{recipient.name}}", { strict: false })({ recipient: {} })).toBe("");
  });

  it("does not touch the global Handlebars environment", async () => {
    const { default: Handlebars } = await import("handlebars");
    createTemplateEngine();
    expect(Handlebars.helpers.date).toBeUndefined();
  });
});
