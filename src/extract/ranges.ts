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
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pos < this.ends[lo - 1]!;
  }
}
