import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalize, toOriginal, toOriginalEnd } from '../../src/extract/01-normalize.ts';
import { markNonProse, segment } from '../../src/extract/02-segment.ts';
import { detectLanguage } from '../../src/extract/03-language.ts';
import { findQuotes } from '../../src/extract/04-quotes.ts';
import { parsePhrase } from '../../src/extract/06-speakers.ts';
import { lexiconFor, sharedLexicon } from '../../src/extract/lexicon.ts';
import { extract } from '../../src/extract/pipeline.ts';
import type { Attribution, Lang } from '../../src/extract/types.ts';
import { lowerBound, RangeIndex } from '../../src/extract/ranges.ts';

const id = lexiconFor('id');
const en = lexiconFor('en');
const shared = sharedLexicon();

/** Each text's first attribution, read through `field`, is the expected value. */
function assertFirst<T>(cases: readonly (readonly [string, T])[], field: (a: Attribution | undefined) => T, lang: Lang = 'en'): void {
  for (const [text, expected] of cases) assert.equal(field(extract({ text, lang }).attributions[0]), expected, text);
}

/** "kind | speaker | cue" of an attribution, for tables of cases read with `assertFirst`. */
const kindSpeakerCue = (a: Attribution | undefined) => [a?.kind, a?.speaker?.name, a?.cue?.text].join(' | ');

describe('01 normalise', () => {
  test('a cue word glued to a name is split, and offsets still index the input', () => {
    const input = 'kata Konashenkov, seperti yang dikutipSputnik.';
    const doc = normalize(input, id.cueWords);
    assert.equal(doc.text, 'kata Konashenkov, seperti yang dikutip Sputnik.');
    const at = doc.text.indexOf('Sputnik');
    assert.equal(input.slice(toOriginal(doc, at), toOriginalEnd(doc, at + 'Sputnik'.length)), 'Sputnik');
  });

  for (const [input, expected] of [
    ['iPhone YouTube LeBron', 'iPhone YouTube LeBron'],
    ['saidReuters', 'said Reuters'],
    ['Cafe\u0301', 'Café'],
    ['a\r\nb', 'a\nb'],
  ] as const) {
    test(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
      assert.equal(normalize(input, new Set([...id.cueWords, ...en.cueWords])).text, expected);
    });
  }
});

describe('02 segment', () => {
  const paragraphsOf = (text: string) => markNonProse(segment(normalize(text, id.cueWords)), id, shared).paragraphs;

  test('a repeated caption, a lone credit and a reuse notice are not prose', () => {
    const ps = paragraphsOf('Judul Berita\n\nAsap di Mosul.\n\nAsap di Mosul.\n\nReuters\nIa berkata.\n\nKetika mengambil atau mengutip segala materi dari Russia Beyond, mohon masukkan tautan.');
    assert.deepEqual(ps.map((p) => p.skip), ['title', null, 'duplicate', 'credit', null, 'boilerplate']);
  });

  test('a headline ending in a closing quotation mark, straight or curly, is prose: it quotes someone', () => {
    for (const headline of ["Sanders: Endorsements prove Clinton 'candidate of the establishment.'", 'Reid: “Never, ever underestimate Trump.”']) {
      assert.equal(paragraphsOf(`${headline}\n\nThe senator spoke on Monday.`)[0]!.skip, null, headline);
    }
  });

  test('a byline is not prose; a paragraph opening with "By" and a phrase of time or manner is', () => {
    const ps = markNonProse(segment(normalize('By Jonathan Lemire and Julie Pace, Associated Press\n\nBy now, Sexton said he is unconvinced.\n\nBy contrast, the Democrats said little.', en.cueWords)), en, shared).paragraphs;
    assert.deepEqual(ps.map((p) => p.skip), ['boilerplate', null, null]);
  });

  test("a sentence ends before a quotation in two apostrophes ('' … '') as before any other", () => {
    const found = extract({ text: "Mr. Schmidt said he was building a clubhouse. ''Without these, golf clubs will die,'' he said.", lang: 'en' }).attributions;
    assert.deepEqual(found.map((a) => [a.kind, a.content[0]?.text]), [['indirect', 'he was building a clubhouse'], ['direct', 'Without these, golf clubs will die']]);
  });

  test('a dateline is set apart from the prose', () => {
    const [p] = paragraphsOf('WASHINGTON, March 18 (Xinhua) -- The White House said so.\n\nMore.');
    assert.equal(p!.text.slice(p!.bodyStart - p!.start), 'The White House said so.');
  });
});

describe('03 language', () => {
  test('English and Indonesian', () => {
    assert.equal(detectLanguage('The minister said the talks would resume on Monday, according to officials.'), 'en');
    assert.equal(detectLanguage('Menurut juru bicara itu, pertemuan akan dilanjutkan pada hari Senin.'), 'id');
  });
});

describe('04 quotes', () => {
  const quotesOf = (text: string) => {
    const seg = segment(normalize(text, en.cueWords));
    return findQuotes(seg.paragraphs).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed, continues: q.continues }));
  };
  const cases: [string, string, string[]][] = [
    ['curly', '“We will stay,” he said.', ['We will stay']],
    ['ASCII', '"We will stay," he said.', ['We will stay']],
    ['Kompas-style opening ”', '” Saya minta semua jalan , ” kata Presiden .', ['Saya minta semua jalan']],
    ['guillemets', '«Nous restons», a-t-il dit.', ['Nous restons']],
    ['interrupted', '"We will," he said, "not withdraw."', ['We will', 'not withdraw.']],
    ['nested single quotes stay inside', '“They called it ‘negara preman’ today,” she said.', ['They called it ‘negara preman’ today']],
    ['apostrophes are not quotes', 'Iran’s minister didn’t say.', []],
    ['an unclosed quote runs to the paragraph end', 'He said: “We will never leave', ['We will never leave']],
    [
      'space-tokenised marks after a lost opener close by their neighbours, not by turn',
      'Kasus naik karena kebijakan longgar , ” ujar Windhu . ” Beri penghargaan bagi pengelola tempat , ” kata Windhu .',
      ['Beri penghargaan bagi pengelola tempat'],
    ],
    ['a space-tokenised mark after a colon opens', 'Ia berkata : ” Kami siap . ”', ['Kami siap .']],
    ["three apostrophes close a single quote, then the double one", "''They say, 'It is a special case,''' he said.", ["They say, 'It is a special case,'"]],
  ];
  for (const [label, text, expected] of cases) {
    test(label, () => assert.deepEqual(quotesOf(text).map((q) => q.text), expected));
  }

  test('a quote reopened in the next paragraph continues the open one', () => {
    const qs = quotesOf('"First part of it.\n\n"Second part of it."');
    assert.deepEqual(qs.map((q) => [q.closed, q.continues]), [[false, null], [true, 0]]);
  });
});

describe('06 speaker phrases', () => {
  const cases: [string, 'en' | 'id', Partial<ReturnType<typeof parsePhrase>>][] = [
    ['Juru Bicara Kementerian Pertahanan Rusia Mayjen Igor Konashenkov', 'id', { name: 'Igor Konashenkov', title: 'Mayjen', role: 'Juru Bicara Kementerian Pertahanan Rusia', organization: 'Kementerian Pertahanan Rusia', type: 'person' }],
    ['Juru Bicara Koalisi Joseph Scrocca', 'id', { name: 'Joseph Scrocca', role: 'Juru Bicara Koalisi', organization: 'Koalisi', type: 'person' }],
    ['Rusia', 'id', { name: null, type: 'organization', description: 'Rusia' }],
    ['White House press secretary Karoline Leavitt', 'en', { name: 'Karoline Leavitt', role: 'White House press secretary', organization: 'White House' }],
    ['Gen. Joseph Dunford', 'en', { name: 'Joseph Dunford', title: 'Gen.' }],
    ['the Post', 'en', { name: 'The Washington Post', type: 'organization' }],
    ['Kota Tangerang', 'id', { name: null, type: 'unknown' }],
    ['Operation Desert Storm', 'en', { name: null, type: 'unknown' }],
    ['Wali Kota Risma', 'id', { name: 'Risma', role: 'Wali Kota', type: 'person' }],
    ['John Smith of the Heritage Foundation', 'en', { name: 'John Smith', organization: 'the Heritage Foundation', type: 'person' }],
    ['Donald Hartley of Madison, Alabama', 'en', { name: 'Donald Hartley', organization: null, type: 'person' }],
    ['Secretary of State John Kerry', 'en', { name: 'John Kerry', role: 'Secretary of State', type: 'person' }],
    ['White House Chief of Staff Reince Priebus', 'en', { name: 'Reince Priebus', type: 'person' }],
    ['Mr. Grassley and Mr. Leahy', 'en', { name: 'Grassley and Leahy', type: 'unknown' }],
    ['Polda Metro Jaya', 'id', { name: 'Polda Metro Jaya', type: 'organization' }],
    ['Sekretaris Jenderal UNCTAD Mukhisa Kituyi', 'id', { name: 'Mukhisa Kituyi', organization: 'UNCTAD', type: 'person' }],
    ['Kepala Bidang Humas Polda Metro Jaya Kombes Yusri Yunus', 'id', { name: 'Yusri Yunus', type: 'person' }],
    ['Kerry dan Baird', 'id', { name: 'Kerry dan Baird', type: 'unknown' }],
    ['Wakil Ketua Umum Partai Gerindra Sufmi Dasco Ahmad', 'id', { name: 'Sufmi Dasco Ahmad', role: 'Wakil Ketua Umum Partai Gerindra', type: 'person' }],
    ['Kepala Dinas Kesehatan Kabupaten Donggala Muzakir Ladoali', 'id', { name: 'Muzakir Ladoali', organization: 'Dinas Kesehatan Kabupaten Donggala', type: 'person' }],
    ['Gubernur DKI Jakarta Anies Baswedan', 'id', { name: 'Anies Baswedan' }],
    ['Ketua KPK Firli Bahuri', 'id', { name: 'Firli Bahuri', organization: 'KPK' }],
    // An acronym of three capitals or more is no part of a personal name, wherever it stands; two may be initials.
    ['Direktur Utama Bank OCBC NISP Parwati Surjaudaja', 'id', { name: 'Parwati Surjaudaja', type: 'person' }],
    ['Peneliti Departemen Ekonomi CSIS Yose Rizal Damuri', 'id', { name: 'Yose Rizal Damuri', type: 'person' }],
    ['Kepala BRIN Bambang PS Brodjonegoro', 'id', { name: 'Bambang PS Brodjonegoro', type: 'person' }],
  ];
  for (const [phrase, lang, expected] of cases) {
    test(phrase, () => {
      const parts = parsePhrase(phrase, lexiconFor(lang), shared);
      for (const [k, v] of Object.entries(expected)) assert.equal(parts[k as keyof typeof parts], v, k);
    });
  }

  test('an organisation noun takes no word of a name shorter than two words ("Lembaga Penjamin Simpanan" stays whole)', () => {
    assert.notEqual(parsePhrase('Ketua Dewan Komisioner Lembaga Penjamin Simpanan', id, shared).name, 'Simpanan');
    assert.notEqual(parsePhrase('Direktur Utama Pusat Dana Perumahan Arief Sabaruddin', id, shared).name, 'Sabaruddin');
  });
});

describe('pipeline', () => {
  test('never throws on junk, empty or unbalanced input', () => {
    for (const text of ['', '""""', '“', '”', '\u0000\u0001', '"a," said', 'kata', '.'.repeat(1000), '“'.repeat(500) + 'x']) {
      assert.doesNotThrow(() => extract({ text, lang: 'en' }));
      assert.doesNotThrow(() => extract({ text, lang: 'id' }));
    }
  });

  const speakersOf = (text: string, lang: 'en' | 'id') =>
    extract({ text, lang }).attributions.map((a) => ({ name: a.speaker?.name, type: a.speaker?.type, role: a.speaker?.role ?? null, via: a.via.map((h) => h.name), content: a.content[0]!.text }));

  test('a definite role refers to the person last named with it', () => {
    const [a] = speakersOf('Fisheries Minister Hendra Kusumawardana opened the port on Monday. The minister said the ban would stay in place until July.', 'en');
    assert.equal(a!.name, 'Hendra Kusumawardana');
  });

  test('", according to X" closing a reported claim is a relay, not content', () => {
    const [a] = speakersOf('Hollis said the commission would publish its findings in March, according to Meridian Wire.', 'en');
    assert.equal(a!.content, 'the commission would publish its findings in March');
    assert.deepEqual(a!.via, ['Meridian Wire']);
  });

  test('a statement carried by an outlet, before the clause or closing it, is relayed by that outlet', () => {
    const cases: [string, 'en' | 'id', string][] = [
      ['The ministry said in a statement carried by the state news agency SANA that the strikes were illegal.', 'en', 'the strikes were illegal'],
      ['The Syrian foreign ministry said the strikes were illegal, in a statement carried by the state news agency SANA.', 'en', 'the strikes were illegal'],
      ['Kementerian Luar Negeri Suriah mengatakan serangan itu ilegal, dalam pernyataan yang disiarkan kantor berita SANA.', 'id', 'serangan itu ilegal'],
      ['Kementerian Luar Negeri Suriah menyatakan, melalui pernyataan yang disebarluaskan kantor berita SANA, bahwa serangan itu ilegal.', 'id', 'serangan itu ilegal'],
    ];
    for (const [text, lang, content] of cases) {
      const [a] = speakersOf(text, lang);
      assert.deepEqual([a!.content, a!.via], [content, ['SANA']], text);
    }
    const [ryan] = speakersOf('Ryan said in the CNN interview that the onus is on Trump.', 'en');
    assert.deepEqual(ryan!.via, ['CNN']);
  });

  test('Indonesian organisation names keep their "dan"; an acronym is an organisation', () => {
    const [minister] = speakersOf('Menteri Kelautan dan Perikanan Hendra Kusumawardana mengatakan bahwa ekspor benih lobster dihentikan.', 'id');
    assert.equal(minister!.name, 'Hendra Kusumawardana');
    assert.equal(minister!.role, 'Menteri Kelautan dan Perikanan');
    const [kkp] = speakersOf('KKP menyatakan bahwa larangan itu berlaku mulai Juli.', 'id');
    assert.equal(kkp!.type, 'organization');
  });

  test('pronouns and clitics resolve to the speaker before them', () => {
    const text = 'Menteri Luar Negeri Retno Marsudi mengatakan bahwa kunjungan itu penting bagi kedua negara.\n\n“Kami akan terus berdialog dengan semua pihak,” ujarnya.';
    const r = extract({ text, lang: 'id' });
    assert.deepEqual(r.attributions.map((a) => [a.kind, a.speaker?.name, a.speaker?.mention?.text]), [
      ['indirect', 'Retno Marsudi', 'Menteri Luar Negeri Retno Marsudi'],
      ['direct', 'Retno Marsudi', 'ujarnya'],
    ]);
    assert.equal(r.attributions[1]!.speaker?.antecedent?.text, 'Menteri Luar Negeri Retno Marsudi', 'the clitic points back to where she is named');
    assert.equal(r.attributions[0]!.speaker?.antecedent, null, 'a named speaker needs no antecedent');
  });

  test('a clitic points back to where its speaker was introduced with a role, not to a later bare mention', () => {
    const text = 'Direktur Yayasan Pijar Timur Vinsen Kia Beda menilai sanitasi desa masih buruk.\n\nVinsen terlibat dalam pendampingan desa-desa itu sejak 2018.\n\n“Sanitasi sangat berperan bagi tumbuh kembang anak,” katanya.';
    const [, quote] = extract({ text, lang: 'id' }).attributions;
    assert.equal(quote!.speaker?.name, 'Vinsen Kia Beda');
    assert.equal(quote!.speaker?.antecedent?.text, 'Direktur Yayasan Pijar Timur Vinsen Kia Beda');
  });

  test('capitalised words the article also writes in lower case are no one\'s name', () => {
    // "Nelayan Tradisional" opens a sentence between the speaker and her clitic.
    const text = 'Menteri Keuangan Sri Mulyani mengatakan bahwa anggaran sudah disiapkan.\n\nNelayan Tradisional di pesisir utara menunggu bantuan itu. Sebagian nelayan belum melaut.\n\n“Kami siap,” katanya.';
    const quote = extract({ text, lang: 'id' }).attributions.find((a) => a.kind === 'direct');
    assert.equal(quote!.speaker?.name, 'Sri Mulyani');
  });
});

describe('ranges', () => {
  test('lowerBound finds the first index where the predicate turns false', () => {
    const xs = [1, 3, 3, 7];
    for (const [key, expected] of [[0, 0], [1, 0], [2, 1], [3, 1], [4, 3], [8, 4]] as const) {
      assert.equal(lowerBound(xs.length, (i) => xs[i]! < key), expected, `key ${key}`);
    }
  });

  test('RangeIndex merges overlapping ranges and answers half-open membership', () => {
    const index = new RangeIndex([{ start: 10, end: 20 }, { start: 15, end: 30 }, { start: 40, end: 41 }, { start: 50, end: 50 }]);
    assert.deepEqual([9, 10, 29, 30, 40, 41, 50].map((p) => index.contains(p)), [false, true, true, false, true, false, false]);
  });
});

describe('speakers across an Indonesian article', () => {
  test('a given name stands for the one person whose full name holds it', () => {
    const text = 'Menteri Kelautan dan Perikanan Hendra Kusumawardana meninjau pelabuhan.\n\nHendra mengatakan bahwa pengawasan akan diperketat.';
    const [a] = extract({ text, lang: 'id' }).attributions;
    assert.equal(a!.speaker?.name, 'Hendra Kusumawardana');
  });

  test('an unnamed role speaker is the one person of the article named with that role', () => {
    const text = 'A department spokesman told VOA no such plan had been settled.\n\nThat same department spokesman, Lieutenant Colonel Joseph Yoswa, says any drawdown will depend on conditions.';
    const speakers = extract({ text, lang: 'en' }).attributions.map((a) => a.speaker?.name);
    assert.deepEqual(speakers, ['Joseph Yoswa', 'Joseph Yoswa']);
  });

  test('a speaker introduced as one holder of a role is the person the next statement names with that role', () => {
    const speakers = (text: string, lang: 'en' | 'id' = 'en') => extract({ text, lang }).attributions.map((a) => a.speaker?.name);
    const id = 'Di sisi lain, seorang menteri kabinet Afrika Selatan mengatakan cuitan itu tidak akan mengganggu hubungan kedua negara.\n\n"Cuitan tersebut tidak mengubah cara kami memandang hubungan itu," kata Menteri Komunikasi Nomvula Mokonyane.';
    assert.deepEqual(speakers(id, 'id'), ['Nomvula Mokonyane', 'Nomvula Mokonyane']);
    assert.deepEqual(speakers('A department spokesman said the talks would resume on Monday. "We are ready for them," said spokesman John Kirby.'), ['John Kirby', 'John Kirby']);
    // Several holders, or another role, are not the one named next.
    assert.deepEqual(speakers('Several officials said the talks would resume on Monday. "We are ready for them," said official John Kirby.'), ['Several officials', 'John Kirby']);
    assert.deepEqual(speakers('A senior official said the talks would resume on Monday. "We are ready for them," said spokesman John Kirby.'), ['senior official', 'John Kirby']);
  });

  test('an Indonesian clitic resolves to a person introduced with a role or quoted: not a bare capitalised pair, nor a description after "menurut"', () => {
    const cases: [string, string][] = [
      ['Ketua Takmir Masjid Agung Kiagus Ahmad Sarnubi mengatakan bahwa persiapan sudah selesai.\n\nSholat Ied Berjamaah digelar pukul 06.30 di halaman masjid.\n\n“Jemaah wajib memakai masker,” ucapnya.', 'Kiagus Ahmad Sarnubi'],
      ['Juru Bicara Satgas Maluku Dony Rerung mengatakan, pegawai akan menjalani tes.\n\nMenurut data, Satuan Tugas Penanganan Covid-19, jumlah kasus di Maluku sebanyak 6.259. “Tidak ada cara lain selain penelusuran,” ujarnya.', 'Dony Rerung'],
    ];
    for (const [text, speaker] of cases) {
      const quote = extract({ text, lang: 'id' }).attributions.find((a) => a.kind === 'direct');
      assert.equal(quote?.speaker?.name, speaker, text);
    }
  });

  test('a role set off before a name in apposition makes the name the speaker, with the role in its mention', () => {
    const text = 'Peneliti Pusat Penelitian Masyarakat dan Budaya Lembaga Ilmu Pengetahuan Indonesia, Ranny Rastati, menuturkan, tagar itu sempat populer.';
    const [a] = extract({ text, lang: 'id' }).attributions;
    assert.equal(a!.speaker?.name, 'Ranny Rastati');
    assert.equal(a!.speaker?.mention?.text, 'Peneliti Pusat Penelitian Masyarakat dan Budaya Lembaga Ilmu Pengetahuan Indonesia, Ranny Rastati');
  });

  test('a word the article uses as an organisation\'s name does not open a personal name', () => {
    const text = 'Universitas Negeri Surabaya ( Unesa ) menerapkan pembatasan. Kepala Humas Unesa Vinda Maya Setianingrum mengatakan, ada 15 kasus.';
    const [a] = extract({ text, lang: 'id' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.speaker?.role, a?.speaker?.organization], ['Vinda Maya Setianingrum', 'Kepala Humas Unesa', 'Unesa']);
  });

  test('a short name quoted before the full one is registered after it, in reading order', () => {
    const text = 'Wakil Ketua Komisi II DPR dari Fraksi Nasdem Saan Mustopa menyampaikan, DPR akan membahas PKPU. ” Jangan membahayakan pemilih , ” ucap Saan .';
    const names = extract({ text, lang: 'id' }).attributions.map((a) => a.speaker?.name);
    assert.deepEqual(names, ['Saan Mustopa', 'Saan Mustopa']);
  });

  test('a short name keeps the full name it stands for, and points back to where the person was introduced', () => {
    const text = 'Pembicara dalam diskusi itu, antara lain Direktur Eksekutif Lokataru, Haris Azhar; dan peneliti Rizky Yori Ardi.\n\nMenurut Haris, kekerasan oleh aparat terjadi berulang-ulang.\n\n“Banyak kasus hanya dihukum dicopot dari jabatan,” ujarnya.';
    const [claim, quote] = extract({ text, lang: 'id' }).attributions;
    assert.equal(claim!.speaker?.name, 'Haris Azhar');
    assert.equal(claim!.speaker?.mention?.text, 'Haris');
    assert.equal(claim!.speaker?.antecedent?.text, 'Haris Azhar', 'a one-word name is resolved like a pronoun');
    assert.equal(quote!.speaker?.antecedent?.text, 'Haris Azhar', 'the clitic after it points to the introduction too');
  });

  test('"menurut dia," resolves the pronoun like any other', () => {
    const text = 'Wali Kota Palu Hidayat mengatakan bahwa imbauan tetap berlaku.\n\nNamun, menurut dia, pengawasan di perbatasan masih lemah.';
    const claim = extract({ text, lang: 'id' }).attributions.find((a) => a.cue?.text.toLowerCase() === 'menurut');
    assert.equal(claim?.speaker?.name, 'Hidayat');
    assert.equal(claim?.speaker?.antecedent?.text, 'Wali Kota Palu Hidayat');
  });

  test('"menurut" a description and a name in apposition: the name is the speaker', () => {
    const [a] = extract({ text: 'Menurut surat kabar Israel, Haaretz, wawancara semacam itu merupakan yang pertama kalinya.', lang: 'id' }).attributions;
    assert.equal(a?.speaker?.name, 'Haaretz');
    assert.equal(a?.content[0]?.text, 'wawancara semacam itu merupakan yang pertama kalinya');
  });

  test('"menurut" a role and a name in apposition: the name is the speaker, unless the name has an apposition of its own', () => {
    const [a] = extract({ text: 'Menurut Kepala Humas Unesa, Vinda Maya Setianingrum, ada 15 orang yang terkonfirmasi.', lang: 'id' }).attributions;
    assert.equal(a?.speaker?.name, 'Vinda Maya Setianingrum');
    assert.equal(a?.content[0]?.text, 'ada 15 orang yang terkonfirmasi');
    const [b] = extract({ text: 'According to the FBI summary, Cheryl Mills, a top Clinton aide, sent the employee an email.', lang: 'en' }).attributions;
    assert.equal(b?.content[0]?.text, 'Cheryl Mills, a top Clinton aide, sent the employee an email');
  });

  test('"Menurut X mengatakan, …" blends two cues: one claim, whose speaker has no "menurut" in the name', () => {
    const found = extract({ text: 'Menurut Kepala Humas Unesa Vinda Maya Setianingrum mengatakan, sampai saat ini ada 15 orang yang terkonfirmasi.', lang: 'id' }).attributions;
    assert.equal(found.length, 1);
    assert.equal(found[0]?.cue?.text, 'mengatakan');
    assert.doesNotMatch(found[0]?.speaker?.name ?? '', /Menurut|mengatakan/);
  });

  test('the speaker\'s own channel between subject and verb is passed over, and is no intermediary', () => {
    const cases: [string, 'en' | 'id', string][] = [
      ['Trump di akun Twitter pribadinya mengatakan bahwa program itu sama saja dengan pembantaian.', 'id', 'Trump'],
      ['Wali Kota Mohammad Idris dalam keterangan tertulisnya mengatakan, Pemkot Depok resmi memberikan pelonggaran.', 'id', 'Wali Kota Mohammad Idris'],
      ['Jeb Bush in a Medium post said he would put more conservative judges on the bench.', 'en', 'Jeb Bush'],
      // "on hate speech" describes the proponents: no channel.
      ['Proponents of more controls on hate speech here say there is a direct correlation.', 'en', 'Proponents of more controls on hate speech here'],
    ];
    for (const [text, lang, mention] of cases) {
      const [a] = extract({ text, lang }).attributions;
      assert.equal(a?.speaker?.mention?.text, mention, text);
      assert.deepEqual(a?.via, [], text);
    }
  });

  test('a place and a date set off by commas between the speaker and the verb are passed over', () => {
    const text = 'Wali Kota Surabaya Tri Rismaharini, di Surabaya, Sabtu (19/9/2020), mengatakan, ada pasien yang enggan melakukan tes usap.';
    const [a] = extract({ text, lang: 'id' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.content[0]?.text], ['Tri Rismaharini', 'ada pasien yang enggan melakukan tes usap']);
    const [b] = extract({ text: 'Head of Global Macro Research Nomura, Rob Subbaraman, Rabu (9/12/2020), mengatakan, sejumlah faktor akan membuat investasi mengalir.', lang: 'id' }).attributions;
    assert.equal(b?.speaker?.name, 'Rob Subbaraman');
  });

  test('words that hold a place name nobody: an expletive ("There is …"), "Neither", a day or month alone', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => a.speaker?.name);
    assert.deepEqual(found('There is no inconsistency with me saying that and saying at the same time I did something wrong.'), []);
    assert.deepEqual(found('Neither Donald J. Trump nor Ted Cruz attended the dinner.\n\nMr. Trump said the dinner was rigged.'), ['Donald J. Trump']);
    assert.deepEqual(found('There, the district GOP Chairman Chuck Williams declined to name the delegates but said one was a Trump supporter.'), ['Chuck Williams']);
    assert.deepEqual(found('Sanders has 33 percent, according to a CNN/ORC poll in February.'), ['CNN/ORC poll in February']);
    assert.deepEqual(found('Donald Trump’s assertion Monday that more airstrikes are needed drew criticism.').slice(0, 1), ['Donald Trump']);
  });

  test('inside a quotation "she" is someone its speaker talks about, never the speaker, who would say "I"', () => {
    const text = 'Polly Sheppard spoke after the vigil.\n\n“Hillary Clinton was in South Carolina the day before the shooting. She said that we can’t hide from these truths,” Sheppard said.';
    const nested = extract({ text, lang: 'en' }).attributions.find((a) => a.kind === 'indirect');
    assert.deepEqual([nested?.speaker?.name, nested?.via.map((hop) => hop.name)], ['Hillary Clinton', ['Polly Sheppard']]);
  });

  test('a capitalised name after "the" is a thing, not a person a pronoun could stand for ("the Pacific Command")', () => {
    const text = 'Adm. Harry B. Harris Jr. leads the Pacific Command from Hawaii.\n\nHe said China was militarising the sea.';
    const [claim] = extract({ text, lang: 'en' }).attributions;
    assert.equal(claim?.speaker?.name, 'Harry B. Harris Jr.');
  });

  test('a headline in title case names nobody: the name comes from the prose ("Underdog Conservative Claudia Tenney Beats Establishment.")', () => {
    const text = 'Underdog Conservative Claudia Tenney Beats Establishment in New York Primary.\n\nUnderdog conservative Assemblywoman Claudia Tenney won her primary on Tuesday.\n\n“It’s going to be well over a million dollars,” Tenney said.';
    const [quote] = extract({ text, lang: 'en' }).attributions;
    assert.equal(quote?.speaker?.name, 'Claudia Tenney');
  });

  test('"the report", "the article", "laporan itu" stand for the outlet that reported last', () => {
    const text = 'The Wall Street Journal reported on Sunday that planners are weighing whether to keep soldiers in Syria. Those forces would shift south, according to the report. But the article also indicates that commanders do not want to commit.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.speaker?.antecedent?.text ?? null]);
    assert.deepEqual(found, [
      ['The Wall Street Journal', null],
      ['The Wall Street Journal', 'The Wall Street Journal'],
      ['The Wall Street Journal', 'The Wall Street Journal'],
    ]);
    // Without an outlet before it, a report is its own speaker.
    const [alone] = extract({ text: 'Those forces would shift south, according to the report.', lang: 'en' }).attributions;
    assert.equal(alone?.speaker?.name, 'the report');
  });

  test('people named together speak as a group whose members are resolved one by one', () => {
    const text = 'Kerry menelepon menlu Meksiko, serta menteri luar negeri Kanada, John Baird.\n\nKerry dan menteri luar negeri Kanada sepakat bahwa Washington dan Ottawa akan bekerja sama.';
    const [a] = extract({ text, lang: 'id' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.cue?.text], ['Kerry dan John Baird', 'sepakat bahwa']);
  });

  test('thanks report only the words quoted with them', () => {
    const quoted = extract({ text: 'Kerry mengucapkan terima kasih kepada rekannya "atas kerja sama kedua negara yang sangat erat."', lang: 'id' }).attributions;
    assert.deepEqual(quoted.map((a) => [a.kind, a.speaker?.name]), [['mixed', 'Kerry']]);
    assert.deepEqual(extract({ text: 'Gubernur Sugianto Sabran mengucapkan terima kasih kepada pemerintah pusat atas program itu.', lang: 'id' }).attributions, []);
  });

  test('an unknown outlet loses a trailing "News Agency"', () => {
    const text = 'Sari Wulandari said smuggling had nearly doubled, as reported by Warta Nusantara News Agency.';
    const [a] = extract({ text, lang: 'en' }).attributions;
    assert.deepEqual(a!.via.map((h) => h.name), ['Warta Nusantara']);
  });
});

describe('English reported speech', () => {
  test('a participle after a dash or a word of time, or a verb after ", then", shares the sentence\'s subject', () => {
    const dashed = extract({ text: 'Marco Rubio flipped his choice on the spot – saying he was rooting for Peyton Manning.', lang: 'en' }).attributions;
    assert.deepEqual(dashed.map((a) => [a.speaker?.name, a.cue?.text]), [['Marco Rubio', 'saying']]);
    const before = extract({ text: 'Trump spoke for an hour before saying he would build the wall.', lang: 'en' }).attributions;
    assert.deepEqual(before.map((a) => [a.speaker?.name, a.content[0]?.text]), [['Trump', 'he would build the wall']]);
    const then = extract({ text: 'Kasich offered the man a job, then says he will welcome advice from anyone.', lang: 'en' }).attributions;
    assert.deepEqual(then.map((a) => [a.speaker?.name, a.content[0]?.text]), [['Kasich', 'he will welcome advice from anyone']]);
  });

  test('a cue word that is also a plural noun is the noun after an adjective, a number or a preposition ("11 states hold contests")', () => {
    const text = 'Rubio says he will have many delegates after balloting in 11 states holding contests on March 1.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(found, [['Rubio', 'says', 'he will have many delegates after balloting in 11 states holding contests on March 1']]);
    const [document] = extract({ text: 'The document states that leave is unpaid.', lang: 'en' }).attributions;
    assert.equal(document?.cue?.text, 'states that');
    // After a preposition too; and a verb in the passive, a negation or adverb before it, has no speaker as its subject.
    assert.deepEqual(extract({ text: 'Mr. Sanders carried white working-class voters by large margins in states like Illinois and Michigan.', lang: 'en' }).attributions, []);
    assert.deepEqual(extract({ text: 'The purchase price was not disclosed, though the aircraft was insured for $35 million.', lang: 'en' }).attributions, []);
  });

  test('a verb of stance reports its object when the object quotes the speaker ("pledged to … “today, tomorrow, forever.”")', () => {
    const [quoted] = extract({ text: 'Mr. Cruz pledged to oppose legal status for undocumented immigrants “today, tomorrow, forever.”', lang: 'en' }).attributions;
    assert.deepEqual([quoted?.kind, quoted?.speaker?.name, quoted?.cue?.text], ['mixed', 'Cruz', 'pledged']);
    assert.deepEqual(extract({ text: 'Mr. Cruz pledged to oppose legal status for undocumented immigrants.', lang: 'en' }).attributions, []);
  });

  test('an infinitive reports only after a lead that says the report was made ("went on to say", "more likely to say")', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.content[0]?.text]);
    assert.deepEqual(found('Caucus-goers were slightly more likely to say they preferred Clinton on the courts.'), [['Caucus-goers', 'they preferred Clinton on the courts']]);
    assert.deepEqual(found('Smith went on to say that the plan would fail within a year.'), [['Smith', 'the plan would fail within a year']]);
    assert.deepEqual(found('He used the technology to claim credit for the plan.'), []);
  });

  test('a focus word ("even", "only") or a gerund used as a noun ("another ranking", "hacking specialists") does not hide the subject', () => {
    assertFirst(
      [
        ['Still, even Mr. Slinker says there is good reason for the lack of enthusiasm.', 'Slinker'],
        ['Even some technologists say the efforts have been toothless.', 'some technologists'],
        ['Politicians and even some technologists say the efforts have been toothless.', 'Politicians and even some technologists'],
        ['Even Republicans who have praised his candidacy warned on Tuesday that the party may have to separate itself.', 'Republicans'],
        ['Another ranking says he is not even a billionaire.', 'Another ranking'],
        ['But hacking specialists say the most harmful information might not even be genuine.', 'hacking specialists'],
      ],
      (a) => a?.speaker?.name,
    );
    // The focus is on a phrase of place or circumstance, and the adverbial clause still ends at its comma.
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.content[0]?.text]);
    assert.deepEqual(found('Clinton scrambled to organize, especially in caucus states, and her campaign lurched on.'), []);
    assert.deepEqual(found('While only 7 percent said they are undecided, 27 percent said they could be persuaded.'), [
      ['7 percent', 'they are undecided'],
      ['27 percent', 'they could be persuaded'],
    ]);
    // "listing the facts": a gerund taking an object is a verb.
    assert.deepEqual(found('It had two columns, one listing the facts reported by the government in the cases it cited.'), []);
  });

  test('a sentence in parentheses reports; a closed parenthesis stays inside the subject and the content', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.content[0]?.text]);
    assert.deepEqual(found('Ghazala Khan said nothing on stage. (She says the photo of her son would have made her cry.) The leaders spoke.'), [['Ghazala Khan', 'the photo of her son would have made her cry']]);
    assert.deepEqual(found('Sen. Ted Cruz (R-Tex.) said the plan would fail.'), [['Ted Cruz', 'the plan would fail']]);
    assert.deepEqual(found('The plan would fail (and soon), Cruz said.'), [['Cruz', 'The plan would fail (and soon)']]);
  });

  test('a set phrase holding a cue word reports nothing ("That said,", "Having said that,", "All told,"), a relative "that said" does', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(found('That said, a loss in this state would provide a sour end to her campaign.'), []);
    assert.deepEqual(found('Having said that, there are a lot of shows out there.'), []);
    assert.deepEqual(found('All told, up to 5 million people could be eligible for the programs.'), []);
    assert.deepEqual(found('He is entertaining, let’s put it that way, and nobody dislikes him.'), []);
    assert.deepEqual(found('The page was replaced by a message that said, "Sorry, but the item you have requested is gone."'), [['said', 'Sorry, but the item you have requested is gone.']]);
  });

  test('a headline in title case reports with its capitalised verb ("Trump Says He Never Pledged …")', () => {
    const text = 'Trump Says He Never Pledged To Kill Family Members Of Terrorists.\n\nThe United States and the other States agreed.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(found, [['Trump', 'Says', 'He Never Pledged To Kill Family Members Of Terrorists']]);
  });

  test('a lead of time, a spaced dash, a verb-like title before a name, a parenthetical between dashes or a participle and its preposition do not hide the subject', () => {
    assertFirst(
      [
        ['After the vote, Roberta Lange, the state party chairwoman, said she had received death threats.', 'indirect Roberta Lange'],
        ['The tensions were high - 60 percent of voters said Mrs. Clinton would be better at handling the issue.', 'indirect 60 percent of voters'],
        ['Florida delegate John Archer said he is proud of the campaign.', 'indirect John Archer'],
        ['Many speakers — including Muslims and Jews — said Ali’s death is particularly painful.', 'indirect Many speakers'],
        ['Military veterans interviewed at Trump rallies said they had no problem with the comments.', 'indirect Military veterans interviewed at Trump rallies'],
        ['Democrats trying to regain control of the Senate in November say they have a powerful new weapon.', 'indirect Democrats trying to regain control of the Senate'],
        ['Nearly nine out of 10 say they will need to continually develop new skills.', 'indirect Nearly nine out of 10'],
        // A lead opening with a preposition is never the speaker, however many commas follow it.
        ['And on Tuesday, Kevin Brady, chairman of the House Ways and Means Committee, said that Republicans might include a tax.', 'indirect Kevin Brady'],
        ['In October, Mr. Paulson, who made billions on a bet, told investors that the concerns were overblown.', 'indirect Paulson'],
        ['In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Hillary Clinton believes in it.”', 'direct Jake Sullivan'],
        ['In a conference call, Col. Steven H. Warren, a military spokesman in Baghdad, said, “We are seeing progress.”', 'direct Steven H. Warren'],
        ['On Thursday, after remaining neutral throughout the primary, Warren endorsed Clinton, saying, “She is a fighter.”', 'direct Warren'],
        // Nor is the noun a lead ends with a verb of saying ("report", "note").
        ['In his 104-page public financial disclosure report, the presumptive Republican nominee reported that he holds shares.', 'indirect presumptive Republican nominee'],
        ['On a more conciliatory note, Cameron has said Trump deserves respect.', 'indirect Cameron'],
      ],
      (a) => `${a?.kind} ${a?.speaker?.name}`,
    );
    // A preposition that opens a quantity opens the subject.
    assertFirst(
      [
        ['At least half of voters in each state say the positions are about right.', 'At least half of voters in each state'],
        ['About four in 10 voters said life would be worse for the next generation.', 'About four in 10 voters'],
      ],
      (a) => a?.speaker?.mention?.text,
    );
    // Where every mark stands apart ("Covid - 19 , …"), a spaced hyphen is no dash.
    const tokenised = 'Juru bicara Satuan Tugas Penanganan Covid - 19 Kabupaten Tegal , Joko Wantoro , mengatakan , pihaknya sudah melakukan pelacakan kontak .';
    assert.ok(extract({ text: tokenised, lang: 'id' }).attributions.every((a) => !a.speaker?.name.startsWith('19')));
  });

  // [sentence, speaker mention, content]
  const cases: [string, string, string][] = [
    // Words compromise knows only as verbs are nouns after a determiner or before a role noun.
    ['The network said it would send a reporter to Crimea.', 'The network', 'it would send a reporter to Crimea'],
    ['Connecticut’s tax commissioner says an internal review found no leak.', 'Connecticut’s tax commissioner', 'an internal review found no leak'],
    // A past tense after "percent" is still the verb.
    ['However, 63 percent said the diagnosis should have been public.', '63 percent', 'the diagnosis should have been public'],
    // Content before ", X said" runs through its relative clauses to the sentence start.
    ['A campaign aide changed course to avoid doctors who could leak details, a source said.', 'a source', 'A campaign aide changed course to avoid doctors who could leak details'],
    // ", according to X, head of …" closing a whole clause: the clause is the content, the appositive is X's.
    ['When the training is tailored to the veteran, it can reduce suicide, according to Craig Bryan, head of a research centre.', 'Craig Bryan', 'When the training is tailored to the veteran, it can reduce suicide'],
    // A long parenthetical, with a relative clause of its own, between the speaker and the verb.
    // A claim stops at a semicolon, and before a second cue of the same speaker, which reports its own.
    ['Republicans said the timing was not intentional; they only learned of it later.', 'Republicans', 'the timing was not intentional'],
    ['Authorities clashed with protesters and said a curfew would continue through the weekend.', 'Authorities', 'a curfew would continue through the weekend'],
    // "said he would …" after a participle parenthetical is not the inverted "…, said he."
    ['Trump, speaking to a veterans group in Virginia, said he would order a review of the defenses.', 'Trump', 'he would order a review of the defenses'],
    // A lead before "X said that …" is the writer's, not the claim.
    ['Despite the potency of the test, experts say it underscores the regime’s determination.', 'experts', 'it underscores the regime’s determination'],
    // A quotation inside a clause that goes on after it is a mixed claim, not a direct quote.
    ['Sanders said "budget reforms" and unpaid taxes would help finance the plan.', 'Sanders', '"budget reforms" and unpaid taxes would help finance the plan'],
    ['Six million jobs depend on exports to Mexico, one slide says.', 'one slide', 'Six million jobs depend on exports to Mexico'],
    ['His advice is unsubstantiated — or flat out wrong — according to a New York Times/CBS News poll.', 'a New York Times/CBS News poll', 'His advice is unsubstantiated — or flat out wrong'],
    // A relative clause's speaker is the phrase it hangs on.
    ['Ted Cruz endorses Trump, who says he is honored to have his support.', 'Trump', 'he is honored to have his support'],
    ['The union took a stake in the mine, which Mr. Clarke says he is keeping open.', 'Mr. Clarke', 'he is keeping open'],
    // An age between the name and the verb.
    ['Ahmad, 45, said the harvest failed this year.', 'Ahmad', 'the harvest failed this year'],
    // "keeps" is a verb even though the lexicon lists only "keep"; the subject is "Wealth-X".
    ['Wealth-X keeps its finances a secret but says its business has tripled.', 'Wealth-X', 'its business has tripled'],
    // A quotation closing with its sentence ends the claim.
    ['Trump says he goes “back to war tomorrow.” He is predicting a win.', 'Trump', 'he goes “back to war tomorrow.”'],
    // A pronoun after a lead of place and time is the whole subject.
    ['Hillary Clinton spoke to voters.\n\nAt the town hall this week she said she did not regret it.', 'she', 'she did not regret it'],
    // A verb that takes a noun reports a clause whose short subject has a finite verb.
    ['Reid predicted lawsuits could be filed over the long waits.', 'Reid', 'lawsuits could be filed over the long waits'],
    // An apposition opening with "now"; a demonstrative after the complementizer stays.
    ['Mr. Lewandowski, now a CNN commentator, has denied that that was the case.', 'Mr. Lewandowski', 'that was the case'],
    // Naming with quoted words needs only two of them.
    ['Jeb Bush called Trump “unhinged.”', 'Jeb Bush', 'Trump “unhinged.”'],
    // A verb form before a plural noun modifies it ("rights advocates", "exit polls").
    ['Abortion rights advocates said the ruling made the fight more urgent.', 'Abortion rights advocates', 'the ruling made the fight more urgent'],
    ['His appeal was greatest among younger voters, according to exit polls reported by CNN.', 'exit polls reported by CNN', 'His appeal was greatest among younger voters'],
    // A relative clause after the source describes it, however long.
    ['Two Republican candidates would defeat Clinton, according to a new poll that shows more voters view her unfavorably than ever.', 'a new poll', 'Two Republican candidates would defeat Clinton'],
    // Only a verb of telling takes an addressee: after "said", "members" open the claim.
    ['Kennedy said members of the court should not weigh in.', 'Kennedy', 'members of the court should not weigh in'],
    ['Kennedy told reporters the court should not weigh in.', 'Kennedy', 'the court should not weigh in'],
    // "delegate" is known only as a verb, but no verb stands between a modifier and "said".
    ['One California delegate said he tried to give away guest passes.', 'One California delegate', 'he tried to give away guest passes'],
    ['Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up of investors and developers, said critics had failed to note the program helped.', 'Angelique Brunner', 'critics had failed to note the program helped'],
  ];
  // An attribution set off by commas splits the claim in two.
  test('subjects set off from their verb: a sentence adverb, a party and state, a compound modifier, an apposition, a relative clause', () => {
    const cases: [string, string][] = [
      ['Mr. Trump, however, said he was the perfect messenger.', 'Trump'],
      ['Rep. Elijah Cummings (D-Md.), a Democrat, said Clinton did not appear concerned.', 'Elijah Cummings'],
      ['The self-described socialist said he would win the primary.', 'self-described socialist'],
      ['An author of the report, Ari Fleischer, said the nomination would test their findings.', 'Ari Fleischer'],
      ['Current and former officials who spoke with The Huffington Post said the organization had become a shell.', 'Current and former officials'],
      ['Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton.', 'Seventy-four percent of Democratic registered voters'],
      ['A mere 9 percent say they only buy American.', 'mere 9 percent'],
      // A subject whose last word is no noun: a reflexive, an object pronoun, a participle.
      ['Ford itself said the deal was on.', 'Ford'],
      ['Still, Cruz will change course, a source close to him said.', 'source close to him'],
      ['Again, those surveyed said Trump was best able to handle the issue.', 'those surveyed'],
      // A quantity, an adverb between subject and verb, a plural modifying a noun.
      ['One in five say the plan won’t work.', 'One in five'],
      ['47% say the United States should commit troops.', '47%'],
      ['More than 4 in 10 said Trump would be best at handling the economy.', 'More than 4 in 10'],
      ['Carter however said he would welcome it.', 'Carter'],
      ['Clinton has since said that she should have used two email addresses.', 'Clinton'],
      ['Article 33 affirms that no state shall expel a refugee.', 'Article 33'],
      ['Sanders has made clear that he expects an attack.', 'Sanders'],
      ['A civil rights group says Trump could incite violence.', 'civil rights group'],
      // A modifier with an object of its own, which names someone else.
      ['People briefed on the move said that the talks had collapsed.', 'People briefed on the move'],
      ['The talks had collapsed, people close to Clinton said.', 'people close to Clinton'],
      ['Another source familiar with Cruz’s thinking said, “I think he will try.”', 'Another source familiar with Cruz’s thinking'],
      ['A redacted copy of the memo seen by Reuters said investigators could not tell which files were taken.', 'redacted copy of the memo seen by Reuters'],
      ['The officials whose laws were invalidated say the real change has come in the judiciary.', 'officials'],
      // Set off by commas: a reflexive's predicate, a companion.
      ['Tester, himself up for reelection in 2018, said he voted against the proposal.', 'Tester'],
      ['Fields, along with reporter Ben Terris, say the manager yanked her out of the way.', 'Fields'],
    ];
    assertFirst(cases, (a) => a?.speaker?.name);
  });

  test('a speaker label opening a paragraph, as in a transcript, attributes the whole turn; a series name, a headline or a place is no speaker', () => {
    const text = 'The interview ran on Sunday.\n\nBENENSON: Senator Sanders does not get to decide when we debate. If he changes his tone, we will talk.\n\nA: No, no one did. No one helped us at all.\n\nThe Latest: Cruz to give away a shotgun\n\nBig Win For Bernie: AFL-CIO holds off on its endorsement.\n\nSouth Carolina: Andrew Collins, Barry Wynn, Bob McAlister.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.rule, a.content[0]?.text]);
    assert.deepEqual(found, [
      ['BENENSON', 'label-colon', 'Senator Sanders does not get to decide when we debate. If he changes his tone, we will talk'],
      ['A', 'label-colon', 'No, no one did. No one helped us at all'],
    ]);
  });

  test('a name alone before a colon, opening its clause or after a dash, labels the quotation after it; an object before a colon does not', () => {
    const text = [
      'RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis finds that 20 states are solidly Republican.”',
      'Rep. Trey Gowdy (R-S.C.): "I have not heard anyone other than you ever cite that figure."',
      'Wait, it gets better: "By law, the president sets the maximum number."',
    ].join('\n\n');
    const labelled = extract({ text, lang: 'en' }).attributions.filter((a) => a.rule === 'name-colon-quote').map((a) => a.speaker?.name);
    assert.deepEqual(labelled, ['Jeffrey M. Jones', 'Trey Gowdy']);
    const [attack] = extract({ text: 'Trump attacked Clinton: “She is a liar.”', lang: 'en' }).attributions;
    assert.equal(attack?.speaker?.name, 'Trump');
  });

  test('a coordinated or participle cue without a subject of its own takes the one after the sentence\'s lead', () => {
    const [a] = extract({ text: 'In an interview on Sunday, Senator Baird praised the plan and said it would pass easily.', lang: 'en' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.content[0]?.text], ['Baird', 'it would pass easily']);
    const [b] = extract({ text: 'Later that day, Mr. Reyes attacked the bill, suggesting it was written by lobbyists.', lang: 'en' }).attributions;
    assert.deepEqual([b?.speaker?.name, b?.cue?.text], ['Reyes', 'suggesting']);
    const [c] = extract({ text: 'Hours later, Trump returned the compliment, telling Reuters, “He is an amazing man.”', lang: 'en' }).attributions;
    assert.equal(c?.speaker?.name, 'Trump');
  });

  test('"add" reports a clause, not a noun it adds to something; nor does "adding to …"', () => {
    assert.deepEqual(extract({ text: 'The admiral has added another facet to his job.', lang: 'en' }).attributions, []);
    assert.deepEqual(extract({ text: 'Clinton won the primary in North Carolina, adding to her run of victories in the South.', lang: 'en' }).attributions, []);
    const [a] = extract({ text: 'Fiorina added it\'s not the way to win.', lang: 'en' }).attributions;
    assert.equal(a?.content[0]?.text, 'it\'s not the way to win');
  });

  test('the subject of a passive report is not its speaker ("was told that", "was declared")', () => {
    for (const text of ['The State Department was told that military forces were ready.', 'Sanders was declared the winner in New Hampshire.']) {
      assert.deepEqual(extract({ text, lang: 'en' }).attributions, [], text);
    }
  });

  test('a dash opens a clause unless it closes a parenthetical; a relative clause after "according to X," describes X', () => {
    const [a] = extract({ text: 'He seems to see his problem — Carson told the AP that his task is to prove he is tough.', lang: 'en' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.content[0]?.text], ['Carson', 'his task is to prove he is tough']);
    const [b] = extract({ text: 'Students might not be so lucky, according to Jason Delisle, who was an adviser to the Bush campaign.', lang: 'en' }).attributions;
    assert.deepEqual([b?.speaker?.name, b?.content[0]?.text], ['Jason Delisle', 'Students might not be so lucky']);
    const [c] = extract({ text: 'It won the backing of Gordon Humphrey, who told POLITICO he’ll work full-time to help delegates rebel.', lang: 'en' }).attributions;
    assert.equal(c?.content[0]?.text, 'he’ll work full-time to help delegates rebel');
  });

  test('a short reported clause: two words after "that", a contraction after a pronoun counting as two; a number before a noun, or an infinitive, reports nothing', () => {
    const cases: [string, string | undefined][] = [
      ['Members of the group used software made in Germany to claim credit for the attacks.', undefined],
      ['Trump told reporters that he won.', 'he won'],
      ['Sexton said he’s unconvinced.', 'he’s unconvinced'],
      ['The five claims the campaign made were false.', undefined],
    ];
    assertFirst(cases, (a) => a?.content[0]?.text);
  });

  test('English inverts only verbs of saying: "…, said Smith", but "X, an aide, praised the plan" has no speaker "plan"', () => {
    const [a] = extract({ text: 'The plan will fail, said Smith.', lang: 'en' }).attributions;
    assert.equal(a?.speaker?.name, 'Smith');
    const found = extract({ text: 'Ben Carson, speaking with the editorial board, called the incident a reason to reinvest in space.', lang: 'en' }).attributions;
    assert.ok(found.every((f) => f.speaker?.name !== 'incident a reason'), JSON.stringify(found.map((f) => f.speaker?.name)));
    const [b] = extract({ text: 'Stefan Körner, chairman of the Pirate Party, argued that democracies must be able to bear it.', lang: 'en' }).attributions;
    assert.equal(b?.speaker?.name, 'Stefan Körner');
    // "citing" a source names it; "citing" a reason does not.
    const [c] = extract({ text: 'The strikes did little harm, the Washington Post reported on Sunday, citing four people with knowledge of the intelligence.', lang: 'en' }).attributions;
    assert.deepEqual([c?.content[0]?.text, c?.speaker?.mention?.text, c?.via.map((h) => h.name)], ['The strikes did little harm', 'four people', ['The Washington Post']]);
    assert.deepEqual(extract({ text: 'By Sunday afternoon she had canceled a joint rally with Obama, citing the attack.', lang: 'en' }).attributions, []);
  });

  test('a report ends where the writer takes over: the main clause after an adverbial one, the antecedent\'s verb after a relative one, a remark after a dash', () => {
    const cases: [string, string][] = [
      ['While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy.', 'journalists cannot have any political affiliation'],
      ['Barkley, who said he typically votes democratic, said one candidate he likes is Kasich.', 'he typically votes democratic'],
      // A report in a relative clause of a phrase before the main clause ("in which …").
      ['In a year in which a majority of Americans say they do not trust Clinton, some allies questioned the foundation.', 'they do not trust Clinton'],
      // The comma before a verb with no subject of its own stays inside.
      ['When Clinton claimed that the Islamic State, or ISIS, has used Trump in its videos, critics objected.', 'the Islamic State, or ISIS, has used Trump in its videos'],
      ['Trump said that he would meet the “anchor (not) baby” — a play on words with the phrase “anchor baby.”', 'he would meet the “anchor (not) baby'],
    ];
    assertFirst(cases, (a) => a?.content[0]?.text);
  });

  test('", according to" a long source closing the clause names all of it', () => {
    const text = 'Voters in Virginia are looking for experience, according to early results of the exit poll conducted by Edison Research.';
    const [a] = extract({ text, lang: 'en' }).attributions;
    assert.equal(a?.speaker?.mention?.text, 'early results of the exit poll conducted by Edison Research');
    assert.equal(a?.content[0]?.text, 'Voters in Virginia are looking for experience');
  });

  test('a verb taking an object reports it when the object is quoted ("denied “any wrongdoing”")', () => {
    const [a] = extract({ text: 'The senator denied “any wrongdoing by my staff or me.”', lang: 'en' }).attributions;
    assert.equal(a?.cue?.text, 'denied');
    assert.equal(a?.speaker?.name, 'senator');
    assert.deepEqual(extract({ text: 'The senator denied the request on Monday.', lang: 'en' }).attributions, []);
  });

  test('a cue word after a determiner is a noun, even before a pronoun ("the claims they made")', () => {
    assert.deepEqual(extract({ text: 'Most of the claims they made were false.', lang: 'en' }).attributions, []);
  });

  test('an accusation with its charge is a claim ("accused Clinton of …")', () => {
    const [a] = extract({ text: 'Sanders accused Clinton of dragging her feet on the pipeline.', lang: 'en' }).attributions;
    assert.equal(a?.cue?.text, 'accused');
    assert.equal(a?.content[0]?.text, 'Clinton of dragging her feet on the pipeline');
    assert.deepEqual(extract({ text: 'Prosecutors accused him yesterday.', lang: 'en' }).attributions, []);
  });

  test('a coordinated naming verb with a description reports a second claim', () => {
    const text = 'A source said the officials had been lying, and described the intercepts as a poor guide to what really happened.';
    const claims = extract({ text, lang: 'en' }).attributions.map((a) => [a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(claims, [
      ['said', 'the officials had been lying'],
      ['described', 'the intercepts as a poor guide to what really happened'],
    ]);
  });

  test('"The latest test, North Korea said, was its biggest yet" is one claim in two pieces', () => {
    const [a] = extract({ text: 'The latest test, North Korea said, was its biggest yet.', lang: 'en' }).attributions;
    assert.deepEqual(a?.content.map((c) => c.text), ['The latest test', 'was its biggest yet']);
    const [b] = extract({ text: 'Pemerintah Rusia, kata Lavrov, tidak akan mundur dari perundingan itu.', lang: 'id' }).attributions;
    assert.deepEqual(b?.content.map((c) => c.text), ['Pemerintah Rusia', 'tidak akan mundur dari perundingan itu']);
    const [c, d] = extract({ text: 'The plan will fail, Smith said, adding that it was costly.', lang: 'en' }).attributions;
    assert.deepEqual([c?.content.map((x) => x.text), d?.content.map((x) => x.text)], [['The plan will fail'], ['it was costly']]);
    // A long tail of the second cue does not make its clause the first cue's content.
    const [e, f] = extract({ text: 'The plan will fail, Mr. Smith said, adding that he would also hold similar events to address his critics soon.', lang: 'en' }).attributions;
    assert.deepEqual([e?.content[0]?.text, f?.cue?.text], ['The plan will fail', 'adding']);
  });

  test('"…, said Dan Gerstein, director of …": the speaker after the verb, even after commas that look like an apposition', () => {
    const text = 'Even as the race moves to New York, a state she hoped to carry by a large margin, the race will be tight, said Dan Gerstein, director of Gotham Ghostwriters and an analyst in New York City.';
    const [a, ...rest] = extract({ text, lang: 'en' }).attributions;
    assert.equal(rest.length, 0);
    assert.equal(a?.speaker?.name, 'Dan Gerstein');
    assert.deepEqual(a?.content.map((c) => c.text), ['Even as the race moves to New York, a state she hoped to carry by a large margin, the race will be tight']);
  });

  for (const [sentence, mention, content] of cases) {
    test(sentence, () => {
      const [a, ...rest] = extract({ text: sentence, lang: 'en' }).attributions;
      assert.equal(rest.length, 0);
      assert.equal(a?.speaker?.mention?.text, mention);
      assert.equal(a?.content.map((c) => c.text).join(' '), content);
    });
  }
});

describe('quotations completing a sentence', () => {
  test('words before a lower-case quotation are part of what was said: the attribution is mixed', () => {
    const [a] = extract({ text: 'The summit accomplished “too little,” Merkel said.', lang: 'en' }).attributions;
    assert.equal(a?.kind, 'mixed');
    assert.equal(a?.content[0]?.text, 'The summit accomplished “too little,”');
  });

  test('a quotation paragraph goes on the statement before it, past a claim in its speaker\'s description', () => {
    const text = 'It dawned on him.\n\n“There is something about all those stories, right?” said Murphy, who thinks often about the final words.\n\n“I mean, I do not think that all those things are coincidences.”';
    const quote = extract({ text, lang: 'en' }).attributions.find((a) => a.kind === 'direct');
    assert.deepEqual(quote?.content.map((c) => c.text), ['There is something about all those stories, right?', 'I mean, I do not think that all those things are coincidences.']);
  });

  test('a quotation after the sentence of another one\'s attribution goes on it, a title in typewriter marks between', () => {
    const text = "He spoke. ''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.'' ''She lies like crazy about everything, and everybody knows that.''";
    const [a, ...rest] = extract({ text, lang: 'en' }).attributions;
    assert.equal(rest.length, 0);
    assert.deepEqual(a?.content.map((c) => c.text), ["It's nonsense", 'She lies like crazy about everything, and everybody knows that.']);
  });

  test('an attribution with its time and place, or a long description of the speaker, interrupting one quoted sentence joins both halves', () => {
    for (const [text, halves] of [
      ['"I think Lester Holt will be very fair," Trump said during a rally in Kenansville, N.C., "but a lot of people are going to be watching."', ['I think Lester Holt will be very fair', 'but a lot of people are going to be watching.']],
      ['"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, "is that we are going to be attracting workers."', ['The risk', 'is that we are going to be attracting workers.']],
    ] as const) {
      const [a, ...rest] = extract({ text, lang: 'en' }).attributions;
      assert.equal(rest.length, 0, text);
      assert.deepEqual(a?.content.map((c) => c.text), halves);
    }
  });

  test('words before a parenthetical attribution are part of a lower-case quotation that goes on them', () => {
    const text = 'Trump spoke about debt.\n\nAn economic downturn, he said, “could be a good time to borrow and pay off debt.”';
    const [a] = extract({ text, lang: 'en' }).attributions;
    assert.equal(a?.kind, 'mixed');
    assert.deepEqual(a?.content.map((c) => c.text), ['An economic downturn', 'could be a good time to borrow and pay off debt.']);
  });

  test('a quotation going on a reported clause is part of that claim, which ends at the next participle cue', () => {
    const text = 'Speaking in Florida, Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for higher turnout.';
    const claims = extract({ text, lang: 'en' }).attributions.map((a) => [a.kind, a.cue?.text, a.content.map((c) => c.text).join(' | ')]);
    assert.deepEqual(claims, [
      ['mixed', 'insisted that', 'he has “expanded the Republican party,”'],
      ['indirect', 'claiming', 'he is responsible for higher turnout'],
    ]);
  });

  test('a quotation closing the clause it went on is not framed by the next sentence', () => {
    const text = 'Jeb Bush called Trump “unhinged.” Sen. Marco Rubio called the statement “offensive and outlandish.”';
    const rubio = extract({ text, lang: 'en' }).attributions.filter((a) => a.speaker?.name === 'Marco Rubio');
    assert.deepEqual(rubio.map((a) => a.content.map((c) => c.text).join(' ')), ['the statement “offensive and outlandish.”']);
  });

  test('"I must tell you that …" inside one\'s own quotation is not a second attribution', () => {
    const r = extract({ text: 'Trump spoke at a rally.\n\n"I must tell you that a bomb went off in New York," Trump said.', lang: 'en' });
    assert.deepEqual(r.attributions.map((a) => a.kind), ['direct']);
  });

  test('a short title-cased quotation inside a sentence is a title, and the sentence\'s claim is found', () => {
    const r = extract({ text: 'In an interview on CBS\'s "Face the Nation," House Speaker Paul Ryan said the recent shootings demand more listening.', lang: 'en' });
    assert.deepEqual(r.attributions.map((a) => [a.kind, a.content.map((c) => c.text).join(' ')]), [['indirect', 'the recent shootings demand more listening']]);
  });

  test('an opener, a capitalised quotation or a cue before it keeps the quotation direct', () => {
    for (const text of ['Still, “we will win,” he said.', 'After the vote. “We will win,” he said.', 'He said, “we will win,” and left.']) {
      const [a] = extract({ text, lang: 'en' }).attributions;
      assert.equal(a?.kind, 'direct', text);
    }
  });
});

describe('frames next to a quotation that is a sentence of its own', () => {
  test('a dash, a name and a description sign the quotation before it; "reacted Trump" and a long appositive name its speaker', () => {
    const signed = extract({ text: '"A handful of activists is not the story."\n\n-President Obama, tweeting after Clinton\'s speech.', lang: 'en' }).attributions;
    assert.deepEqual(signed.map((a) => [a.rule, a.speaker?.name]), [['quote-dash-speaker', 'Obama']]);
    const [reacted] = extract({ text: 'Intro.\n\n"Thank you for your service," reacted Trump.', lang: 'en' }).attributions;
    assert.deepEqual([reacted?.speaker?.name, reacted?.cue?.text], ['Trump', 'reacted']);
    const long = 'Intro.\n\n“The market has gone up,” Steve Rosenthal, a former political director of the A.F.L.-C.I.O. and progressive political organizer, wrote in an email.';
    const [wrote] = extract({ text: long, lang: 'en' }).attributions;
    assert.deepEqual([wrote?.speaker?.name, wrote?.cue?.text], ['Steve Rosenthal', 'wrote']);
  });

  test('a paragraph of only a dash and a name signs the quotation before it; "this source" opens a speaker phrase', () => {
    const text = '"Almost all new income is going to the top 1 percent."\n\n- Bernie Sanders.\n\n“The kids do not like him,” this source told the Post.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.rule, a.speaker?.mention?.text]);
    assert.deepEqual(found, [['quote-dash-speaker', 'Bernie Sanders'], ['quote-speaker-cue', 'this source']]);
  });

  test('a verb that reports only quoted words takes the quotation alone, though the clause goes on', () => {
    const [a] = extract({ text: 'The crowd chanted “Lock her up!” as he spoke.', lang: 'en' }).attributions;
    assert.deepEqual([a?.kind, a?.content[0]?.text, a?.speaker?.name], ['direct', 'Lock her up!', 'crowd']);
    const [b] = extract({ text: 'He said “budget reforms” and unpaid taxes would pay for them.', lang: 'en' }).attributions;
    assert.equal(b?.kind, 'mixed');
  });

  test('"X said: “…,” the Times reported": X is the speaker and the outlet relays the quotation', () => {
    const [a] = extract({ text: 'When asked about Khan, Trump said: "There will always be exceptions," the Times reported.', lang: 'en' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.via.map((h) => h.name)], ['Trump', ['The New York Times']]);
  });

  test('"according to" after a quotation names its speaker ("menurut Budi", "according to a statement")', () => {
    const [en] = extract({ text: '“We will win the election in November,” according to a statement from the campaign.', lang: 'en' }).attributions;
    assert.deepEqual([en?.rule, en?.speaker?.mention?.text], ['quote-according-to', 'a statement from the campaign']);
    const [id] = extract({ text: '” Kalau alasannya demikian , tidak perlu ada pembatasan sosial , ” menurut Budi Santoso .', lang: 'id' }).attributions;
    assert.deepEqual([id?.rule, id?.speaker?.name], ['quote-according-to', 'Budi Santoso']);
  });

  test('a cue followed by addressee, time and circumstance still frames the quotation', () => {
    const text = 'Cameron criticised him.\n“It looks like we’re not going to have a very good relationship, who knows?” Trump told Britain’s ITV television station in an interview aired on Monday when asked how ties would fare.';
    const quote = extract({ text, lang: 'en' }).attributions.find((a) => a.kind === 'direct');
    assert.equal(quote?.speaker?.name, 'Trump');
    assert.equal(quote?.cue?.text, 'told');
  });

  test('a claim in a relative clause ends where the sentence\'s own verb takes over; after an auxiliary a verb is not inverted', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(found('The real estate showman who has said the race is rigged, was targeted by $4.4 million in attacks.'), [['real estate showman', 'has said', 'the race is rigged']]);
    // "…, has said of terrorists that …" names no speaker "terrorists".
    assert.ok(found('He is a candidate who called for worse than waterboarding, and has said of terrorists that their families are targets.').every(([speaker]) => speaker !== 'terrorists'));
  });

  test('a noun of saying reports the clause after "that" for its possessor ("his suggestion that …", "klaim Trump bahwa …")', () => {
    const found = (text: string, lang: 'en' | 'id' = 'en') => extract({ text, lang }).attributions.map((a) => [a.speaker?.mention?.text, a.cue?.text, a.content[0]?.text]);
    assert.deepEqual(found('Donald Trump spoke in Ohio. Republicans distanced themselves from his suggestion that a federal judge cannot be impartial.'), [['his', 'suggestion that', 'a federal judge cannot be impartial']]);
    assert.deepEqual(found('Mr. Trump’s claim that thousands of people cheered the attacks spread fast.')[0]?.[0], 'Mr. Trump');
    assert.deepEqual(found('Kementerian membantah klaim Trump bahwa Iran telah melanggar kesepakatan nuklir.', 'id'), [['Trump', 'klaim Trump bahwa', 'Iran telah melanggar kesepakatan nuklir']]);
    // A verb before it reports the claim itself; a relative "that" opens no claim.
    assert.deepEqual(found('He reiterated his claim that Mrs. Clinton had bullied the women.').map((a) => a[1]), ['reiterated']);
    assert.deepEqual(found('It was not the efficiency argument alone that won people over.'), []);
  });

  test('an outlet quoting someone "as saying that …" is one attribution, relayed by the outlet', () => {
    const text = 'Mottaki spoke in Amman. Some western news agencies had quoted Mottaki on Saturday as saying that any schoolchild understands no country can be erased from the map.';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.via.map((h) => h.name), a.content[0]?.text]);
    assert.deepEqual(found, [['Mottaki', ['Some western news agencies'], 'any schoolchild understands no country can be erased from the map']]);
  });

  test('a sentence after it that reports a claim of its own, or names the object of its verb, is not its frame', () => {
    const text = 'He spoke.\n“The war is over.” Some agencies had quoted him as saying that the talks had failed.';
    const quote = extract({ text, lang: 'en' }).attributions.find((a) => a.kind === 'direct');
    assert.equal(quote, undefined);
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.kind, a.speaker?.name, a.content.map((c) => c.text).join(' ‖ ')]);
    // The second quotation goes on the first; "She noted a planned rally …" is a report of its own.
    assert.deepEqual(found('Spokeswoman Catherine Frazier disagreed.\n\n“I completely disagree with the assertion,” she said. “We feel good about the areas we are going to.” She noted a planned Cruz rally on Saturday in Sioux City with King in his district.'), [
      ['direct', 'Catherine Frazier', 'I completely disagree with the assertion ‖ We feel good about the areas we are going to.'],
      ['indirect', 'Catherine Frazier', 'a planned Cruz rally on Saturday in Sioux City with King in his district'],
    ]);
    // A long tail of circumstance still frames it: "told reporters outside a restaurant in Milwaukee".
    assert.deepEqual(found('It was over.\n\n"It\'s a very sad development," Cruz told reporters outside a restaurant in Milwaukee on a cold and windy Tuesday night.')[0], ['direct', 'Cruz', "It's a very sad development"]);
  });

  test('a programme\'s title between the verb and "that", and a sentence adverb before the speaker\'s description, keep the claim', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.content[0]?.text]);
    assert.deepEqual(found('Mr. Khan said on NBC\'s “Meet the Press” on Sunday that Mr. Trump had shown disrespect to his wife.'), [['Khan', 'Mr. Trump had shown disrespect to his wife']]);
    assert.deepEqual(found('Sanders, meanwhile, who sits at zero such endorsements, said the numbers speak volumes.'), [['Sanders', 'the numbers speak volumes']]);
  });

  test('one word for the speaker\'s state may stand in apposition ("Clinton, exasperated, responded:")', () => {
    const [a] = extract({ text: 'Clinton, exasperated, famously responded: "What difference does it make?" Her critics cited it as evidence that she did not care.', lang: 'en' }).attributions;
    assert.deepEqual([a?.kind, a?.speaker?.name], ['direct', 'Clinton']);
  });

  test('verbs of manner frame a quotation next to them ("beamed", "demurred", "retorted")', () => {
    const text = 'The crowd cheered.\n“This is fantastic!” beamed Donald Hartley of Madison, Alabama.';
    const [a] = extract({ text, lang: 'en' }).attributions;
    assert.equal(a?.speaker?.name, 'Donald Hartley');
    assert.equal(a?.cue?.text, 'beamed');
  });

  test('a clause ending in a colon introduces a quotation even without a reporting verb', () => {
    const text = 'It was close.\n\nIn a Fox interview later that day, Trump went even further: “If he goes forward and loses, it’s the end of his career.”';
    const [a] = extract({ text, lang: 'en' }).attributions;
    assert.equal(a?.kind, 'direct');
    assert.equal(a?.speaker?.name, 'Trump');
    assert.equal(a?.cue?.text, 'went even further:');
  });

  test('a name with an initial set off after an inverted speaker names it, and is no part of the content', () => {
    const [a] = extract({ text: 'The plant is under intense pressure from Asian imports, said the company\'s chief executive, John J. Ferriola.', lang: 'en' }).attributions;
    assert.deepEqual([a?.content.map((c) => c.text), a?.speaker?.name], [['The plant is under intense pressure from Asian imports'], 'John J. Ferriola']);
  });

  test('a label opening a paragraph is no speaker and verb ("Editor’s note: …"), nor is a credit line ("Contributing: …")', () => {
    assert.deepEqual(extract({ text: 'Editor’s note: Donald Trump regularly incites political violence.', lang: 'en' }).attributions, []);
    assert.deepEqual(extract({ text: 'The group said so.\n\nContributing: Brittney Bennett and Greg Toppo, USA TODAY.', lang: 'en' }).attributions.map((a) => a.rule), []);
  });

  test('a heading or a prepositional phrase before a colon is not a speaker; what a quotation is taken "from" is its source', () => {
    assert.deepEqual(extract({ text: 'It was close.\n\nIn the end: “Today numerous online survey vendors condition their samples.”', lang: 'en' }).attributions, []);
    const [a] = extract({ text: 'It was close.\n\nMore from the report: “Today numerous online survey vendors condition their samples.”', lang: 'en' }).attributions;
    assert.deepEqual([a?.kind, a?.speaker?.mention?.text, a?.rule], ['direct', 'the report', 'source-colon-quote']);
  });

  test('a verb coordinated after its subject introduces the quotation ("… and joked, “…”")', () => {
    const text = 'Glenn Beck took the stage.\n\nBeck then adopted a fake Southern accent and joked, “But I will just make it easier for them.”';
    const quote = extract({ text, lang: 'en' }).attributions.find((a) => a.kind === 'direct');
    assert.equal(quote?.speaker?.name, 'Glenn Beck');
    assert.equal(quote?.rule, 'subject-cue-quote');
  });

  test('a claim reported before the coordinated verb is an attribution of its own ("X said …, and added, “…”")', () => {
    const text = 'Lazar said he welcomed extradition to the United States and added, "I\'ll plead guilty, no problem."';
    assert.deepEqual(
      extract({ text, lang: 'en' }).attributions.map((a) => [a.kind, a.content.map((c) => c.text).join(' ')]),
      [
        ['indirect', 'he welcomed extradition to the United States'],
        ['direct', "I'll plead guilty, no problem."],
      ],
    );
  });

  test('"Said Ellis: “…”" names the speaker after the verb; a participle after a comma takes the sentence\'s subject', () => {
    const [a] = extract({ text: 'Some disagree. Said Ellis: “I don’t get the sense she is interested in tax reform.”', lang: 'en' }).attributions;
    assert.deepEqual([a?.kind, a?.speaker?.name, a?.cue?.text], ['direct', 'Ellis', 'Said']);
    const [b] = extract({ text: 'Trump walked onto the stage, chanting “U-S-A! U-S-A!”', lang: 'en' }).attributions;
    assert.deepEqual([b?.kind, b?.speaker?.name, b?.cue?.text], ['direct', 'Trump', 'chanting']);
  });

  test('the speaker before a quotation may carry a bare role in apposition, a party and state, or a long time and place after the verb', () => {
    assertFirst(
      [
        ['Mark Mahaney, technology analyst at RBC Capital Markets, agreed: “They have a great brand.”', 'direct | Mark Mahaney | agreed'],
        ['Sen. Ron Johnson, R-Wis., said, “The State Department failed.”', 'direct | Ron Johnson | said'],
        ['Johnson said in an op-ed piece before a 2014 Senate Benghazi hearing, “The State Department failed.”', 'direct | Johnson | said'],
      ],
      kindSpeakerCue,
    );
    // A clause of its own between the verb and the quotation ends the reach back.
    const far = extract({ text: 'Clinton said in the spring, when the email story broke, “I did not email classified material.”', lang: 'en' }).attributions;
    assert.equal(far.length, 0);
  });

  test('the subject of a coordinated verb may stand after a clause that leads the sentence, or before "that"', () => {
    const [a] = extract({ text: 'When asked whom she supported, Ms. Sherry smiled and said, “I am waiting for Bloomberg.”', lang: 'en' }).attributions;
    assert.deepEqual([a?.kind, a?.speaker?.name, a?.cue?.text], ['direct', 'Sherry', 'said']);
    const [b] = extract({ text: 'And then Trump went on the attack, saying, "Is Obama going to mention the words?"', lang: 'en' }).attributions;
    assert.deepEqual([b?.speaker?.name, b?.cue?.text], ['Trump', 'saying']);
    const [c] = extract({ text: 'The page was replaced by a message that said, "Sorry, the item is no longer in the system."', lang: 'en' }).attributions;
    assert.deepEqual([c?.rule, c?.speaker?.name, c?.cue?.text], ['relative-speaker-cue-quote', 'message', 'said']);
  });

  test('after a quotation the speaker may carry a prepositional phrase ("a narrator in the Clinton ad asks")', () => {
    const [a] = extract({ text: '“Why didn’t Donald Trump pay his taxes?” a narrator in the Clinton ad asks.', lang: 'en' }).attributions;
    assert.deepEqual([a?.speaker?.name, a?.cue?.text], ['narrator', 'asks']);
  });

  test('one capitalised word quoted inside a clause is a name, not a statement ("the hacker known as “Guccifer,”")', () => {
    const found = extract({ text: 'Marcel Lehel, the hacker known as “Guccifer,” stated that he had access to the server.', lang: 'en' }).attributions;
    assert.deepEqual(found.filter((a) => a.content.some((c) => c.text === 'Guccifer')), []);
    const [said] = extract({ text: '“Guccifer,” he said, “is my name.”', lang: 'en' }).attributions;
    assert.equal(said?.kind, 'direct');
  });

  test('a title in quotation marks is nobody\'s statement: with numbers, between dashes, or naming the noun after it', () => {
    for (const text of [
      'The gag became famous in “The 40-Year-Old Virgin,” Mr. Oppenheim noted.',
      'Moreover, the SVP has called a referendum — “No to Free Lawyers” — for June 5.',
      'Intro.\n\n“Daily Show” host Trevor Noah on Thursday showed that the businessman was given an opportunity.',
    ]) {
      assert.deepEqual(extract({ text, lang: 'en' }).attributions.filter((a) => a.kind === 'direct'), [], text);
    }
    // A question before its speaker stays a statement: “But why?” reporter Jackie Nespral asked.
    const [asked] = extract({ text: 'Intro.\n\n“But why?” reporter Jackie Nespral asked him.', lang: 'en' }).attributions;
    assert.equal(asked?.kind, 'direct');
  });

  test('a title-cased quotation that a noun is "called" names a thing; one a subject is labeled with is a verdict', () => {
    assert.deepEqual(extract({ text: 'The firm was renowned for a chummy corporate culture called "The HP Way."', lang: 'en' }).attributions, []);
    const [verdict] = extract({ text: 'When PolitiFact examined the senator’s statement, it was labeled “Mostly True.”', lang: 'en' }).attributions;
    assert.equal(verdict?.content.at(-1)?.text, 'Mostly True.');
  });

  test('a short sentence quoted after a comma is a statement, not a title; a lone determiner may be its speaker', () => {
    const [chant] = extract({ text: 'The crowd chanted, “Lock her up!”', lang: 'en' }).attributions;
    assert.deepEqual([chant?.kind, chant?.speaker?.name, chant?.cue?.text], ['direct', 'crowd', 'chanted']);
    const [another] = extract({ text: 'Another tweeted, “Two of a kind who think they are above the rules.”', lang: 'en' }).attributions;
    assert.deepEqual([another?.kind, another?.speaker?.mention?.text, another?.cue?.text], ['direct', 'Another', 'tweeted']);
  });

  test('speakers joined by "and" after a clause and its comma speak together; a list of three does not', () => {
    const found = (text: string) => extract({ text, lang: 'en' }).attributions.map((a) => [a.speaker?.name, a.content[0]?.text]);
    assert.deepEqual(found('Sanders’ support is particularly strong among the teachers unions, teachers and union officials told POLITICO.'), [['teachers and union officials', 'Sanders’ support is particularly strong among the teachers unions']]);
    assert.deepEqual(found('In recent weeks, the people of Indiana, West Virginia and Oregon have suggested otherwise.'), []);
  });

  test('two people joined by "and" speak together, each with a role; after a quotation too', () => {
    for (const text of [
      'State Senate leader Phil Berger and House Speaker Tim Moore said in a statement, "We can only wonder about the intent."',
      'Intro.\n\n"We can only wonder about the intent," state Senate leader Phil Berger and House Speaker Tim Moore said.',
    ]) {
      const [a] = extract({ text, lang: 'en' }).attributions;
      assert.deepEqual([a?.speaker?.name, a?.speaker?.members.map((m) => m.name)], ['Phil Berger and Tim Moore', ['Phil Berger', 'Tim Moore']], text);
    }
    // An object before "and" is no partner: "Clinton attacked Trump and Sanders said …".
    const [b] = extract({ text: 'Clinton attacked Trump and Sanders said, "This is not the way."', lang: 'en' }).attributions;
    assert.equal(b?.speaker?.name, 'Sanders');
  });

  test('a spaced hyphen is a dash: the name after it labels the quotation alone', () => {
    const text = 'Intro.\n\nTURNOUT IN IOWA DOESN’T RAISE EXPECTATIONS IN OTHER STATES - Michael P. McDonald: “At long last the contests have started.” [HuffPost.]';
    const found = extract({ text, lang: 'en' }).attributions.map((a) => [a.rule, a.speaker?.name]);
    assert.deepEqual(found, [['name-colon-quote', 'Michael P. McDonald']]);
  });

  test('"as X put it", "X cracked", and "Said X, who …, “…”" introduce a quotation', () => {
    assertFirst(
      [
        ['As Vulture put it, “Hello, it’s the Biebs.”', 'direct | Vulture | put it'],
        ['During their first debate, Hillary Clinton cracked, “I think the senator is a fine legislator.”', 'direct | Hillary Clinton | cracked'],
        ['Many came to mourn. Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”', 'direct | Dorothy Poynter | Said'],
      ],
      kindSpeakerCue,
    );
  });

  test('a quotation may follow a colon after a subject with a role, an addressee and a time, an addressee alone, or a sentence of only a speaker and a verb', () => {
    assertFirst(
      [
        ['Republican presidential nominee Donald Trump issued the following statement:\n\n“Our prayers are with all those affected.”', 'direct | Donald Trump | subject-colon-quote-colon-paragraph'],
        ['Senator Ray told his Democratic audience, to rowdy applause:\n\n“Our prayers are with all those affected.”', 'direct | Ray | speaker-cue-quote-colon-paragraph'],
        ['Smith, delivering the speech, asked the Cleveland crowd "If she cannot give us the truth, why should we give her the presidency?"', 'direct | Smith | speaker-cue-quote'],
        ['The party’s spokesman, Sam Lau, said in a statement. “There are no paper ballots to recount.”', 'direct | Sam Lau | speaker-cue-sentence-quote'],
        ['Mr. Trump, asked about the deaths of journalists, had said, “I think our country does plenty of killing also.”', 'direct | Trump | speaker-cue-quote'],
      ],
      (a) => [a?.kind, a?.speaker?.name, a?.rule].join(' | '),
    );
    // A sentence after a quotation's own attribution is no lead: "“A,” he said. “B.”" is one statement.
    const [one, ...rest] = extract({ text: '“We will stay,” Ray said. “We have work to do here.”', lang: 'en' }).attributions;
    assert.deepEqual([one?.content.length, rest.length], [2, 0]);
  });

  test('a quotation with an attribution of its own is not joined to the one before', () => {
    const text = 'Voters were split.\n\n“Some people feel Trump will bring revolution,” Ms. Ortiz said. “If he gets in, things will really explode,” she added.';
    const quotes = extract({ text, lang: 'en' }).attributions.map((a) => [a.cue?.text, a.content.length]);
    assert.deepEqual(quotes, [['said', 1], ['added', 1]]);
  });
});


describe('speaker phrases where word classes are unknown', () => {
  test('the word after an indefinite one is its noun ("kata seorang penyumbang", "salah satu penyumbang, Melvin")', () => {
    assertFirst(
      [
        ['“Kami ingin berkontribusi,” kata seorang penyumbang.', 'seorang penyumbang'],
        ['“Kami ingin berkontribusi,” kata salah satu penyumbang, Melvin Tenggara.', 'Melvin Tenggara'],
      ],
      (a) => a?.speaker?.name,
      'id',
    );
  });
});

describe('question words', () => {
  test('a question word opens no speaker phrase ("Bagaimana memastikan bahwa …" inside a quotation)', () => {
    const text = '“Bagaimana memastikan bahwa pengemudi ojek daring melakukan disinfektan kendaraan?” tanya Teguh.';
    assert.deepEqual(
      extract({ text, lang: 'id' }).attributions.map((a) => a.speaker?.name ?? null),
      ['Teguh'],
    );
  });
});

describe('Indonesian words that stand for a speaker or open no name', () => {
  test('"pihaknya" stands for the speaker named before, and so does the clitic after it', () => {
    const text = 'Kepala Dinas Kesehatan Budi Santoso mengatakan hal itu. Pihaknya menyatakan akan terus memantau. “Kami siap,” katanya.';
    assert.deepEqual(
      extract({ text, lang: 'id' }).attributions.map((a) => a.speaker?.name ?? null),
      ['Budi Santoso', 'Budi Santoso'],
    );
  });

  test('"Selain" opening a sentence is a preposition, not a speaker', () => {
    const text = 'Ketua HIMKI Abdul Sobur mendesak pemerintah. Selain memastikan tidak ada penyelundupan rotan, HIMKI mendorong ekspor.';
    assert.ok(extract({ text, lang: 'id' }).attributions.every((a) => a.speaker?.name !== 'Selain'));
  });
});

describe('introductions the press marks after a name', () => {
  test('an age in brackets introduces a person, so the clitic after the next quotation is theirs, not the official\'s named before', () => {
    const text = [
      'Wali Kota Manado Vicky Lumentut meminta masyarakat berdiam diri di rumah.',
      'Sementara itu, Trisno Aruan (27) merayakan malam tahun baru bersama keluarga. “Kami akan berenang, lalu nanti malam bakar-bakar ikan,” ujarnya.',
    ].join('\n\n');
    const quote = extract({ text, lang: 'id' }).attributions.find((a) => a.kind === 'direct');
    assert.deepEqual([quote?.speaker?.name, quote?.speaker?.standing], ['Trisno Aruan', 'private']);
  });

  test('so does one for a single name ("Yulianto ( 43 )"), but not a clause of a law ("Pasal 78 Ayat ( 2 )")', () => {
    const text = [
      '“KAI siap melayani pelanggan,” ujar Vice President Public Relations KAI Joni Martinus.',
      'Yulianto (43), karyawan swasta asal Palmerah, tidak tergiur. “Enggak, ya. Masih kayak gini kondisinya,” ungkapnya.',
      'Hal itu diatur dalam Pasal 78 Ayat (2). “Kami tetap di rumah,” katanya.',
    ].join('\n\n');
    const speakers = extract({ text, lang: 'id' }).attributions.filter((a) => a.kind === 'direct').map((a) => a.speaker?.name);
    assert.deepEqual(speakers, ['Joni Martinus', 'Yulianto', 'Yulianto']);
  });
});
