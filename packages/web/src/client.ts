// The page's side of the worker: one request at a time per call, answered by sequence number.
import type { Request, Response } from "./protocol";
import AppWorker from "./worker/worker.ts?worker&inline";

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Errors seen by the page: CSP violations (page and worker), uncaught errors. The browser test reads them. */
export const pageErrors: string[] = [];
(globalThis as unknown as { __tiepdanErrors: string[] }).__tiepdanErrors = pageErrors;

export class WorkerClient {
  private readonly worker = new AppWorker();
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly onProgress: (value: number, label: string) => void) {
    this.worker.onmessage = (e: MessageEvent<Response>) => {
      const m = e.data;
      if (m.type === "csp") {
        pageErrors.push(`worker CSP ${m.directive}`);
        return;
      }
      if (m.type === "progress") {
        this.onProgress(m.value, m.label);
        return;
      }
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      if (m.type === "error") p.reject(new Error(m.message));
      else p.resolve(m);
    };
    this.worker.onerror = (e) => {
      pageErrors.push(`worker error ${e.message}`);
      for (const p of this.pending.values()) p.reject(new Error(`Lỗi trong bộ xử lý: ${e.message}`));
      this.pending.clear();
    };
  }

  /** Sends a request; resolves with the answer (never a progress message). */
  send<T extends Response["type"]>(
    request: DistributiveOmit<Request, "seq">,
    transfer: Transferable[] = [],
  ): Promise<Extract<Response, { type: T }>> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (r: Response) => void, reject });
      this.worker.postMessage({ ...request, seq }, transfer);
    });
  }
}
