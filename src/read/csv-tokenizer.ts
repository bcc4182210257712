/**
 * An incremental RFC 4180 tokenizer: text chunks in, rows of cell strings out.
 *
 *   createCsvTokenizer(delimiter = ','): { push(text): CsvRow[]; end(): CsvRow[] }
 *
 * Rows end at CRLF, LF or a lone CR, outside quotes (as Python's csv module reads).
 * State survives chunk boundaries, so a row, a cell or a CRLF may be split anywhere and
 * every chunk is scanned once: bounded memory, linear time. Lines without a quote take a
 * fast path (`indexOf` + `split`); quoted rows go through the state machine.
 * Lenient like Python's csv: a quote inside an unquoted cell is kept as text; text
 * after a closing quote is appended (`"ab"c` → `abc`) and the row is flagged
 * `malformed`; a quote never closed takes the rest of the input and flags `unterminated`.
 */

/** One logical CSV row. */
export interface CsvRow {
  cells: string[];
  /** Physical line (1-based) the row starts on. */
  line: number;
  /** A quoting problem in the row, if any. */
  problem?: 'unterminated' | 'malformed';
  /** Line where the problem starts (the opening quote). */
  problemLine?: number;
}

/** The tokenizer: feed text, collect complete rows. */
export interface CsvTokenizer {
  /** Rows completed by `text`; with `maxRows`, stop after that many (the rest of `text` is not read: see `resume`). */
  push(text: string, maxRows?: number): CsvRow[];
  end(): CsvRow[];
  /**
   * Where the last row completed in the last pushed text ends (-1: none did), the line the
   * next row starts on, and whether an LF opening the next text still belongs to that row's
   * CR. What follows `at` is the row in progress, so another reader can take over there.
   */
  resume(): { at: number; line: number; skipLF: boolean };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

/**
 * A fresh tokenizer for one input.
 *
 * @example const t = createCsvTokenizer(','); t.push('a,"b\n'); t.push('c"\n'); // → [{ cells: ['a', 'b\nc'], line: 1 }]
 */
export function createCsvTokenizer(delimiter = ',', firstLine = 1): CsvTokenizer {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw new TypeError(`CSV delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
  }
  const DELIM = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let field = '';
  let state = START;
  let line = firstLine;
  let rowLine = firstLine;
  let lastEnd = -1; // in the last pushed text: where the last completed row ends
  let lastLine = firstLine;
  let skipLF = false; // the last chunk ended with CR: a leading LF belongs to it
  let problem: CsvRow['problem'];
  let problemLine = 0;
  let quoteLine = 0;

  function emit(out: CsvRow[]): void {
    cells.push(field);
    const row: CsvRow = { cells, line: rowLine };
    if (problem) {
      row.problem = problem;
      row.problemLine = problemLine;
    }
    out.push(row);
    cells = [];
    field = '';
    state = START;
    problem = undefined;
  }

  let crPending = false; // a quoted cell's chunk ended with CR: it is a break unless LF follows

  /** Count line breaks in text[from, to) (inside a quoted cell); CRLF counts once. */
  function countBreaks(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === LF) line++;
      else if (c === CR) {
        if (k + 1 === text.length) crPending = true;
        else if (text.charCodeAt(k + 1) !== LF) line++;
      }
    }
  }

  function push(text: string, maxRows = Infinity): CsvRow[] {
    const out: CsvRow[] = [];
    const n = text.length;
    let i = 0;
    lastEnd = -1;
    if (crPending && n > 0) {
      crPending = false;
      if (text.charCodeAt(0) !== LF) line++;
    }
    if (skipLF && n > 0) {
      skipLF = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    // Cached positions of the next LF, CR and quote (n when none is left).
    let nextLF = -1;
    let nextCR = -1;
    let nextQ = -1;

    /** Consume the line break at i; returns the index after it. */
    const breakAt = (k: number): number => {
      line++;
      if (text.charCodeAt(k) === CR) {
        if (k + 1 < n) return text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
        skipLF = true;
      }
      return k + 1;
    };

    while (i < n) {
      if (state === START && cells.length === 0) {
        if (out.length >= maxRows) break;
        rowLine = line;
        if (nextLF < i) nextLF = (nextLF = text.indexOf('\n', i)) === -1 ? n : nextLF;
        if (nextCR < i) nextCR = (nextCR = text.indexOf('\r', i)) === -1 ? n : nextCR;
        const e = nextLF < nextCR ? nextLF : nextCR;
        if (e < n) {
          if (nextQ < i) nextQ = (nextQ = text.indexOf('"', i)) === -1 ? n : nextQ;
          if (nextQ > e) {
            out.push({ cells: text.slice(i, e).split(delimiter), line: rowLine });
            lastEnd = i = breakAt(e);
            lastLine = line;
            continue;
          }
        }
      }
      // The state machine, up to the end of this row or of the text.
      const c = text.charCodeAt(i);
      if (state === START) {
        if (c === QUOTE) {
          state = QUOTED;
          quoteLine = line;
          i++;
        } else if (c === DELIM) {
          cells.push(field);
          field = '';
          i++;
        } else if (c === LF || c === CR) {
          emit(out);
          lastEnd = i = breakAt(i);
          lastLine = line;
        } else state = UNQUOTED;
      } else if (state === UNQUOTED) {
        let j = i;
        let d = c;
        while (j < n && (d = text.charCodeAt(j)) !== DELIM && d !== LF && d !== CR) j++;
        field += text.slice(i, j);
        i = j;
        if (j < n) {
          if (d === DELIM) {
            cells.push(field);
            field = '';
            state = START;
            i++;
          } else {
            emit(out);
            lastEnd = i = breakAt(i);
            lastLine = line;
          }
        }
      } else if (state === QUOTED) {
        const j = text.indexOf('"', i);
        const to = j === -1 ? n : j;
        field += text.slice(i, to);
        countBreaks(text, i, to);
        i = j === -1 ? n : j + 1;
        if (j !== -1) state = QUOTE_SEEN;
      } else {
        // QUOTE_SEEN: a doubled quote, the end of the cell, or stray text after it.
        if (c === QUOTE) {
          field += '"';
          state = QUOTED;
          i++;
        } else if (c === DELIM) {
          cells.push(field);
          field = '';
          state = START;
          i++;
        } else if (c === LF || c === CR) {
          emit(out);
          lastEnd = i = breakAt(i);
          lastLine = line;
        } else {
          if (!problem) {
            problem = 'malformed';
            problemLine = quoteLine;
          }
          state = UNQUOTED;
        }
      }
    }
    return out;
  }

  function end(): CsvRow[] {
    skipLF = false;
    if (state === START && cells.length === 0 && field === '') return [];
    if (state === QUOTED) {
      problem = 'unterminated';
      problemLine = quoteLine;
    }
    const out: CsvRow[] = [];
    emit(out);
    return out;
  }

  return { push, end, resume: () => ({ at: lastEnd, line: lastLine, skipLF: lastEnd >= 0 && skipLF }) };
}

/**
 * Where the row starting at `text[at]` ends, split as the tokenizer splits it: the index
 * after its line break (or the text's end when `final`), and the line breaks inside its
 * quoted cells. Undefined when the text ends inside the row and more may come.
 *
 * @example rowEnd('a,"b\nc"\nd', 0, false, ',') // { end: 8, breaks: 1 }
 */
export function rowEnd(text: string, at: number, final: boolean, delimiter: string): { end: number; breaks: number } | undefined {
  const DELIM = delimiter.charCodeAt(0);
  const n = text.length;
  let state = START;
  let breaks = 0;
  for (let i = at; i < n; i++) {
    const c = text.charCodeAt(i);
    if (state === QUOTED) {
      if (c === QUOTE) state = QUOTE_SEEN;
      else if (c === LF) breaks++;
      else if (c === CR) {
        if (i + 1 === n && !final) return undefined;
        if (i + 1 === n || text.charCodeAt(i + 1) !== LF) breaks++;
      }
      continue;
    }
    if (c === LF) return { end: i + 1, breaks };
    if (c === CR) {
      if (i + 1 < n) return { end: text.charCodeAt(i + 1) === LF ? i + 2 : i + 1, breaks };
      return final ? { end: i + 1, breaks } : undefined;
    }
    if (state === START) state = c === QUOTE ? QUOTED : c === DELIM ? START : UNQUOTED;
    else if (state === UNQUOTED) {
      if (c === DELIM) state = START;
    } else state = c === QUOTE ? QUOTED : c === DELIM ? START : UNQUOTED; // QUOTE_SEEN
  }
  return final ? { end: n, breaks } : undefined;
}
