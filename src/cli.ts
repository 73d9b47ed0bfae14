import { parseArgs } from 'node:util';

const commands: Record<string, () => Promise<{ run(argv: string[]): Promise<number> }>> = {
  extract: () => import('./commands/extract.ts'),
};

const [name, ...rest] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
  console.error(`usage: quotetrail <${Object.keys(commands).join('|')}> [options]`);
  process.exit(2);
}
void parseArgs;
const command = await load();
process.exitCode = await command.run(rest);
