// The `quotetrail` command: a thin shell that hands each subcommand its own arguments.

interface Command {
  run(argv: string[]): Promise<number>;
}

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  extract: { summary: 'print the attributions of articles as JSON (no database)', load: () => import('./commands/extract.ts') },
  ingest: { summary: 'store text or HTML articles and their attributions', load: () => import('./commands/ingest.ts') },
  migrate: { summary: 'apply pending database migrations', load: () => import('./commands/migrate.ts') },
  reextract: { summary: 'run the current extractor over stored articles', load: () => import('./commands/reextract.ts') },
};

const [name, ...rest] = process.argv.slice(2);
const entry = name ? commands[name] : undefined;
if (!entry) {
  const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(9)} ${c.summary}`).join('\n');
  console.error(`usage: quotetrail <command> [options]\n\n${list}\n\nEach command takes --help.`);
  process.exit(name === undefined || name === '--help' || name === '-h' ? 0 : 2);
}
const command = await entry.load();
process.exitCode = await command.run(rest);
