// Analyses on worker threads for the commands that read many articles: the main thread indexes one article while
// the workers analyse the next ones.
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../core';
import type { IndexInput, PreparedDocument } from '../core/corpus';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

/**
 * What the index reads of an analysis, not the Analysis: made on the worker, it is a few arrays to copy, where an
 * Analysis would be rebuilt object by object on the indexing thread.
 */
export type AnalysisReply = { id: number; prepared: PreparedDocument } | { id: number; error: string };

/** Fewer articles than this are analysed on the main thread: starting workers would cost more than they save. */
export const MIN_ARTICLES_FOR_WORKERS = 64;

/** Workers by default: one per core but the one the main thread indexes on, eight at most. */
export function defaultWorkerCount(): number {
  return Math.max(0, Math.min(MAX_WORKERS, os.availableParallelism() - 1));
}

/** The most workers a pool starts, whatever is asked: past this the one indexing thread is the bound. */
export const MAX_WORKERS = 8;

interface Pending {
  resolve: (prepared: PreparedDocument) => void;
  reject: (err: Error) => void;
}

/** A fixed set of analysis workers; each request goes to the worker with the fewest in hand. */
export class AnalysisPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private nextId = 0;
  private closed = false;
  /** Why a worker stopped or could not start, the first time it happened (its articles are analysed in place). */
  firstFailure: string | undefined;

  /** `script` is the bundled worker (dist/analysis-worker.js beside the CLI). */
  constructor(count: number, script = path.join(__dirname, 'analysis-worker.js')) {
    for (let i = 0; i < Math.min(count, MAX_WORKERS); i++) {
      const worker = new Worker(script);
      const slot = { worker, pending: new Map<number, Pending>() };
      worker.on('message', (reply: AnalysisReply) => {
        const p = slot.pending.get(reply.id);
        if (!p) return;
        slot.pending.delete(reply.id);
        if ('error' in reply) p.reject(new Error(reply.error));
        else p.resolve(reply.prepared);
      });
      // A worker that dies fails what it held; the others go on.
      const fail = (err: Error): void => {
        this.firstFailure ??= err.message;
        for (const p of slot.pending.values()) p.reject(err);
        slot.pending.clear();
        const at = this.workers.indexOf(slot);
        if (at >= 0) this.workers.splice(at, 1);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`the analysis worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Analyses `text` on a worker, for the index. */
  analyse(text: string, options: AnalyzeOptions): Promise<PreparedDocument> {
    if (!this.workers.length) return Promise.reject(new Error('no analysis worker is running'));
    let slot = this.workers[0];
    for (const w of this.workers) if (w.pending.size < slot.pending.size) slot = w;
    const id = this.nextId++;
    return new Promise<PreparedDocument>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, text, options } satisfies AnalysisRequest);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
    this.workers.length = 0;
  }
}

/** How many inputs are handed on between two turns of the event loop. */
const YIELD_EVERY = 4;

/** A document to read: its id, and how to read its text (a rejection or throw says why it cannot be read). */
export interface ArticleSource {
  id: string;
  read: () => Promise<string>;
}

/**
 * The index's inputs in the given order, each with its analysis made on the pool (if any) while the ones before it
 * are indexed: up to `ahead` articles are read (and analysed) in advance, so that no read waits on the disk. An article that cannot be read comes with a
 * text that throws (the index reports it); one the pool could not analyse comes without an analysis, and the index
 * analyses it itself.
 */
export async function* analysedInputs(sources: readonly ArticleSource[], pool: AnalysisPool | undefined, optionsFor: (id: string) => AnalyzeOptions, ahead = pool ? 32 * pool.size : 16): AsyncGenerator<IndexInput> {
  type Prepared = Promise<IndexInput>;
  const prepare = (source: ArticleSource): Prepared =>
    // (A read that throws at once is reported as one that fails later.)
    Promise.resolve()
      .then(() => source.read())
      .then(
      (text) =>
        pool
          ? pool.analyse(text, optionsFor(source.id)).then(
              (analysis) => ({ id: source.id, text, analysis }),
              () => ({ id: source.id, text }),
            )
          : { id: source.id, text },
      (err: unknown) => ({
        id: source.id,
        text: () => {
          throw err;
        },
      }),
    );
  const queue: Prepared[] = [];
  let next = 0;
  while (next < sources.length && queue.length < Math.max(1, ahead)) queue.push(prepare(sources[next++]));
  let given = 0;
  while (queue.length) {
    const input = await (queue.shift() as Prepared);
    if (next < sources.length) queue.push(prepare(sources[next++]));
    // Reads that completed and analyses the workers sent back arrive as events, which wait while the consumer goes
    // on with inputs already at hand: let them in now and then, so that the workers never run dry.
    if (++given % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    yield input;
  }
}
