import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchEntity, type Candidate, type MatchCode, type Mention } from '../../src/entities/match.ts';

const people: Candidate[] = [
  {
    id: 'p-konashenkov',
    name: 'Igor Konashenkov',
    kind: 'person',
    aliases: ['Mayjen Igor Konashenkov'],
    roles: ['Juru Bicara Kementerian Pertahanan Rusia'],
    organizations: ['Kementerian Pertahanan Rusia'],
  },
  { id: 'p-john-smith', name: 'John Smith', kind: 'person', roles: ['Pentagon spokesman'] },
  { id: 'p-jane-smith', name: 'Jane Smith', kind: 'person', roles: ['White House press secretary'] },
  { id: 'p-prabowo', name: 'Prabowo Subianto', kind: 'person' },
  { id: 'p-hollis', name: 'Margaret Hollis', kind: 'person', roles: ['chair of the Coral Sea Fisheries Commission'] },
];
const orgs: Candidate[] = [
  { id: 'o-kemenhan-ru', name: 'Kementerian Pertahanan Rusia', kind: 'organization', aliases: ['Russian Defence Ministry'] },
  { id: 'o-kemenhan-id', name: 'Kementerian Pertahanan', kind: 'organization' },
  { id: 'o-kemlu', name: 'Kementerian Luar Negeri', kind: 'organization' },
  { id: 'o-basarnas', name: 'Badan SAR Nasional', kind: 'organization' },
  { id: 'o-polri', name: 'Polri', kind: 'organization' },
  { id: 'o-konashenkov-fund', name: 'Konashenkov', kind: 'organization' },
];
const outlets: Candidate[] = [
  { id: 'm-sputnik', name: 'Sputnik', kind: 'outlet' },
  { id: 'm-reuters', name: 'Reuters', kind: 'outlet' },
  { id: 'm-rb', name: 'Russia Beyond', kind: 'outlet' },
  { id: 'm-kompas', name: 'Kompas', kind: 'outlet' },
  { id: 'm-antara', name: 'ANTARA', kind: 'outlet' },
  { id: 'm-wapo', name: 'The Washington Post', kind: 'outlet' },
];

type Case = [label: string, mention: Mention, candidates: Candidate[], match: string | null, code: MatchCode];

const cases: Case[] = [
  // People: merges
  ['same full name', { name: 'Igor Konashenkov', kind: 'person' }, people, 'p-konashenkov', 'same-name'],
  ['rank stripped (id)', { name: 'Mayjen Igor Konashenkov', kind: 'person', lang: 'id' }, people, 'p-konashenkov', 'same-name'],
  ['accents and case', { name: 'IGOR KONASHÉNKOV', kind: 'person' }, people, 'p-konashenkov', 'same-name'],
  [
    'bare surname, unique, role agrees',
    { name: 'Konashenkov', kind: 'person', role: 'Juru Bicara Kementerian Pertahanan Rusia', lang: 'id' },
    people,
    'p-konashenkov',
    'unique-partial-name',
  ],
  [
    'bare surname, organisation by abbreviation agrees',
    { name: 'Konashenkov', kind: 'person', organization: 'Kemenhan Rusia', lang: 'id' },
    people,
    'p-konashenkov',
    'unique-partial-name',
  ],
  ['Indonesian short form is often the first name', { name: 'Pak Prabowo', kind: 'person', lang: 'id' }, people, 'p-prabowo', 'unique-partial-name'],
  ['initial of the given name', { name: 'M. Hollis', kind: 'person' }, people, 'p-hollis', 'unique-partial-name'],
  [
    'fuller mention of a short canonical name',
    { name: 'Lt. Col. Ana Maria Silva', kind: 'person', lang: 'en' },
    [{ id: 'p-silva', name: 'Ana Silva', kind: 'person' }],
    'p-silva',
    'unique-partial-name',
  ],
  [
    'two people of one name told apart by role',
    { name: 'John Smith', kind: 'person', role: 'Pentagon spokesman' },
    [
      { id: 'a', name: 'John Smith', kind: 'person', roles: ['Pentagon spokesman'] },
      { id: 'b', name: 'John Smith', kind: 'person', roles: ['Mayor of Springfield'] },
    ],
    'a',
    'same-name-role',
  ],
  // People: kept apart
  ['two Smiths: bare surname is ambiguous', { name: 'Smith', kind: 'person' }, people, null, 'ambiguous'],
  ['different given names never merge', { name: 'Jim Smith', kind: 'person' }, people, null, 'different-given-name'],
  [
    'a fuller name cannot claim a bare surname another person shares',
    { name: 'John Smith', kind: 'person' },
    [
      { id: 'smith', name: 'Smith', kind: 'person' },
      { id: 'jane', name: 'Jane Smith', kind: 'person' },
    ],
    null,
    'ambiguous',
  ],
  [
    'role contradicts a surname-only match',
    { name: 'Konashenkov', kind: 'person', role: 'Menteri Luar Negeri', lang: 'id' },
    people,
    null,
    'role-conflict',
  ],
  ['a title alone is not a name', { name: 'Mr.', kind: 'person', lang: 'en' }, people, null, 'no-candidate'],
  ['people never merge with organisations', { name: 'Konashenkov', kind: 'person' }, orgs, null, 'kind-mismatch'],
  ['unknown person', { name: 'Rahmat Hidayat', kind: 'person' }, people, null, 'no-candidate'],
  [
    'same name twice, role does not help',
    { name: 'John Smith', kind: 'person' },
    [
      { id: 'a', name: 'John Smith', kind: 'person' },
      { id: 'b', name: 'John Smith', kind: 'person' },
    ],
    null,
    'ambiguous',
  ],
  // Organisations
  ['same organisation name', { name: 'kementerian pertahanan rusia', kind: 'organization' }, orgs, 'o-kemenhan-ru', 'same-name'],
  ['organisation alias', { name: 'the Russian Defence Ministry', kind: 'organization' }, orgs, 'o-kemenhan-ru', 'alias'],
  ['known abbreviation plus country', { name: 'Kemenhan Rusia', kind: 'organization' }, orgs, 'o-kemenhan-ru', 'known-abbreviation'],
  ['bare known abbreviation', { name: 'Kemenhan', kind: 'organization' }, orgs, 'o-kemenhan-id', 'known-abbreviation'],
  ['Kemlu', { name: 'Kemlu', kind: 'organization' }, orgs, 'o-kemlu', 'known-abbreviation'],
  ['general acronym rule', { name: 'BASARNAS', kind: 'organization' }, orgs, 'o-basarnas', 'acronym'],
  ['expansion of a stored abbreviation', { name: 'Kepolisian Negara Republik Indonesia', kind: 'organization' }, orgs, 'o-polri', 'known-abbreviation'],
  ['organisation never merges with a person', { name: 'Igor Konashenkov', kind: 'organization' }, people, null, 'kind-mismatch'],
  ['no abbreviation fits', { name: 'Kementerian Keuangan', kind: 'organization' }, orgs, null, 'no-candidate'],
  // Outlets
  ['outlet, case-insensitive', { name: 'Antara', kind: 'outlet' }, outlets, 'm-antara', 'same-name'],
  ['outlet suffix News Agency', { name: 'ANTARA News Agency', kind: 'outlet' }, outlets, 'm-antara', 'outlet-name'],
  ['outlet domain', { name: 'Kompas.com', kind: 'outlet' }, outlets, 'm-kompas', 'outlet-name'],
  ['leading "the"', { name: 'Washington Post', kind: 'outlet' }, outlets, 'm-wapo', 'same-name'],
  ['short form "the Post"', { name: 'the Post', kind: 'outlet' }, outlets, 'm-wapo', 'outlet-short-form'],
  [
    'short form is ambiguous with two Posts',
    { name: 'the Post', kind: 'outlet' },
    [...outlets, { id: 'm-nypost', name: 'New York Post', kind: 'outlet' }],
    null,
    'ambiguous',
  ],
  ['organisation mention of an outlet', { name: 'Reuters', kind: 'organization' }, outlets, 'm-reuters', 'same-name'],
  ['the country "Russia" is not the outlet "Russia Beyond"', { name: 'Russia', kind: 'organization' }, outlets, null, 'no-candidate'],
  ['nor is a head of an outlet name its short form', { name: 'Russia', kind: 'outlet' }, outlets, null, 'no-candidate'],
  ['unknown outlet', { name: 'Tempo', kind: 'outlet' }, outlets, null, 'no-candidate'],
];

test('matchEntity: merge and no-merge cases', () => {
  for (const [label, mention, candidates, match, code] of cases) {
    const got = matchEntity(mention, candidates);
    assert.deepEqual({ match: got.match, code: got.code }, { match, code }, `${label}: ${got.reason}`);
    assert.ok(got.reason.length > 0, label);
  }
});

test('matchEntity: reasons read as explanations', () => {
  const surname = matchEntity(
    { name: 'Konashenkov', kind: 'person', role: 'Juru Bicara Kementerian Pertahanan Rusia', lang: 'id' },
    people,
  );
  assert.equal(
    surname.reason,
    "surname 'konashenkov' matches the only person with that surname and the role 'Juru Bicara Kementerian Pertahanan Rusia' agrees",
  );
  const acronym = matchEntity({ name: 'Kemenhan Rusia', kind: 'organization' }, orgs);
  assert.equal(acronym.reason, "known abbreviation 'kemenhan' = 'kementerian pertahanan': 'Kemenhan Rusia' ↔ 'Kementerian Pertahanan Rusia'");
  const smiths = matchEntity({ name: 'Smith', kind: 'person' }, people);
  assert.deepEqual(smiths.tied, ['p-john-smith', 'p-jane-smith']);
});

test('matchEntity is deterministic and independent of candidate order for unique answers', () => {
  for (const [label, mention, candidates, match] of cases) {
    assert.equal(matchEntity(mention, [...candidates].reverse()).match, match, label);
  }
});
