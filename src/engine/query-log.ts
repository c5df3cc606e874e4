/**
 * A bounded log of the statements the engine ran: when each was queued, how long it waited behind
 * others on the one connection and how long DuckDB took. Read by the benchmark (through
 * `channelLens.queryLog()`) to see where the time of an interaction goes; costs a few numbers per query.
 */
export interface QueryLogEntry {
  /** The statement, whitespace collapsed, cut to 160 characters. */
  sql: string;
  /** performance.now() when it was handed to the engine. */
  queuedAt: number;
  /** Milliseconds spent waiting for earlier statements. */
  waitMs: number;
  /** Milliseconds from its start to its result (worker round trips included). */
  runMs: number;
  rows: number;
}

const LIMIT = 2000;
const entries: QueryLogEntry[] = [];

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * Wrap one statement's execution, started when it leaves the queue. `startedAt`, when given, says
 * at the end when the engine really began it (a pipelined statement waits in the worker).
 */
export function timed<T extends { numRows?: number }>(sql: string, queuedAt: number, job: () => Promise<T>, startedAt?: () => number): Promise<T> {
  const calledAt = now();
  const record = (rows: number) => {
    const start = Math.max(calledAt, startedAt?.() ?? calledAt);
    entries.push({ sql: sql.replace(/\s+/g, ' ').trim().slice(0, 160), queuedAt, waitMs: start - queuedAt, runMs: now() - start, rows });
    if (entries.length > LIMIT) entries.splice(0, entries.length - LIMIT);
  };
  return job().then(
    (result) => { record(result?.numRows ?? 0); return result; },
    (error: unknown) => { record(-1); throw error; },
  );
}

export function queueTime(): number {
  return now();
}

/** Entries queued at or after `since` (performance.now() time), oldest first. */
export function queryLog(since = 0): QueryLogEntry[] {
  return entries.filter((e) => e.queuedAt >= since);
}
