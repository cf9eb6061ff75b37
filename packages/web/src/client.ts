// The page's side of the worker: requests answered by sequence number. Reading the registers again while the worker
// is still busy replaces the worker: whatever it was doing was for registers the clerk has since changed.
import type { Request, Response } from "./protocol";
import AppWorker from "./worker/worker.ts?worker&inline";

type Pending = { resolve: (r: Response) => void; reject: (e: Error) => void };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Errors seen by the page: CSP violations (page and worker), uncaught errors. The browser test reads them. */
export const pageErrors: string[] = [];
(globalThis as unknown as { __tiepdanErrors: string[] }).__tiepdanErrors = pageErrors;

/** How many times a worker was replaced by a newer reading (the browser test reads it). */
const workerRestarts = { count: 0 };
(globalThis as unknown as { __tiepdanRestarts: typeof workerRestarts }).__tiepdanRestarts = workerRestarts;

/** A request abandoned because a newer reading replaced it (see {@link WorkerClient.cancel}). */
export class Superseded extends Error {
  constructor() {
    super("Đã dừng: các sổ vừa thay đổi.");
    this.name = "Superseded";
  }
}

export class WorkerClient {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly onProgress: (value: number | null, label: string) => void) {
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new AppWorker();
    worker.onmessage = (e: MessageEvent<Response>) => {
      const m = e.data;
      if (m.type === "csp") {
        pageErrors.push(`worker CSP ${m.directive}`);
        return;
      }
      if (m.type === "progress") {
        if (this.pending.has(m.seq)) this.onProgress(m.value, m.label);
        return;
      }
      const p = this.pending.get(m.seq);
      if (!p) return;
      this.pending.delete(m.seq);
      if (m.type === "error") p.reject(new Error(m.message));
      else p.resolve(m);
    };
    worker.onerror = (e) => {
      pageErrors.push(`worker error ${e.message}`);
      for (const p of this.pending.values()) p.reject(new Error(`Lỗi trong bộ xử lý: ${e.message}`));
      this.pending.clear();
    };
    return worker;
  }

  /** Abandons every request under way (they reject with {@link Superseded}) by replacing the worker. */
  cancel(): void {
    if (this.pending.size === 0) return;
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new Superseded());
    this.pending.clear();
    this.worker = this.start();
    workerRestarts.count += 1;
  }

  /** Sends a request; resolves with the answer (never a progress message). */
  send<T extends Response["type"]>(
    request: DistributiveOmit<Request, "seq">,
    transfer: Transferable[] = [],
  ): Promise<Extract<Response, { type: T }>> {
    if (request.type === "read") this.cancel();
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve: resolve as (r: Response) => void, reject });
      this.worker.postMessage({ ...request, seq }, transfer);
    });
  }
}
