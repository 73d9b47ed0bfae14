/** Rows per INSERT: a statement stays far below PostgreSQL's 65,535 parameters. */
const ROWS_PER_STATEMENT = 1000;

/** Inserts many rows a thousand at a time, in their order. */
export async function insertInChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await insert(rows.slice(i, i + ROWS_PER_STATEMENT));
}
