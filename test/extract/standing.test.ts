import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describedAs } from '../../src/extract/08-standing.ts';
import { lexiconFor } from '../../src/extract/lexicon.ts';
import { extract } from '../../src/extract/pipeline.ts';
import type { Lang, Standing } from '../../src/extract/types.ts';

/** The standing of each speaker of the text, by name, in reading order. */
function standings(text: string, lang: Lang): Record<string, Standing | null> {
  return Object.fromEntries(extract({ text, lang }).attributions.flatMap((a) => (a.speaker ? [[a.speaker.name, a.speaker.standing]] : [])));
}

describe('08 standing: public figure or private person, as the article describes the speaker', () => {
  test('Indonesian: an office makes a public figure; a resident, a driver or an age in brackets a private person', () => {
    const text = [
      'Wali Kota Bogor Bima Arya mengatakan, zona merah sudah lewat. Armanunsah (50), warga Temon, membuka warung sejak 2019.',
      '“Kota Bogor sudah tidak zona merah lagi,” kata Bima.',
      '“Pendapatan kami sekarang kira-kira 50 persen,” kata Armanunsah.',
      '“Biasanya tiap hari Minggu tidak ada petugas,” ujar Mato, salah satu sopir angkutan.',
      'Sopir angkot M06, Rachmat Adin, mengupayakan kendaraannya tetap jalan. “Penumpang sepi,” kata Rachmat.',
      '“Tidak ada yang berubah,” kata Sutrisno.',
    ].join('\n\n');
    assert.deepEqual(standings(text, 'id'), {
      'Bima Arya': 'public',
      Armanunsah: 'private',
      Mato: 'private',
      'Rachmat Adin': 'private',
      Sutrisno: null,
    });
  });

  test('Indonesian: an office wins over a private description of the same person', () => {
    const text = 'Asep, warga Desa Mernek yang juga Ketua Karang Taruna, menyambut para pemudik. “Kami siapkan tempat isolasi,” kata Asep.';
    assert.equal(standings(text, 'id')['Asep'], 'public');
  });

  test('Indonesian: a pseudonym the press gives marks a private person; so does a description standing for the name', () => {
    const text = [
      'Arya (bukan nama sebenarnya) mengeluarkan plastik kecil. “Saya tidak tahu isinya,” kata Arya.',
      '“Sebagian belum keluar dari sarang,” kata salah satu warga.',
    ].join('\n\n');
    assert.deepEqual(standings(text, 'id'), { Arya: 'private', 'salah satu warga': 'private' });
  });

  test('English: a title or office makes a public figure; an age after the name or a resident a private person', () => {
    const text = [
      '“We will win,” said Sen. Bernie Sanders.',
      '“I have not decided,” said Jane Doe, 54, a retired nurse from Ohio.',
      '“The lines were long,” a local resident said.',
      '“It is a fair deal,” said Mark Hill.',
    ].join('\n\n');
    assert.deepEqual(standings(text, 'en'), { 'Bernie Sanders': 'public', 'Jane Doe': 'private', 'local resident': 'private', 'Mark Hill': null });
  });

  test('English: a party and state after the name marks a legislator; a longer name is someone else', () => {
    const text = [
      'Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) endorsed Trump on Wednesday.',
      'His father, Duncan Hunter Sr., once represented the district.',
      '“He is the best,” Hunter said.',
    ].join('\n\n');
    assert.deepEqual(standings(text, 'en'), { 'Duncan Hunter': 'public' });
  });

  test('organisations have no standing, but initials with an age are an anonymised private person', () => {
    assert.equal(extract({ text: '“The plant will close,” the company said in a statement.', lang: 'en' }).attributions[0]?.speaker?.standing ?? null, null);
    const text = 'Pelacakan kontak lambat dialami oleh PT (28), warga Kota Tangerang Selatan. “Mereka berjanji akan melakukannya Sabtu,” ujar PT.';
    assert.deepEqual(standings(text, 'id'), { PT: 'private' });
  });

  test('a description is read by its head: an office at its head, or a private descriptor among its first words', () => {
    const words = (phrase: string) => phrase.toLowerCase().split(/\s+/);
    const id = lexiconFor('id');
    const en = lexiconFor('en');
    assert.equal(describedAs(words('Ketua Umum Ikatan Pedagang Pasar'), id), 'public');
    assert.equal(describedAs(words('pedagang daging kambing di Pasar Kramat'), id), 'private');
    // Indonesian puts adjectives after the noun: a descriptor further in is not the head.
    assert.equal(describedAs(words('Pemerhati kesehatan masyarakat'), id), null);
    assert.equal(describedAs(words('a retired nurse'), en), 'private');
    assert.equal(describedAs(words('a spokesman for the campaign'), en), 'public');
    assert.equal(describedAs(words('the'), en), null);
  });
});
