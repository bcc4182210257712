/**
 * Bytes → text, the way people really send files.
 *
 *   decodeBytes(bytes: Uint8Array | ArrayBuffer, encoding = 'auto'): Decoded
 *   createDecoder(encoding = 'auto'): StreamDecoder   (same rules, chunk by chunk)
 *
 * `auto`: a UTF-8 BOM or valid UTF-8 → UTF-8; a UTF-16 LE/BE BOM → UTF-16; otherwise
 * Windows-1252 with an `encoding-error` warning. Binary data (NUL bytes, a zip/xlsx,
 * PDF or gzip signature) throws a ReadError. Uses TextDecoder, so it runs in browsers.
 */
import { makeIssue, type Issue } from '../errors/index.js';
import { ReadError } from './read-error.js';
import type { ReadOptions } from './options.js';

/** Encodings the loaders read. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from bytes, with the encoding used and any warning. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when the bytes started with a byte order mark (it is not in `text`). */
  bom: boolean;
  /** An `encoding-error` warning when the bytes were not valid UTF-8. */
  warnings: Issue[];
}

type EncodingOption = NonNullable<ReadOptions['encoding']>;

const signatures: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (an Excel .xlsx workbook?); save it as "CSV UTF-8" first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document, not a data file'],
  [[0x1f, 0x8b], 'gzip-compressed; decompress it first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel .xls workbook; save it as "CSV UTF-8" first'],
];

function bomOf(b: Uint8Array): Encoding | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Throw a ReadError when the first bytes are not text. */
function checkNotBinary(head: Uint8Array): void {
  for (const [sig, what] of signatures) {
    if (sig.every((byte, i) => head[i] === byte)) throw new ReadError(`this is ${what}`);
  }
  const n = Math.min(head.length, 4096);
  let nul = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) nul++;
  if (nul > 0) {
    const utf16 = nul * 3 > n;
    throw new ReadError(
      utf16
        ? 'this looks like UTF-16 text without a byte order mark; save it as "CSV UTF-8"'
        : 'this is binary data, not text (it contains NUL bytes)',
    );
  }
}

/**
 * Offset of the first byte that is not part of valid UTF-8, or -1.
 *
 * @example firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0x6f])) // 1
 */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    let n = 0;
    let min = 0;
    if (c >= 0xc2 && c <= 0xdf) { n = 1; min = 0x80; }
    else if (c >= 0xe0 && c <= 0xef) { n = 2; min = 0x800; }
    else if (c >= 0xf0 && c <= 0xf4) { n = 3; min = 0x10000; }
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

function fallbackWarning(offset: number): Issue {
  return makeIssue('encoding-error', { note: `first byte that is not UTF-8 at offset ${offset}`, expected: 'Windows-1252' });
}

// Windows-1252 differs from Latin-1 in 0x80-0x9F. Node's TextDecoder('windows-1252') decodes
// those bytes as Latin-1 control characters (curly quotes, €, … are lost); browsers do it
// right. Decoding as Latin-1 and mapping that range gives the right text everywhere.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const C1 = /[\u0080-\u009f]/;
const C1_ALL = /[\u0080-\u009f]/g;
const latin1 = new TextDecoder('latin1');

/**
 * Decode Windows-1252 bytes (single-byte, so chunks need no carry-over).
 *
 * @example decodeWindows1252(new Uint8Array([0x93, 0x41, 0x94])) // '“A”'
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = latin1.decode(bytes);
  return C1.test(text) ? text.replace(C1_ALL, (c) => String.fromCharCode(cp1252High[c.charCodeAt(0) - 0x80])) : text;
}

/** A decoder for a named encoding that handles Windows-1252 right. */
function decoderFor(encoding: Encoding, ignoreBOM = false): (bytes: Uint8Array, stream: boolean) => string {
  if (encoding === 'windows-1252') return (b) => decodeWindows1252(b);
  const d = new TextDecoder(encoding, { ignoreBOM });
  return (b, stream) => d.decode(b, { stream });
}

const toBytes = (input: Uint8Array | ArrayBuffer) => (input instanceof Uint8Array ? input : new Uint8Array(input));

/**
 * Decode a whole file's bytes (see the file header for the rules).
 *
 * @example decodeBytes(new Uint8Array([0x52, 0xed, 0x6f])).text // 'Río' (Windows-1252, with a warning)
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, encoding: EncodingOption = 'auto'): Decoded {
  const bytes = toBytes(input);
  const bom = bomOf(bytes);
  if (encoding !== 'auto') {
    return { text: decoderFor(encoding)(bytes, false), encoding, bom: bom === encoding, warnings: [] };
  }
  if (bom) return { text: whole(() => new TextDecoder(bom).decode(bytes), bytes.length), encoding: bom, bom: true, warnings: [] };
  // No BOM: UTF-8 if the bytes are valid UTF-8, else Windows-1252.
  const { encoding: guessed, warnings } = settleEncoding(bytes, 'auto');
  const text = guessed === 'utf-8' ? whole(() => new TextDecoder('utf-8').decode(bytes), bytes.length) : whole(() => decodeWindows1252(bytes), bytes.length);
  return { text, encoding: guessed, bom: false, warnings };
}

// V8's longest string (2^29 - 24 UTF-16 units). Past it a decode throws a RangeError, or
// for Latin-1 aborts the whole process, so the length is checked before decoding.
const MAX_STRING = (1 << 29) - 24;

function whole(decode: () => string, bytes: number): string {
  const tooLong = () =>
    new ReadError(`the file is too large to read into one string (${Math.round(bytes / 2 ** 20)} MiB): stream it instead (streamFile, streamCSV, or the CLI, which streams)`);
  if (bytes > MAX_STRING * 3) throw tooLong();
  try {
    const text = decode();
    return text;
  } catch (err) {
    // V8 throws a RangeError, Node's TextDecoder an Error with code ERR_STRING_TOO_LONG.
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_STRING_TOO_LONG') throw tooLong();
    throw err;
  }
}

/** True when all of `bytes` is valid UTF-8; checked in slices, so no giant string is ever made. */
function isValidUtf8(bytes: Uint8Array): boolean {
  const d = new TextDecoder('utf-8', { fatal: true });
  const SLICE = 1 << 24;
  try {
    for (let at = 0; at < bytes.length; at += SLICE) d.decode(bytes.subarray(at, at + SLICE), { stream: true });
    d.decode();
    return true;
  } catch (err) {
    // Only the decoder's "invalid data" TypeError means not UTF-8; anything else is a real failure.
    if (err instanceof TypeError) return false;
    throw err;
  }
}

/**
 * The encoding `decodeBytes` would use for these bytes, and its warning: declared, from
 * a BOM, UTF-8 when valid, else Windows-1252.
 */
function settleEncoding(bytes: Uint8Array, encoding: EncodingOption): { encoding: Encoding; warnings: Issue[] } {
  if (encoding !== 'auto') return { encoding, warnings: [] };
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom, warnings: [] };
  checkNotBinary(bytes.subarray(0, 4096));
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', warnings: [] };
  return { encoding: 'windows-1252', warnings: [fallbackWarning(firstInvalidUtf8(bytes))] };
}

/** Bytes decoded slice by slice (see {@link decodeSlices}). */
export interface DecodedSlices {
  encoding: Encoding;
  /** An `encoding-error` warning when the bytes were not valid UTF-8. */
  warnings: Issue[];
  /** The text, in slices of at most `size` characters. */
  slices(size?: number): Generator<string>;
}

/**
 * Decode a whole file's bytes by the `decodeBytes` rules (the encoding is settled on all of
 * them first, so the text is the same), but hand the text out in slices: a file larger than
 * the longest JavaScript string reads as well as a small one.
 *
 * @example for (const s of decodeSlices(bytes).slices()) reader.push(s);
 */
export function decodeSlices(input: Uint8Array | ArrayBuffer, encoding: EncodingOption = 'auto'): DecodedSlices {
  const bytes = toBytes(input);
  const settled = settleEncoding(bytes, encoding);
  return {
    ...settled,
    *slices(size = 1 << 16) {
      const decoder = createDecoder(settled.encoding);
      const STEP = 1 << 20;
      for (let at = 0; at <= bytes.length; at += STEP) {
        const text = at < bytes.length ? decoder.push(bytes.subarray(at, at + STEP)) : decoder.end();
        for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
      }
    },
  };
}

/** A decoder fed chunk by chunk: same rules as {@link decodeBytes}, bounded memory. */
export interface StreamDecoder {
  /** Decode the next chunk; returns the text that is complete so far. */
  push(chunk: Uint8Array): string;
  /** Flush what is left at the end of the input. */
  end(): string;
  /** The encoding in use (settled after the first chunk; may switch to Windows-1252 later). */
  readonly encoding: Encoding;
  readonly bom: boolean;
  /** The `encoding-error` warning, once UTF-8 failed. */
  readonly warnings: Issue[];
}

/** Length of `b` up to the last complete UTF-8 sequence (the rest waits for the next chunk). */
function completeLength(b: Uint8Array): number {
  const n = b.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const c = b[n - back];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    if (c < 0x80) return n;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

/**
 * A streaming decoder. UTF-8 is checked chunk by chunk; at the first invalid byte the
 * rest of the input is read as Windows-1252 (text already returned stays as it was).
 *
 * @example const d = createDecoder(); const text = d.push(bytes) + d.end();
 */
export function createDecoder(encoding: EncodingOption = 'auto'): StreamDecoder {
  let mode: Encoding | undefined = encoding === 'auto' ? undefined : encoding;
  let bom = false;
  let started = false;
  let carry: Uint8Array = new Uint8Array(0);
  let offset = 0; // bytes consumed before `carry`
  const warnings: Issue[] = [];
  let other: ((bytes: Uint8Array, stream: boolean) => string) | undefined;
  let utf8 = new TextDecoder('utf-8');
  // UTF-8 is checked (and may fall back to Windows-1252) only when guessed, not when declared.
  let checked = false;

  function start(bytes: Uint8Array): Uint8Array {
    started = true;
    const found = bomOf(bytes);
    if (encoding === 'auto') {
      if (found) mode = found;
      else {
        checkNotBinary(bytes.subarray(0, 4096));
        mode = 'utf-8';
      }
    }
    if (found && found === mode) {
      bom = true;
      const skip = found === 'utf-8' ? 3 : 2;
      offset += skip;
      bytes = bytes.subarray(skip);
    }
    // The BOM, if any, was cut off above; a U+FEFF further on is text.
    if (mode && mode !== 'utf-8') other = decoderFor(mode, true);
    checked = encoding === 'auto' && mode === 'utf-8' && !bom;
    utf8 = new TextDecoder('utf-8', { fatal: checked, ignoreBOM: true });
    return bytes;
  }

  function decodeUtf8(bytes: Uint8Array, last: boolean): string {
    const all = carry.length ? concat(carry, bytes) : bytes;
    const n = last ? all.length : completeLength(all);
    const part = all.subarray(0, n);
    carry = all.slice(n);
    try {
      const text = utf8.decode(part);
      offset += n;
      return text;
    } catch {
      warnings.push(fallbackWarning(offset + firstInvalidUtf8(part)));
      mode = 'windows-1252';
      other = decodeWindows1252;
      carry = new Uint8Array(0);
      offset += all.length;
      return other(all, !last);
    }
  }

  return {
    push(chunk) {
      let bytes = chunk;
      if (!started) {
        // Need a few bytes to see a BOM; a tiny first chunk is kept until more arrive.
        if (carry.length + bytes.length < 4) {
          carry = concat(carry, bytes);
          return '';
        }
        bytes = start(carry.length ? concat(carry, bytes) : bytes);
        carry = new Uint8Array(0);
      }
      if (mode === 'utf-8' && checked) return decodeUtf8(bytes, false);
      if (mode === 'utf-8') return utf8.decode(bytes, { stream: true });
      return other!(bytes, true);
    },
    end() {
      if (!started) {
        if (!carry.length) return '';
        const bytes = start(carry);
        carry = new Uint8Array(0);
        if (mode === 'utf-8' && checked) return decodeUtf8(bytes, true);
        return mode === 'utf-8' ? utf8.decode(bytes) : other!(bytes, false);
      }
      if (mode === 'utf-8' && checked) return carry.length ? decodeUtf8(new Uint8Array(0), true) : '';
      return mode === 'utf-8' ? utf8.decode() : other!(new Uint8Array(0), false);
    },
    get encoding() {
      return mode ?? 'utf-8';
    },
    get bom() {
      return bom;
    },
    warnings,
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
