export * from "./buildComplianceModel.js";
export * from "./buildComplianceReport.js";
export * from "./buildNotices.js";
export * from "./buildPeriodicReport.js";
export * from "./buildReportModel.js";
export * from "./buildScheduleModel.js";
export * from "./orgFile.js";
export * from "./parseNarrative.js";
