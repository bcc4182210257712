import { decodeBytes } from '../read/decode.js';
import type { AdapterInput, AdapterWarning } from './types.js';

/**
 * Turn file bytes into text with the loaders' rules (UTF-8 with or without BOM, UTF-16 by BOM,
 * otherwise Windows-1252 with an `encoding-error` warning; binary files such as .xlsx are
 * refused with a clear message). Strings pass through as UTF-8.
 *
 * @example decodeInput(new Uint8Array([0x52, 0xed, 0x6f])).encoding // 'windows-1252'
 */
export function decodeInput(input: AdapterInput): { text: string; encoding: string; warnings: AdapterWarning[] } {
  if (typeof input === 'string') return { text: input, encoding: 'utf-8', warnings: [] };
  const decoded = decodeBytes(input);
  return {
    text: decoded.text,
    encoding: decoded.encoding,
    warnings: decoded.warnings.map((w) => ({ code: w.code, message: w.message })),
  };
}
