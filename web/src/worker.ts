/**
 * The page's Web Worker: reading, validation and summaries run here so the page stays
 * responsive with large files. Cancelling terminates the worker (the page starts a new one).
 */
import { isReadError } from '../../src/read/read-error.js';
import { errorsFile, reportFile, templateFile, validFile } from './downloads.js';
import { outcomeOf } from './outcome.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { runValidation, type Run } from './run-validation.js';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let last: Run | undefined;
let lastPost = 0;

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  try {
    if (msg.kind === 'validate') {
      last = undefined;
      last = await runValidation(msg.files, msg.type, (p) => {
        const now = performance.now();
        if (now - lastPost < 100) return;
        lastPost = now;
        post({ kind: 'progress', ...p });
      });
      post({ kind: 'done', outcome: outcomeOf(last) });
    } else if (msg.kind === 'template') {
      post(templateFile(msg.type));
    } else if (!last) {
      post({ kind: 'failed', message: 'Nothing has been validated yet.' });
    } else if (msg.what === 'report-json') post(reportFile(last));
    else if (msg.what === 'errors-csv') post(errorsFile(last));
    else post(validFile(last, msg.type!));
  } catch (err) {
    // A ReadError is a plain sentence for the user; anything else is a bug, said as plainly.
    post({ kind: 'failed', message: isReadError(err) ? (err as Error).message : `Unexpected problem: ${(err as Error)?.message ?? err}` });
  }
};
