import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments, parsed strictly, with `--help`/`-h` added. A usage error or a request for
 * help is answered here, and its exit code returned instead, so a command handles only its own options.
 */
export function commandArgs<O extends Options, P extends boolean = false>(argv: string[], options: O, usage: string, allowPositionals?: P) {
  const config = { args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } }, strict: true as const, allowPositionals: (allowPositionals ?? false) as P };
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
