/**
 * Node only: run an import plan over a file on disk, chunk by chunk (64 KiB reads), so an export of any size
 * imports in bounded memory. Each read of the plan opens the file again.
 *
 *   runPlanOnFile(path, plan): Promise<R>
 */
import { fileChunks } from '../read/node-load.js';
import { planControl, type TablePlan } from './table-passes.js';

/**
 * Run `plan` over the file at `path`.
 *
 * @example const outcome = await runPlanOnFile('MissingMigrants.csv', mmpPlan({}, write))
 */
export async function runPlanOnFile<R>(path: string, plan: TablePlan<R>): Promise<R> {
  const control = planControl(plan);
  for (let read; (read = control.next()); ) {
    let going = true;
    for await (const chunk of fileChunks(path)) if (!(going = read.push(chunk))) break;
    if (going) read.end();
  }
  return control.result();
}
