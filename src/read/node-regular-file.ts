/**
 * Node only: refuse what is not a regular file before opening it. Reading a device
 * (`/dev/zero`) never ends and opening a FIFO blocks until a writer comes, so every
 * command checks first and says so in one line (exit 2 in the CLI).
 *
 *   assertRegularFile(path): void   (throws a ReadError)
 */
import { statSync } from 'node:fs';
import { ReadError } from './read-error.js';

/**
 * Throw a ReadError when `path` names a device, FIFO or socket (symbolic links followed).
 * Missing paths and folders are left to the read, whose messages name them.
 *
 * @example assertRegularFile('/dev/zero') // throws ReadError('/dev/zero is not a regular file …')
 */
export function assertRegularFile(path: string): void {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return; // missing or unreadable: the read that follows says so, in its own words
  }
  if (!stats.isFile() && !stats.isDirectory()) throw new ReadError(`${path} is not a regular file (a device, pipe or socket): give a file`);
}
