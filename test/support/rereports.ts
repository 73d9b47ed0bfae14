// The re-report fixture (test/fixtures/rereports) as ingestable articles, and an "oracle"
// extractor that returns the fixture's expected attributions with offsets computed from the
// text. Storage, resolution, search and audit tests run on the oracle so they test what
// storage does with correct extractions, whatever the real extractor does this week; the
// real extractor is run over the same articles separately (test/api/rereports.test.ts).
import { readFileSync } from 'node:fs';
import { nameTokens, organizationFromRole, stripTitles } from '../../src/entities/names.ts';
import type { Attribution, ExtractionInput, ExtractionResult, Span } from '../../src/extract/types.ts';

const dir = new URL('../fixtures/rereports/', import.meta.url);

export interface FixtureAttribution {
  statement: string;
  kind: 'direct' | 'mixed' | 'indirect';
  content: string | string[];
  speaker: string;
  speaker_kind: 'person' | 'organization';
  mention: string;
  cue: string;
  via: string[];
  via_as_written?: string[];
  relay_cue?: string;
  role?: string;
  translation?: boolean;
  speaker_changed?: boolean;
}
export interface FixtureArticle {
  file: string;
  lang: 'en' | 'id';
  publisher: string;
  url: string;
  published_at: string;
  rereports: string[];
  attributions: FixtureAttribution[];
}
export interface FixtureIndex {
  statements: Record<string, { speaker: string; first: string }>;
  entities: { name: string; kind: 'person' | 'organization' | 'outlet'; aliases: string[]; roles: string[]; organizations: string[] }[];
  articles: FixtureArticle[];
}

export const rereports: FixtureIndex = JSON.parse(readFileSync(new URL('index.json', dir), 'utf8'));
export const articleText = (file: string) => readFileSync(new URL(file, dir), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n').trim();

/** POST /articles bodies, in the fixture's order (which is date order). */
export function articleBodies() {
  return rereports.articles.map((a) => ({ text: articleText(a.file), publisher: a.publisher, url: a.url, published_at: a.published_at, lang: a.lang }));
}

/** Every occurrence of `needle` (case-insensitive), as spans. */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push({ start: i, end: i + needle.length, text: text.slice(i, i + needle.length) });
  return out;
}

/** The occurrence of `needle` closest to `near`. */
function nearest(text: string, needle: string, near: number): Span | null {
  const all = occurrences(text, needle);
  if (all.length === 0) return null;
  return all.reduce((a, b) => (Math.abs(b.start - near) < Math.abs(a.start - near) ? b : a));
}

const personNames = () => new Set(rereports.entities.filter((e) => e.kind === 'person').map((e) => e.name));

/**
 * The speaker as an extractor should report it: the name part of the mention when the mention
 * ends in words of the canonical name ("Menteri … Hendra Kusumawardana" → "Hendra
 * Kusumawardana", role "Menteri …"; "Ms Hollis" → "Hollis", title "Ms"), the mention itself
 * for an acronym ("KKP"), and the canonical name for pronouns ("katanya", "she").
 */
function speakerOf(a: FixtureAttribution, mention: Span | null, lang: 'en' | 'id') {
  const words = mention ? mention.text.split(/\s+/) : [];
  const canonical = new Set(nameTokens(a.speaker));
  let k = words.length;
  while (k > 0 && nameTokens(words[k - 1]!).every((t) => canonical.has(t)) && nameTokens(words[k - 1]!).length > 0) k--;
  let name = a.speaker;
  let prefix = '';
  if (k < words.length) {
    name = words.slice(k).join(' ');
    prefix = words.slice(0, k).join(' ');
  } else if (a.speaker_kind === 'organization' && mention && /^\p{Lu}{2,}$/u.test(mention.text)) {
    name = mention.text;
  }
  const isTitle = prefix !== '' && stripTitles(`${prefix} ${name}`, lang).titles.join(' ') === nameTokens(prefix).join(' ');
  const role = a.role ?? (prefix !== '' && !isTitle ? prefix : null);
  return {
    name,
    type: a.speaker_kind,
    mention,
    antecedent: null,
    title: isTitle ? prefix : null,
    role,
    organization: role ? (organizationFromRole(role, lang)?.organization ?? null) : null,
    standing: null,
    members: [],
  };
}

/** The fixture's expected attributions for an article text, or none for a text it does not know. */
export function oracleExtract(input: ExtractionInput): ExtractionResult {
  const article = rereports.articles.find((a) => articleText(a.file) === input.text);
  if (!article) return { id: input.id ?? null, lang: input.lang ?? 'en', attributions: [] };
  const t = input.text;
  const people = personNames();
  const attributions: Attribution[] = article.attributions.map((a) => {
    let from = 0;
    const content = (Array.isArray(a.content) ? a.content : [a.content]).map((c) => {
      const start = t.indexOf(c, from);
      if (start < 0) throw new Error(`${article.file}: content not found: ${c}`);
      from = start + c.length;
      return { start, end: start + c.length, text: c };
    });
    const at = content[0]!.start;
    const mention = nearest(t, a.mention, at);
    const names = a.via_as_written ?? a.via;
    return {
      kind: a.kind,
      content,
      cue: nearest(t, a.cue, at),
      speaker: speakerOf(a, mention, article.lang),
      via: names.map((name, i) => ({
        name,
        type: people.has(name) ? ('person' as const) : ('organization' as const),
        mention: nearest(t, name, at),
        cue: i === 0 && a.relay_cue ? nearest(t, a.relay_cue, at) : null,
      })),
      confidence: 0.9,
      rule: `fixture:${a.statement}`,
    };
  });
  return { id: input.id ?? null, lang: article.lang, attributions };
}
