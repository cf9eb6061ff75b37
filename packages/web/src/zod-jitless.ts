// The first import of every entry (page and worker). zod decides when a schema is built — when @tiepdan/core is
// loaded — whether to probe `new Function("")`; under the page's Content-Security-Policy (no 'unsafe-eval') that
// probe, although caught, is reported as a violation. Jitless mode never tries.
import { z } from "zod";

z.config({ jitless: true });
