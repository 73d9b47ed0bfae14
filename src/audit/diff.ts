// Word-level diff of two wordings of the same statement, for the variants audit
// ("did the quote change on its way from the wire to the re-report?").
// Tokens are words and single punctuation marks; Myers' O(ND) algorithm finds a shortest
// edit script, which for re-reports (small D) is far cheaper than a full LCS table.

export interface Token {
  text: string;
  /** Comparison key: lowercased, quote styles folded. */
  key: string;
  start: number;
  end: number;
}

export type DiffOpName = 'equal' | 'insert' | 'delete';

export interface DiffOp {
  op: DiffOpName;
  /** The run as written: from the old wording for equal/delete, from the new one for insert. */
  text: string;
}

export interface WordDiff {
  ops: DiffOp[];
  /** 2·equal / (tokens of a + tokens of b): 1 for the same wording, 0 for nothing in common. */
  similarity: number;
  equalTokens: number;
  aTokens: number;
  bTokens: number;
}

export interface DiffOptions {
  /** Compare case-sensitively (default false: "Rusia" and "rusia" are the same word). */
  caseSensitive?: boolean;
}

// A word is letters/digits with inner apostrophes, hyphens, dots or commas between digits ("AS-Rusia", "don't", "1.500");
// anything else that is not a space is a token of its own.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-.,][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'" };

export function tokenize(text: string, options: DiffOptions = {}): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    let key = raw.normalize('NFC').replace(/[“”„«»‘’‚]/g, (c) => QUOTES[c] ?? c);
    if (!options.caseSensitive) key = key.toLowerCase();
    out.push({ text: raw, key, start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** Myers' greedy shortest edit script over two key arrays: one op per token. */
function editScript(a: readonly string[], b: readonly string[]): DiffOpName[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  search: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break search;
    }
  }
  // Walk back through the saved frontiers.
  const ops: DiffOpName[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push('equal');
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) {
        ops.push('insert');
        y--;
      } else {
        ops.push('delete');
        x--;
      }
    }
  }
  return ops.reverse();
}

/**
 * Diff two wordings word by word. Runs of the same op are merged; inside each changed
 * stretch the deletions come before the insertions, so a replacement reads as one
 * delete run followed by one insert run.
 */
export function diffWords(a: string, b: string, options: DiffOptions = {}): WordDiff {
  const ta = tokenize(a, options);
  const tb = tokenize(b, options);
  const script = editScript(
    ta.map((t) => t.key),
    tb.map((t) => t.key),
  );

  // Group token indexes into runs: equal runs, and changed stretches split into delete/insert.
  type Run = { op: DiffOpName; from: number; to: number };
  const runs: Run[] = [];
  let i = 0;
  let j = 0;
  let equalTokens = 0;
  let s = 0;
  while (s < script.length) {
    if (script[s] === 'equal') {
      const from = i;
      while (s < script.length && script[s] === 'equal') {
        s++;
        i++;
        j++;
        equalTokens++;
      }
      runs.push({ op: 'equal', from, to: i });
      continue;
    }
    const delFrom = i;
    const insFrom = j;
    while (s < script.length && script[s] !== 'equal') {
      if (script[s] === 'delete') i++;
      else j++;
      s++;
    }
    if (i > delFrom) runs.push({ op: 'delete', from: delFrom, to: i });
    if (j > insFrom) runs.push({ op: 'insert', from: insFrom, to: j });
  }

  const slice = (source: string, tokens: Token[], from: number, to: number) => source.slice(tokens[from]!.start, tokens[to - 1]!.end);
  const ops = runs.map((r): DiffOp => ({ op: r.op, text: r.op === 'insert' ? slice(b, tb, r.from, r.to) : slice(a, ta, r.from, r.to) }));
  const total = ta.length + tb.length;
  return { ops, similarity: total === 0 ? 1 : (2 * equalTokens) / total, equalTokens, aTokens: ta.length, bTokens: tb.length };
}

/** Compact text form for logs and tests: "kata [-Igor-] {+Mayjen Igor+} Konashenkov". */
export function renderDiff(ops: readonly DiffOp[]): string {
  return ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join(' ');
}
