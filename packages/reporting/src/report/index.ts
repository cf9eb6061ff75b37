export * from "./buildPeriodicReport.js";
export * from "./buildReportModel.js";
export * from "./orgFile.js";
export * from "./parseNarrative.js";
