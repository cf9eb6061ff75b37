/** A number as Vietnamese write it: 1.234,5. */
export const vi = (v: number) => v.toLocaleString("vi-VN");
