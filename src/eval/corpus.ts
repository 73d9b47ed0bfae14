// Loading the annotated corpora of ../shared/corpus (format: FORMAT.md there) into typed,
// validated records. Offsets are kept as `{start, end}` so they compare directly with `Span`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AttributionKind, Lang } from '../extract/types.ts';

export interface TextRange {
  start: number;
  end: number;
}

/** Fields a corpus may annotate; FORMAT.md: score only those listed in an article's `gold`. */
export type GoldField = 'content' | 'source' | 'cue' | 'speaker' | 'via' | 'entities';

export interface GoldAttribution {
  kind: AttributionKind;
  content: TextRange[];
  source: TextRange[];
  cue: TextRange[];
  /** Seed and chains only: canonical speaker and intermediaries, innermost first. */
  speaker: string | null;
  via: string[] | null;
}

export type EntityLabel =
  | 'PERSON' | 'PERSONCOREF' | 'ROLE' | 'AFFILIATION' | 'CUE' | 'CUECOREF'
  | 'ISSUE' | 'DATETIME' | 'LOCATION' | 'EVENT';

export interface GoldEntity extends TextRange {
  label: EntityLabel;
}

export interface GoldArticle {
  id: string;
  lang: Lang;
  corpus: string;
  publisher: string | null;
  text: string;
  annotated: ReadonlySet<GoldField>;
  attributions: GoldAttribution[];
  /** PFSA-ID only. */
  entities: GoldEntity[];
  /** Seed only: other names the article uses for a canonical speaker ("Rusia" ~ "Russia"). */
  aliases: ReadonlyMap<string, readonly string[]>;
}

/** The corpus directory: `--corpus-dir`, else `../shared/corpus` beside the repository root. */
export function defaultCorpusDir(repoRoot: string): string {
  return path.resolve(repoRoot, '..', 'shared', 'corpus');
}

export function loadCorpus(file: string): GoldArticle[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const articles: GoldArticle[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${file}:${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${where}: not JSON (${(err as Error).message})`);
    }
    articles.push(parseArticle(raw as RawArticle, where));
  });
  return articles;
}

/** Stems of claim cue words: one per line, `#` starts a comment. */
export function loadClaimCueStems(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim().toLowerCase())
    .filter((line) => line !== '');
}

// --- parsing -------------------------------------------------------------

type RawRanges = [number, number][] | undefined;

interface RawAttribution {
  kind: AttributionKind;
  content?: RawRanges;
  source?: RawRanges;
  cue?: RawRanges;
  speaker?: string | null;
  via?: string[] | null;
}

interface RawArticle {
  id: string;
  lang: Lang;
  corpus: string;
  publisher?: string | null;
  text: string;
  gold?: GoldField[];
  attributions?: RawAttribution[];
  entities?: { label: EntityLabel; span: [number, number] }[];
  speakers?: { name: string; aliases?: string[] }[];
}

const KINDS: readonly AttributionKind[] = ['direct', 'mixed', 'indirect'];

function parseArticle(raw: RawArticle, where: string): GoldArticle {
  if (typeof raw.text !== 'string' || typeof raw.id !== 'string') {
    throw new Error(`${where}: article needs string id and text`);
  }
  const length = raw.text.length;
  const ranges = (list: RawRanges, what: string): TextRange[] =>
    (list ?? []).map(([start, end]) => {
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
        throw new Error(`${where} (${raw.id}): ${what} range [${start}, ${end}) outside the text`);
      }
      return { start, end };
    });

  const attributions = (raw.attributions ?? []).map((a, i): GoldAttribution => {
    if (!KINDS.includes(a.kind)) throw new Error(`${where} (${raw.id}): attribution ${i} has kind ${a.kind}`);
    return {
      kind: a.kind,
      // Pieces in text order, so joined tokens read as the article does.
      content: ranges(a.content, 'content').sort((x, y) => x.start - y.start),
      source: ranges(a.source, 'source'),
      cue: ranges(a.cue, 'cue'),
      speaker: typeof a.speaker === 'string' ? a.speaker : null,
      via: Array.isArray(a.via) ? a.via : null,
    };
  });

  const entities = (raw.entities ?? []).map((e): GoldEntity => {
    const [range] = ranges([e.span], `entity ${e.label}`);
    return { label: e.label, ...range! };
  });
  entities.sort((x, y) => x.start - y.start || x.end - y.end);

  const aliases = new Map<string, readonly string[]>();
  for (const s of raw.speakers ?? []) aliases.set(s.name, s.aliases ?? []);

  return {
    id: raw.id,
    lang: raw.lang,
    corpus: raw.corpus,
    publisher: raw.publisher ?? null,
    text: raw.text,
    annotated: new Set(raw.gold ?? ['content']),
    attributions,
    entities,
    aliases,
  };
}
