/**
 * The batch input's bytes to UTF-8, never guessed (docs/batch.md, "Encoding"). By default the input
 * must be UTF-8: a byte that is not (a Windows-1252 `é` is the single byte 0xE9) stops the reading
 * at the line before it, with the line and character of that byte, so that distinct ids never merge
 * into one `dossier-�`. `--encoding windows-1252` decodes a Windows-1252 file (French and Belgian
 * Excel's "CSV (semicolon)") with WHATWG's TextDecoder; a UTF-16 byte-order mark is honoured.
 *
 * UTF-8 is checked with `buffer.isUtf8` (simdutf) on whole sequences: the few bytes of a character
 * cut by a chunk boundary are carried to the next chunk. Only on failure is the bad byte located,
 * with TextDecoder in fatal mode.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

export type Encoding = 'utf-8' | 'windows-1252';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'windows-1252'];

/** Where the input stopped being UTF-8: 1-based line and character, and the byte. */
export interface BadByte {
  line: number;
  column: number;
  byte: number;
}

/** What the decoding saw: a bad byte (the reading stopped), or a note for the summary. */
export interface Decoding {
  bad: BadByte | null;
  /** `windows-1252` was asked for, yet the input was also valid UTF-8 with non-ASCII bytes. */
  alsoUtf8: boolean;
  /** The input began with a UTF-8 byte-order mark while `windows-1252` was asked for. */
  utf8Bom: boolean;
}

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

/** How many bytes a UTF-8 sequence has from its first byte (RFC 3629), 1 for anything else. */
const sequenceLength = (b: number): number => (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1);

/** How many bytes at the end of `b` begin a character that the next chunk completes (0–3). */
function cutTail(b: Buffer): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if (!isContinuation(c)) return sequenceLength(c) > k ? k : 0;
  }
  return 0;
}

/** Characters (not continuation bytes) in b[from, to). */
function characters(b: Buffer, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (!isContinuation(b[i]!)) n++;
  return n;
}

/** True when the first `k` bytes of `b` are not UTF-8; `stream`: a character cut at the end may still be completed. */
function invalidPrefix(b: Buffer, k: number, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b.subarray(0, k), { stream });
    return false;
  } catch {
    return true;
  }
}

/**
 * Index of the first byte of the first invalid sequence of `b`, which holds one (or, `final`, ends
 * with a cut character). The shortest prefix that no continuation can repair ends with the byte
 * that gave the sequence away; it began at most 3 bytes before, after the longest valid prefix.
 */
function firstBadByte(b: Buffer, final: boolean): number {
  let k = b.length;
  if (invalidPrefix(b, k, true)) {
    let lo = 0;
    while (k - lo > 1) {
      const mid = (lo + k) >> 1;
      if (invalidPrefix(b, mid, true)) k = mid;
      else lo = mid;
    }
  } else if (!final) return b.length;
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if (!invalidPrefix(b, j, false)) return j;
  return Math.max(0, k - 1);
}

/**
 * The bytes of a line held back until its end is known to be UTF-8, so that a stop never hands
 * the reader a cut line (a cut amount would read as another amount). Longer lines are passed on
 * as they come: they are over the reader's line and record limits (layout.ts) and refused anyway.
 */
const HOLD_BYTES = 4 * 1024 * 1024;

/**
 * A Transform from the input's bytes to UTF-8 bytes. On a byte that is not UTF-8 (utf-8 mode) it
 * passes on the complete lines before it, records where it was in `decoding.bad`, and ends.
 */
export function decoder(asked: Encoding, decoding: Decoding): Transform {
  let first = true;
  /** The first bytes of a character cut by the chunk boundary. */
  let carry: Buffer = Buffer.alloc(0);
  /** The valid bytes of the line being read, not yet passed on. */
  let held: Buffer[] = [];
  let heldBytes = 0;
  let line = 1;
  let column = 1;
  /** Windows-1252 (or UTF-16) text decoder; null: the input is UTF-8. */
  let text: TextDecoder | null = asked === 'windows-1252' ? new TextDecoder('windows-1252') : null;
  /** Windows-1252 asked: is the input nonetheless valid UTF-8, with non-ASCII bytes? */
  let validUtf8 = true;
  let nonAscii = false;
  let stopped = false;

  /** Counts the lines and characters of valid UTF-8 bytes. */
  const advance = (b: Buffer, to: number): void => {
    let last = -1;
    for (let i = b.indexOf(10); i !== -1 && i < to; i = b.indexOf(10, i + 1)) {
      line++;
      last = i;
    }
    column = last === -1 ? column + characters(b, 0, to) : 1 + characters(b, last + 1, to);
  };

  /**
   * The chunk with the bytes carried before it, and how many of its last bytes begin a character
   * the next chunk completes (carried on when the rest is valid).
   */
  const sequences = (chunk: Buffer): { whole: Buffer; end: number } => {
    const whole = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const end = whole.length - cutTail(whole);
    carry = Buffer.from(whole.subarray(end));
    return { whole, end };
  };

  /** Valid bytes up to `end` (exclusive): whole lines out, the rest held. */
  const pass = (out: Transform, b: Buffer, end: number): void => {
    const nl = b.lastIndexOf(10, end - 1);
    if (nl === -1) {
      held.push(b.subarray(0, end));
      heldBytes += end;
      if (heldBytes <= HOLD_BYTES) return;
    }
    for (const h of held) out.push(h);
    held = [];
    heldBytes = 0;
    if (nl === -1) return;
    out.push(b.subarray(0, nl + 1));
    if (nl + 1 < end) {
      held.push(b.subarray(nl + 1, end));
      heldBytes = end - nl - 1;
    }
  };

  /** Records the first bad byte of `b`, passes on the complete lines before it, and ends the output. */
  const stop = (out: Transform, b: Buffer, final: boolean): void => {
    const at = firstBadByte(b, final);
    advance(b, at);
    decoding.bad = { line, column, byte: b[at] ?? 0 };
    const nl = at === 0 ? -1 : b.lastIndexOf(10, at - 1);
    if (nl !== -1) pass(out, b, nl + 1);
    stopped = true;
    out.push(null);
  };

  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      if (stopped) return done();
      if (first) {
        first = false;
        if (chunk[0] === 0xff && chunk[1] === 0xfe) text = new TextDecoder('utf-16le');
        else if (chunk[0] === 0xfe && chunk[1] === 0xff) text = new TextDecoder('utf-16be');
        else if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf && text) {
          decoding.utf8Bom = true;
          text = null;
        }
      }
      if (text) {
        if (validUtf8 && text.encoding === 'windows-1252') {
          const { whole, end } = sequences(chunk);
          validUtf8 = isUtf8(whole.subarray(0, end));
          nonAscii ||= !isAscii(whole);
        }
        return done(null, Buffer.from(text.decode(chunk, { stream: true }), 'utf8'));
      }
      const { whole, end } = sequences(chunk);
      const b = whole.subarray(0, end);
      if (isUtf8(b)) {
        advance(b, end);
        pass(this, b, end);
      } else stop(this, whole, false); // the carried bytes too: `é` cut from its next byte is a bad byte only with it
      done();
    },
    flush(done: TransformCallback) {
      if (stopped) return done();
      if (text) {
        const rest = text.decode();
        decoding.alsoUtf8 = text.encoding === 'windows-1252' && validUtf8 && carry.length === 0 && nonAscii;
        return done(null, rest ? Buffer.from(rest, 'utf8') : undefined);
      }
      // A character cut by the end of the input.
      if (carry.length) stop(this, carry, true);
      else for (const h of held) this.push(h);
      done();
    },
  });
}

export const noDecoding = (): Decoding => ({ bad: null, alsoUtf8: false, utf8Bom: false });
