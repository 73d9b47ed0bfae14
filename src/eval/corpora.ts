// The corpora `npm run eval` knows, and how each is scored.
import type { AttributionKind } from '../extract/types.ts';
import type { GoldArticle } from './corpus.ts';
import type { Scope } from './scopes.ts';
import { ALL, claimsScope, DIRECT_BY_ALL_MARKS, kindScope, PUBLIC_FIGURES } from './scopes.ts';

export interface CorpusSpec {
  name: string;
  /** Relative to the corpus directory. */
  file: string;
  /** Other names accepted by `--corpus`. */
  aliases: string[];
  /** Run when no `--corpus` is given (train splits are for tuning, only on request). */
  byDefault: boolean;
  /** Scopes to report, given the loaded articles and the claim stems. */
  scopes(articles: readonly GoldArticle[], claimStems: readonly string[]): Scope[];
  /** The scope whose misses and false alarms `--errors` lists. */
  errorScope: string;
  /**
   * Each token belongs to at most one annotated attribution, so a report nested inside another's
   * content can never be in the gold: such a prediction is judged only when it matches (judge.ts).
   */
  univocal: boolean;
}

const KINDS: readonly AttributionKind[] = ['direct', 'mixed', 'indirect'];

/** `all`, then one scope per kind the corpus annotates. */
function allAndKinds(articles: readonly GoldArticle[]): Scope[] {
  const present = new Set(articles.flatMap((a) => a.attributions.map((g) => g.kind)));
  return [ALL, ...KINDS.filter((k) => present.has(k)).map(kindScope)];
}

const polnear = (split: 'dev' | 'train', byDefault: boolean): CorpusSpec => ({
  name: `polnear/${split}`,
  file: `polnear/${split}.jsonl`,
  aliases: split === 'dev' ? ['polnear'] : [],
  byDefault,
  scopes: (articles, stems) => [...allAndKinds(articles), DIRECT_BY_ALL_MARKS, claimsScope(stems)],
  errorScope: 'claims',
  // "PolNeAR annotations are univocal": one label per token, each token in at most one attribution
  // (the corpus's README); its gold holds no attribution inside another's content.
  univocal: true,
});

export const CORPORA: readonly CorpusSpec[] = [
  // Both annotate nested reports (Scrocca → Konashenkov): those are judged like any other.
  { name: 'seed', file: 'seed/seed.jsonl', aliases: ['seed/seed'], byDefault: true, scopes: allAndKinds, errorScope: 'all', univocal: false },
  { name: 'chains/dev', file: 'chains/dev.jsonl', aliases: ['chains'], byDefault: true, scopes: allAndKinds, errorScope: 'all', univocal: false },
  polnear('dev', true),
  polnear('train', false),
  {
    name: 'pfsa-id/dev',
    file: 'pfsa-id/dev.jsonl',
    aliases: ['pfsa-id', 'pfsa'],
    byDefault: true,
    // Public figures' direct statements only are annotated: its own "all" would count unannotated
    // indirect speech. `direct` scores every quotation; `public`, the corpus's task, leaves out
    // quotations of speakers the article describes as private persons.
    scopes: () => [kindScope('direct'), PUBLIC_FIGURES],
    errorScope: 'public',
    // Tagged one label per token: no entity overlaps another or a statement, no statement another.
    univocal: true,
  },
];

/** Resolves `--corpus` values (repeatable, comma-separated) to specs, in the order given. */
export function selectCorpora(requested: readonly string[]): CorpusSpec[] {
  const names = requested.flatMap((r) => r.split(',')).map((r) => r.trim().replace(/\.jsonl$/, '')).filter(Boolean);
  if (names.length === 0) return CORPORA.filter((c) => c.byDefault);
  const chosen: CorpusSpec[] = [];
  for (const name of names) {
    const spec = CORPORA.find((c) => c.name === name || c.aliases.includes(name));
    if (!spec) throw new Error(`unknown corpus "${name}"; known: ${CORPORA.map((c) => c.name).join(', ')}`);
    if (!chosen.includes(spec)) chosen.push(spec);
  }
  return chosen;
}
