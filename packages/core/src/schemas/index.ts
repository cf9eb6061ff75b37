export * from "./case.js";
export * from "./common.js";
export * from "./documentMeta.js";
export * from "./orgUnit.js";
export * from "./problem.js";
export * from "./ruleSet.js";
export * from "./session.js";
