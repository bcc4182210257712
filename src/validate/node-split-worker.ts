/**
 * The worker thread of split files, kept for the next one.
 *
 *   runPart(job, onBytes): Promise<WorkerPart | undefined>
 *   warmSplitWorker(paths)   start the worker now when one of `paths` will be split
 *   idleWorker()             whether a worker waits, warm, for the next part
 *
 * Starting a thread costs its module loading and a cold JIT: a few hundred milliseconds, as
 * much as reading 50,000 rows. So the worker is kept, idle and unreferenced (it never keeps the
 * process alive), for a minute after a part, and the next split file's part runs on it warm.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerJob, WorkerPart } from './node-validate-split.js';

/**
 * The worker's script: next to this module's bundle; run from a clone's sources (tsx, vitest),
 * the built one (`npm run build`; without it the file is read on one thread).
 */
export const splitWorker = { url: import.meta.url.endsWith('.ts') ? new URL('../../dist/node-worker.js', import.meta.url) : new URL('./node-worker.js', import.meta.url) };

/** Below this, a second thread costs more than it saves. */
export const SPLIT_MIN_BYTES = 16 * 2 ** 20;
/** Above this, one thread: two would hold two id sets and two sets of batches (memory stays bounded). */
export const SPLIT_MAX_BYTES = 256 * 2 ** 20;

/** Whether a file of `size` bytes is split by default. */
export function splittable(size: number): boolean {
  return size >= SPLIT_MIN_BYTES && size <= SPLIT_MAX_BYTES && availableParallelism() > 1;
}

/** How long an idle worker waits for the next part. */
const IDLE_MS = 60_000;

let idle: Worker | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function park(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  idle = worker;
  worker.unref();
  idleTimer = setTimeout(() => {
    if (idle === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_MS);
  idleTimer.unref();
}

/** Whether a worker waits, warm, for the next part (for diagnostics and tests). */
export function idleWorker(): boolean {
  return idle !== undefined;
}

function take(): Worker | undefined {
  const worker = idle;
  idle = undefined;
  if (idleTimer) clearTimeout(idleTimer);
  worker?.ref();
  return worker;
}

/**
 * Run `job` on the worker; its part, or undefined when the worker could not run it.
 *
 * @example const part = await runPart({ path, header, start, options }, (n) => (bytes += n));
 */
export function runPart(job: WorkerJob, onBytes: (n: number) => void): Promise<WorkerPart | undefined> {
  return new Promise((resolve) => {
    let worker = take();
    try {
      worker ??= new Worker(splitWorker.url);
    } catch {
      resolve(undefined);
      return;
    }
    const w = worker;
    const done = (part: WorkerPart | undefined, keep: boolean) => {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      resolve(part);
      if (keep) park(w);
      else void w.terminate();
    };
    const onMessage = (m: { bytes?: number; part?: WorkerPart; failed?: string }) => {
      if (m.bytes) onBytes(m.bytes);
      else if (m.part || m.failed) done(m.part, true);
    };
    const onError = () => done(undefined, false);
    const onExit = () => done(undefined, false);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(job);
  });
}

/**
 * Start the worker now, idle, when one of `paths` is a file that will be split: its module
 * loading (a few hundred milliseconds) then runs beside this thread's, instead of after it
 * while this thread reads. The CLI calls it before loading a command; harmless otherwise (an
 * idle worker never keeps the process alive).
 *
 * @example warmSplitWorker(['big.csv'])
 */
export function warmSplitWorker(paths: readonly string[]): void {
  if (idle) return;
  const big = paths.some((p) => {
    try {
      const s = statSync(p);
      return s.isFile() && splittable(s.size) && !/\.(json|ndjson|jsonl)$/i.test(p);
    } catch {
      return false;
    }
  });
  if (!big) return;
  try {
    park(new Worker(splitWorker.url));
  } catch {
    // No worker here: the file is read on one thread.
  }
}
