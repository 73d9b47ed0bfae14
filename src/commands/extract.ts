import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { extract } from '../extract/pipeline.ts';
import { LANGS, type Lang } from '../extract/types.ts';

const USAGE = `usage: quotetrail extract [--lang en|id] [--publisher NAME] [--pretty] FILE...
       quotetrail extract --jsonl < articles.jsonl   (lines of {"id","text","lang"?,"publisher"?})`;

/** Prints one JSON object per article: the extraction contract others score against. */
export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      lang: { type: 'string' },
      publisher: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const lang = values.lang as Lang | undefined;
  if (lang !== undefined && !LANGS.includes(lang)) {
    console.error(`unknown --lang ${lang}; expected one of ${LANGS.join(', ')}`);
    return 2;
  }
  const print = (value: unknown) => process.stdout.write(JSON.stringify(value, null, values.pretty ? 2 : undefined) + '\n');
  if (values.jsonl) return extractLines(print);
  if (positionals.length === 0) {
    console.error(USAGE);
    return 2;
  }
  for (const file of positionals) {
    const text = await readFile(file, 'utf8');
    print(extract({ id: basename(file), text, lang, publisher: values.publisher ?? null }));
  }
  return 0;
}

async function extractLines(print: (value: unknown) => void): Promise<number> {
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; lang?: unknown; publisher?: unknown };
      if (typeof input.text !== 'string') throw new Error('field "text" must be a string');
      const lang = typeof input.lang === 'string' && LANGS.includes(input.lang as Lang) ? (input.lang as Lang) : undefined;
      const id = input.id === undefined ? `line-${lineNumber}` : String(input.id);
      print(extract({ id, text: input.text, lang, publisher: typeof input.publisher === 'string' ? input.publisher : null }));
    } catch (error) {
      failures++;
      print({ id: null, line: lineNumber, error: (error as Error).message, attributions: [] });
    }
  }
  return failures > 0 ? 1 : 0;
}
