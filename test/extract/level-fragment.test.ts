/**
 * A 一级 label left alone by a blank line inside the first row of its group (word-text 004: `\t`, `\t产出指标`, a blank
 * line, `\t数量指标` and the row's cells) still heads the rows after it (map-rows.ts readIndicators): every row of the
 * word-text forms carries the 一级 and 二级 labels of the reference records. Stop 34: 004's 产出 rows had none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../src/ingest/text.ts';
import { fixturePath, fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';

type Levels = { level1: string; level2: string; placeholder?: boolean };
const key = (s: string) => s.replace(/\s+/gu, '');

describe('一级 labels of word-text rows', () => {
  const files = fixtureTextFiles().filter((f) => !f.startsWith('003'));
  it.each(files.map((f) => [f, f]))('%s: as the reference reads them', (_name, file) => {
    const forms = readTextForms(readFileSync(fixturePath('text', file), 'utf8'), file).forms;
    const records = fixtureRecords(file) as Array<{ indicators: Levels[] }>;
    const levels = (rows: Levels[]) => rows.map((i) => `${key(i.level1)}/${key(i.level2)}`);
    expect(forms.map((f) => levels(f.record.indicators))).toEqual(records.map((r) => levels(r.indicators)));
  });
});
