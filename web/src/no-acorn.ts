/**
 * Stands in for `acorn` in the page bundle (web/build.mjs): Arquero parses expression
 * strings and functions with acorn and then compiles them with `Function`, which the
 * page's CSP forbids. The page uses Arquero's column APIs only, so reaching this is a bug.
 */
export function parse(): never {
  throw new Error('Arquero expressions are not available in the validator page (no code is compiled under its Content-Security-Policy)');
}
