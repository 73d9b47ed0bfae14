import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  alignOrganizationNames,
  isAbbreviationOf,
  nameTokens,
  normalizeName,
  organizationFromRole,
  outletKey,
  stripTitles,
} from '../../src/entities/names.ts';
import type { Lang } from '../../src/extract/types.ts';

test('normalizeName: case, accents, punctuation, apostrophes', () => {
  const cases: [string, string][] = [
    ['Igor  Konashenkov', 'igor konashenkov'],
    ['José Ramos-Horta', 'jose ramos horta'],
    ["Conan O'Brien", 'conan obrien'],
    ['Perserikatan Bangsa-Bangsa (PBB)', 'perserikatan bangsa bangsa pbb'],
    ['Lt. Col. Ana Müller', 'lt col ana muller'],
    ['  ', ''],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeName(input), expected, input);
});

test('stripTitles: honorifics, ranks and offices come off the front, from data', () => {
  const cases: [string, Lang | null, string[], string[]][] = [
    ['Mayjen Igor Konashenkov', 'id', ['igor', 'konashenkov'], ['mayjen']],
    ['Pak Joko', 'id', ['joko'], ['pak']],
    ['Bu Sri Mulyani', 'id', ['sri', 'mulyani'], ['bu']],
    ['Menteri Hendra Kusumawardana', 'id', ['hendra', 'kusumawardana'], ['menteri']],
    ['Jenderal TNI Budi Santoso', 'id', ['budi', 'santoso'], ['jenderal tni']],
    ['Lt. Col. Ana Müller', 'en', ['ana', 'muller'], ['lt col']],
    ['Mr. John Smith', 'en', ['john', 'smith'], ['mr']],
    ['President Dr. Ana Silva', 'en', ['ana', 'silva'], ['president', 'dr']],
    ['Gen. Mark Milley', null, ['mark', 'milley'], ['gen']],
    // Never strips the last word: a name that looks like a title stays a name.
    ['Major', 'en', ['major'], []],
    // Language-specific: "Pak" is an Indonesian honorific, not an English one.
    ['Pak Se-ri', 'en', ['pak', 'se', 'ri'], []],
  ];
  for (const [name, lang, core, titles] of cases) {
    assert.deepEqual(stripTitles(name, lang), { core, titles }, name);
  }
});

test('outletKey: leading "the", domain and agency suffixes', () => {
  const cases: [string, string][] = [
    ['The Washington Post', 'washington post'],
    ['the Post', 'post'],
    ['Kompas.com', 'kompas'],
    ['KOMPAS', 'kompas'],
    ['ANTARA News Agency', 'antara'],
    ['Antara News', 'antara'],
    ['Reuters', 'reuters'],
    ['Russia Beyond', 'russia beyond'],
    ['News', 'news'], // never stripped down to nothing
    ['The Times', 'times'],
  ];
  for (const [input, expected] of cases) assert.equal(outletKey(input).key, expected, input);
});

test('isAbbreviationOf: word-initial pieces, one per word, conservatively', () => {
  const cases: [string, string, boolean][] = [
    ['KPK', 'Komisi Pemberantasan Korupsi', true],
    ['Basarnas', 'Badan SAR Nasional', true],
    ['Bappenas', 'Badan Perencanaan Pembangunan Nasional', true],
    ['Kemenkes', 'Kementerian Kesehatan', true],
    ['DoD', 'Department of Defense', true],
    ['UN', 'United Nations', true],
    // Pieces from inside a word are not guessed: these live in the data file instead.
    ['Kemenhan', 'Kementerian Pertahanan', false],
    // Every content word must give at least one letter.
    ['KP', 'Komisi Pemberantasan Korupsi', false],
    // One word is not an abbreviation of itself.
    ['Kompas', 'Kompas', false],
    ['Kemen', 'Kementerian Pertahanan', false],
  ];
  for (const [abbr, full, expected] of cases) assert.equal(isAbbreviationOf(abbr, nameTokens(full)), expected, `${abbr} / ${full}`);
});

test('alignOrganizationNames: abbreviations inside longer names', () => {
  const cases: [string, string, string[] | null][] = [
    ['Kemenhan Rusia', 'Kementerian Pertahanan Rusia', ['known-abbreviation:kemenhan']],
    ['Kementerian Luar Negeri RI', 'Kemlu RI', ['known-abbreviation:kemlu']],
    ['TNI AD', 'Tentara Nasional Indonesia Angkatan Darat', ['known-abbreviation:tni ad']],
    ['KPK', 'Komisi Pemberantasan Korupsi', ['known-abbreviation:kpk']],
    ['Basarnas', 'Badan SAR Nasional', ['acronym:basarnas']],
    ['Kementerian Pertahanan Rusia', 'Kementerian Pertahanan Rusia', []],
    // The words around the abbreviation must agree.
    ['Kemenhan Rusia', 'Kementerian Pertahanan Indonesia', null],
    ['Kemenhan', 'Kementerian Pertahanan Rusia', null],
  ];
  for (const [a, b, expected] of cases) {
    const steps = alignOrganizationNames(nameTokens(a), nameTokens(b));
    assert.deepEqual(steps?.map((s) => `${s.rule}:${s.short}`) ?? null, expected, `${a} / ${b}`);
  }
});

test('organizationFromRole: the organisation part of a stated role', () => {
  const cases: [string, Lang | null, string | null][] = [
    ['Juru Bicara Kementerian Pertahanan Rusia', 'id', 'Kementerian Pertahanan Rusia'],
    ['Juru Bicara Koalisi', 'id', 'Koalisi'],
    ['Wakil Ketua Komisi I DPR', 'id', 'Komisi I DPR'],
    ['Kepala Staf Angkatan Darat', 'id', 'Angkatan Darat'],
    ['Menteri Kelautan dan Perikanan', 'id', 'Kementerian Kelautan dan Perikanan'],
    ['Direktur Jenderal Perikanan Tangkap', 'id', 'Perikanan Tangkap'],
    ['White House press secretary', 'en', 'White House'],
    ['Kremlin spokesman', 'en', 'Kremlin'],
    ['a senior Pentagon official', 'en', 'Pentagon'],
    ['spokesman for the Coral Sea Fisheries Commission', 'en', 'Coral Sea Fisheries Commission'],
    ['Minister of Finance', 'en', 'Ministry of Finance'],
    ['Russian defence minister', 'en', 'Russian defence Ministry'],
    ['chief executive of Meridian Wire', 'en', 'Meridian Wire'],
    ['spokesman', 'en', null],
    ['Juru Bicara', 'id', null],
  ];
  for (const [role, lang, expected] of cases) {
    assert.equal(organizationFromRole(role, lang)?.organization ?? null, expected, role);
  }
  assert.equal(organizationFromRole('penyanyi dangdut', 'id'), null, 'no role head, no answer');
});
