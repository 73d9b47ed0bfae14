import type { Segmented } from './02-segment.ts';
import type { Range, RelayRef } from './05-cues.ts';
import { keyOf, type SpeakerFrame } from './06-speakers.ts';
import type { Lexicon, SharedLexicon } from './lexicon.ts';
import type { EntityType } from './types.ts';

// Source chains, innermost first, publisher excluded:
//  1. relays named with the statement ("seperti yang dikutip Sputnik", "told VOA");
//  2. spread over the speaker's contiguous run of statements (FORMAT.md's relay convention);
//  3. an attribution inside a quotation is relayed by the quoted speaker and that speaker's chain;
//  4. a wire or source credit of the article ("WASHINGTON (Reuters) -", "Sumber: Antara") closes every chain.

export interface ChainHop {
  name: string;
  type: EntityType;
  mention: Range | null;
  cue: Range | null;
}

export interface ChainedFrame extends SpeakerFrame {
  via: ChainHop[];
}

export function buildChains(seg: Segmented, frames: readonly SpeakerFrame[], lexicon: Lexicon, shared: SharedLexicon, publisher: string | null): ChainedFrame[] {
  const text = seg.doc.text;
  const hopOf = (r: RelayRef): ChainHop => ({ name: r.outlet ?? outletName(text.slice(r.start, r.end), shared), type: 'organization', mention: { start: r.start, end: r.end }, cue: r.cue });
  const local = frames.map((f) => orderRelays(f.relays, lexicon, text).map(hopOf));
  const spreading = frames.map((f) => orderRelays(f.relays.filter((r) => r.spreads !== false), lexicon, text).map(hopOf));
  const spread = spreadOverRuns(frames, local, spreading);
  const credits = articleCredits(seg, lexicon, shared).filter((c) => !samePublisher(c.name, publisher));

  const chains: ChainHop[][] = new Array(frames.length);
  const chainOf = (i: number): ChainHop[] => {
    if (chains[i]) return chains[i]!;
    const f = frames[i]!;
    let hops = spread[i]!;
    if (f.parent !== null) {
      const outer = frames[f.parent]!;
      const outerHops = chainOf(f.parent).filter((h) => !credits.some((c) => c.name === h.name));
      const sameSpeaker = outer.speaker && f.speaker && outer.speaker.key === f.speaker.key;
      const outerHop: ChainHop[] = outer.speaker && !sameSpeaker ? [{ name: outer.speaker.name, type: outer.speaker.type, mention: outer.mention, cue: outer.cue }] : [];
      hops = [...hops, ...outerHop, ...outerHops];
    }
    const all = dedupe([...hops, ...credits]).filter((h) => !samePublisher(h.name, publisher) && (!f.speaker || keyOf(h.name) !== f.speaker.key));
    chains[i] = all;
    return all;
  };
  return frames.map((f, i) => ({ ...f, via: chainOf(i) }));
}

/** An interview ("told IRNA", "kepada Elaph") is closer to the speaker than a publication that quotes it. */
function orderRelays(relays: readonly RelayRef[], lexicon: Lexicon, text: string): RelayRef[] {
  const isInterview = (r: RelayRef) => r.cue !== null && lexicon.interviewCues.has(text.slice(r.cue.start, r.cue.end));
  return [...relays].sort((a, b) => Number(isInterview(b)) - Number(isInterview(a)) || a.start - b.start);
}

/**
 * A relay stated for one statement covers every statement of the same speaker in the run
 * of statements around it, until another speaker's statement intervenes (FORMAT.md).
 */
function spreadOverRuns(frames: readonly SpeakerFrame[], local: ChainHop[][], spreading: ChainHop[][]): ChainHop[][] {
  const result = local.map((hops) => [...hops]);
  const topLevel = frames
    .map((f, i) => i)
    .filter((i) => frames[i]!.parent === null)
    .sort((a, b) => (frames[a]!.content[0]?.start ?? 0) - (frames[b]!.content[0]?.start ?? 0));
  let run: number[] = [];
  const flush = () => {
    const union = dedupe(run.flatMap((i) => spreading[i]!));
    if (union.length > 0) for (const i of run) result[i] = mergeOrdered(local[i]!, union);
    run = [];
  };
  for (const i of topLevel) {
    const key = frames[i]!.speaker?.key ?? null;
    const runKey = run.length > 0 ? frames[run[0]!]!.speaker?.key ?? null : null;
    if (run.length > 0 && key !== runKey) flush();
    run.push(i);
  }
  flush();
  return result;
}

/** The run's hops in run order, but a statement's own relays keep their own order. */
function mergeOrdered(own: ChainHop[], union: ChainHop[]): ChainHop[] {
  if (own.length === 0) return union;
  const rest = union.filter((h) => !own.some((o) => keyOf(o.name) === keyOf(h.name)));
  const firstOwn = union.findIndex((h) => keyOf(h.name) === keyOf(own[0]!.name));
  const before = rest.filter((h) => union.indexOf(h) < firstOwn);
  const after = rest.filter((h) => union.indexOf(h) > firstOwn);
  return [...before, ...own, ...after];
}

function dedupe(hops: ChainHop[]): ChainHop[] {
  const seen = new Set<string>();
  return hops.filter((h) => {
    const key = keyOf(h.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Wire and source credits: a dateline "(Reuters) -", "City, May 20, IRNA -", "Sumber: Sputnik-OANA", a first line naming an agency. */
export function articleCredits(seg: Segmented, lexicon: Lexicon, shared: SharedLexicon): ChainHop[] {
  const credits: ChainHop[] = [];
  const add = (name: string, start: number, end: number) => {
    const canonical = shared.outlets.get(name.toLowerCase()) ?? name.trim();
    if (canonical) credits.push({ name: canonical, type: 'organization', mention: { start, end }, cue: null });
  };
  const paragraphs = seg.paragraphs;
  const first = paragraphs[0];
  if (first?.skip === 'credit' && !lexicon.sourceCredits.has(first.tokens[0]?.lower ?? '')) add(first.text, first.start, first.end);
  for (const p of paragraphs) {
    if (p.skip === 'credit' && lexicon.sourceCredits.has(p.tokens[0]?.lower ?? '')) {
      const colon = p.text.indexOf(':');
      const body = p.text.slice(colon + 1).split('|')[0]!;
      let offset = p.start + colon + 1;
      for (const part of body.split(/[-/,]/)) {
        const trimmed = part.trim();
        if (trimmed) add(trimmed, offset + part.indexOf(trimmed), offset + part.indexOf(trimmed) + trimmed.length);
        offset += part.length + 1;
      }
    }
  }
  // Datelines, as segmentation found them ("WASHINGTON (Reuters) -", "Amman, May 20, IRNA -"):
  // the agency in parentheses, or a part that names a known outlet.
  for (const p of paragraphs.filter((x) => !x.skip && x.bodyStart > x.start).slice(0, 2)) {
    const lead = p.text.slice(0, p.bodyStart - p.start);
    const paren = /\(([^)]{2,40})\)/u.exec(lead);
    const parts = paren ? [paren[1]!] : lead.split(',').map((part) => part.replace(/\s*(--|[-—–]).*$/su, '').trim()).filter((part) => shared.outlets.has(part.toLowerCase()));
    for (const part of parts.slice(0, 1)) {
      const at = p.start + lead.indexOf(part);
      add(part, at, at + part.length);
    }
    if (parts.length > 0) break;
  }
  // A reporter's credit in the first paragraphs: "VOA's Al Pessin reports on the story from the Pentagon."
  // Not "CNN's Jake Tapper reports that …", which is one report among others.
  if (lexicon.reporterCredits.length > 0) {
    const credit = new RegExp(`(\\p{Lu}[\\p{L}.&-]*(?:\\s\\p{Lu}[\\p{L}.&-]*){0,3})[’']s\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+){0,2}\\s+(?:${lexicon.reporterCredits.map((verb) => verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s*(?:[.]|on\\s|from\\s))`, 'gu');
    for (const p of paragraphs.filter((x) => !x.skip).slice(0, 3)) {
      for (const m of p.text.matchAll(credit)) {
        if (shared.outlets.has(m[1]!.toLowerCase())) add(m[1]!, p.start + m.index!, p.start + m.index! + m[1]!.length);
      }
    }
  }
  return dedupe(credits);
}

/** "KONTAN.CO.ID" is Kontan, "REPUBLIKA.CO.ID" Republika, "Antara" ANTARA. */
export function samePublisher(name: string, publisher: string | null): boolean {
  if (!publisher) return false;
  const squash = (s: string) => s.toLowerCase().replace(/\.(co\.id|com|co|id|org|net)\b/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
  const a = squash(name);
  const b = squash(publisher);
  return a.length > 0 && b.length > 0 && (a === b || a.startsWith(b) || b.startsWith(a));
}

/** An unknown outlet's name as written, without a trailing "News Agency" or "newspaper". */
function outletName(written: string, shared: SharedLexicon): string {
  const name = written.replace(/\s+/g, ' ').trim();
  const lower = name.toLowerCase();
  const suffix = shared.outletSuffixes.find((x) => lower.endsWith(` ${x}`));
  return suffix ? name.slice(0, name.length - suffix.length - 1) : name;
}
