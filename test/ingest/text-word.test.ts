import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readWordText, tokenizeWordText, wordTextRows } from '../../src/ingest/text-word.ts';
import { agreementPercent, compareRecordLists, formatDisagreements } from '../helpers/compare-records.ts';
import { fixturePath, fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';

const T = '\t';

describe('word-text tokenizer', () => {
  it('starts cells at TAB lines, continues them on untabbed lines, ends rows at blank lines', () => {
    const text = [
      `${T}项目名称`,
      `${T}统计所`,
      '经费',
      '',
      `${T}执行率`,
      `${T}100%`,
      '',
      '%',
      '',
      `${T}[bookmark: _GoBack]下一行`,
    ].join('\n');
    const fragments = tokenizeWordText(text);
    expect(fragments.map((f) => f.cells.map((c) => [c.text, c.ref]))).toEqual([
      [
        ['项目名称', 'L1'],
        ['统计所\n经费', 'L2-L3'],
      ],
      [
        ['执行率', 'L5'],
        ['100%\n\n%', 'L6-L8'],
      ],
      [['下一行', 'L10']],
    ]);
  });

  it('keeps paragraphs outside the table apart from the cells', () => {
    const text = ['附件5：', `${T}总分`, `${T}100`, '', '', '', '填表人：张三      联系电话：123'].join('\n');
    const fragments = tokenizeWordText(text);
    expect(fragments.map((f) => [f.free, f.cells.map((c) => c.text)])).toEqual([
      [true, ['附件5：']],
      [false, ['总分', '100']],
      [true, ['填表人：张三      联系电话：123']],
    ]);
  });

  it('merges rows split by an empty paragraph when the counts add up to the header width', () => {
    const header = [
      '绩\n效\n指\n标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度\n指标值',
      '实际\n完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ];
    const text = [
      `${T}绩`,
      '效',
      '指',
      '标',
      '',
      ...header.slice(1).map((h) => `${T}${h}`),
      '',
      `${T}`,
      `${T}效益指标`,
      `${T}社会效益指标`,
      `${T}夯实统计数据质量`,
      '',
      ...['优良中差', '优', '20', '20', ''].map((v) => `${T}${v}`),
      '',
      ...['', '', '', '……', '', '', '', '', ''].map((v) => `${T}${v}`),
    ].join('\n');
    const rows = wordTextRows(text);
    expect(rows.map((r) => r.length)).toEqual([9, 9, 9]);
    expect(rows[1]?.map((c) => c.text)).toEqual([
      '',
      '效益指标',
      '社会效益指标',
      '夯实统计数据质量',
      '优良中差',
      '优',
      '20',
      '20',
      '',
    ]);
  });
});

// The four word-text files are kept whole in test/fixtures/corpus: this is the corpus-wide check.
describe('word-text corpus', () => {
  const files = fixtureTextFiles().filter((f) => /^00[0124]_/.test(f));

  it('reads every word-text file with the reference form count and ≥ 99.5 % field agreement', () => {
    expect(files).toHaveLength(4);
    let agree = 0;
    let total = 0;
    const report: string[] = [];
    for (const file of files) {
      const forms = readWordText(readFileSync(fixturePath('text', file), 'utf8'), file);
      const reference = fixtureRecords(file);
      expect(forms.length, file).toBe(reference.length);
      const agreement = compareRecordLists(
        forms.map((f) => f.record),
        reference,
      );
      agree += agreement.agree;
      total += agreement.total;
      report.push(`${file}: ${forms.length} forms, ${formatDisagreements(agreement, 20)}`);
      for (const form of forms) {
        expect(form.record.format).toBe('word-text');
        expect(form.provenance.projectName?.method).toBe('rule');
        expect(form.sourceText).toMatch(/^L\d+/);
      }
    }
    const crlf = readWordText(
      readFileSync(fixturePath('text', files[1] ?? ''), 'utf8').replaceAll('\n', '\r\n'),
    );
    expect(
      compareRecordLists(
        crlf.map((f) => f.record),
        fixtureRecords(files[1] ?? ''),
      ).disagreements,
    ).toEqual([]);
    const percent = agreementPercent({ agree, total, disagreements: [] });
    expect(percent, `word-text agreement ${percent} %\n${report.join('\n')}`).toBeGreaterThanOrEqual(99.5);
  });
});
