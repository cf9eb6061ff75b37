import { readCasesFile } from "../dist/node/index.js";
import * as R from "/tmp/whb.mjs";
const cases=[]; const r=readCasesFile("/tmp/g2/so-theo-doi-don.csv"); for await (const c of r) cases.push(c); await r.result();
console.log(Object.keys(R).filter(k=>/withhold/i.test(k)));
const f = R.withholdIdentities;
for (let i=0;i<3;i++){ const t=performance.now(); const w=f(cases); console.log(Math.round(performance.now()-t), w.ids.length); }
const den = cases.filter(c=>c.kinds.includes("denunciation")); console.log("den", den.length, new Set(den.map(c=>c.senderName)).size);
