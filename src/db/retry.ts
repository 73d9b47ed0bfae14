/**
 * Deadlocks, serialisation failures and a claim anchor deleted under a statement joining it (a
 * foreign-key violation when a re-extraction removes the anchor first) are worth another try: each
 * ingest and re-extraction is one transaction that reads afresh. Anything else is not.
 */
const RETRIED = new Set(['40P01', '40001', '23503']);

export async function withRetry<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= attempts || code === undefined || !RETRIED.has(code)) throw error;
    }
  }
}
