export * from "./buildDocument.js";
export * from "./ir.js";
export * from "./parseMarkup.js";
export * from "./provenance.js";
export * from "./sample.js";
