// The object readCases/readSessions return: an async iterable of records that counts rows and collects
// problems as it goes.
import type { Problem } from "@tiepdan/core";
import type { RowCounts } from "../../buildSummaryJson.js";
import type { IntakeReading, IntakeResult, RegisterLayout } from "../types.js";
import type { TableEvent } from "./validateTable.js";

class Reading<T> implements IntakeReading<T> {
  readonly rows: RowCounts = { read: 0, accepted: 0, rejected: 0 };
  readonly problems: Problem[] = [];
  readonly withheldIdentities: string[] = [];
  done = false;
  layout: RegisterLayout = { format: undefined, columns: [], missing: [] };
  #started = false;
  readonly #call: string;
  readonly #events: () => AsyncIterable<readonly TableEvent[]>;
  readonly #onProblem: ((p: Problem) => void) | undefined;

  constructor(
    call: string,
    events: () => AsyncIterable<readonly TableEvent[]>,
    onProblem: ((p: Problem) => void) | undefined,
  ) {
    this.#call = call;
    this.#events = events;
    this.#onProblem = onProblem;
  }

  #add(p: Problem): void {
    this.problems.push(p);
    this.#onProblem?.(p);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    if (this.#started) throw new TypeError(`${this.#call}: a reading can be iterated only once`);
    this.#started = true;
    for await (const batch of this.#events()) {
      for (const event of batch) {
        if (event.type === "problem") this.#add(event.problem.problem);
        else if (event.type === "layout") this.layout = event.layout;
        else if (event.type === "data") {
          this.rows.read += 1;
          for (const p of event.problems) this.#add(p.problem);
          // A rejected denunciation's sender, or what an unread sender column holds on a denunciation's row.
          if (event.identities) this.withheldIdentities.push(...event.identities);
          if (event.record) {
            this.rows.accepted += 1;
            yield event.record as T;
          } else this.rows.rejected += 1;
        }
      }
    }
    this.done = true;
  }

  async result(): Promise<IntakeResult> {
    if (!this.#started) {
      for await (const _ of this) {
        // Drain: the records are not kept.
      }
    }
    if (!this.done) {
      throw new TypeError(`${this.#call}: result() was called before the iteration ended (or after it was abandoned)`);
    }
    return {
      rows: { ...this.rows },
      problems: [...this.problems],
      layout: this.layout,
      withheldIdentities: [...this.withheldIdentities],
    };
  }
}

/** Wraps the events of a table in a reading. `events` is called once, on first iteration. */
export function createReading<T>(
  call: string,
  events: () => AsyncIterable<readonly TableEvent[]>,
  onProblem?: (p: Problem) => void,
): IntakeReading<T> {
  return new Reading<T>(call, events, onProblem);
}
