import { extract } from '../extract/pipeline.ts';

export async function run(argv: string[]): Promise<number> {
  void argv;
  const text = 'placeholder';
  console.log(JSON.stringify(extract({ text })));
  return 0;
}
