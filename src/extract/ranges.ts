/** The first index in `[0, length)` at which `before(i)` turns false; `before` must be true, then false, in index order. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Membership in a set of half-open `[start, end)` ranges in O(log n): quotations, consumed frames,
 * reported contents. Long articles hold thousands of them, so a linear scan per token would be quadratic.
 */
export class RangeIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(ranges: Iterable<{ start: number; end: number }>) {
    const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
    for (const r of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && r.start <= this.ends[last]!) this.ends[last] = Math.max(this.ends[last]!, r.end);
      else {
        this.starts.push(r.start);
        this.ends.push(r.end);
      }
    }
  }

  contains(pos: number): boolean {
    const after = lowerBound(this.starts.length, (i) => this.starts[i]! <= pos);
    return after > 0 && pos < this.ends[after - 1]!;
  }
}
