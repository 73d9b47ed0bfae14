// The extractor's version: a hash of its code and lexicons, so an article records which extractor
// produced its attributions and `npm run reextract` finds the ones an improved extractor would
// read differently. Derived from the files themselves, it changes with every edit and needs no
// one to remember to bump it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRACTOR_DIR = fileURLToPath(new URL('../extract/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

function hashOf(dir: string): string {
  const hash = createHash('sha256');
  for (const path of filesUnder(dir).sort()) {
    hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** The current extractor's version, sixteen hex digits. */
export const EXTRACTOR_VERSION = hashOf(EXTRACTOR_DIR);
