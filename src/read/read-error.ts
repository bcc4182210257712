/**
 * Input that cannot be read as the named format at all: an empty file, binary data,
 * invalid JSON, no header. Loaders throw it (the CLI exits with code 2); everything
 * short of that is an issue in the result instead.
 *
 * @example throw new ReadError('the file is empty: a CSV file needs a header row')
 */
export class ReadError extends Error {
  override name = 'ReadError';
}

/**
 * True for a ReadError (also across bundles, where `instanceof` may fail).
 *
 * @example isReadError(new ReadError('empty file')) // true
 */
export function isReadError(err: unknown): err is ReadError {
  return err instanceof ReadError || (err instanceof Error && err.name === 'ReadError');
}
