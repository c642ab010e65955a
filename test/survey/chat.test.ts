import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportXlsx } from '../../src/export/xlsx.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { openStore } from '../../src/store/open.ts';
import { SurveyStore, sha256 } from '../../src/survey/store.ts';
import { cleanEnv, jsonLines, runChat } from '../helpers/jixiao-chat.ts';
import { baseRecord } from '../score/fixtures.ts';

/** Issue 15 through the terminal channel: create, progress, edit, close, result written — `jixiao chat --json`. */

const LONG = 120_000;
const NAME = '社区文化活动经费';

describe('satisfaction survey through jixiao chat --json', () => {
  let dir: string;
  let data: string;
  const chat = async (lines: string[]) => {
    const run = await runChat(['--json', '--data-dir', data, '--user', 'alice'], `${lines.join('\n')}\n`, {
      cwd: dir,
      env: cleanEnv({ JIXIAO_SURVEY_PUBLIC_URL: 'https://survey.example.gov.cn' }),
    });
    expect(run.code, run.stderr).toBe(0);
    const out = jsonLines(run.stdout);
    return { replies: out.slice(0, -1), forms: (out.at(-1) as { forms: { record: FormRecord }[] }).forms };
  };
  const said = (replies: Record<string, unknown>[], input: number) =>
    replies
      .filter((r) => r.input === input)
      .map((r) => [r.title, r.text, ...((r.items as string[] | undefined) ?? [])].join('\n'))
      .join('\n');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-survey-chat-'));
    data = join(dir, 'data');
    // The 满意度 row left blank: the form lacks a survey result.
    const record = baseRecord();
    const row = record.indicators[6] as FormRecord['indicators'][number];
    row.actual = '';
    row.score = null;
    row.scoreRaw = '';
    writeFileSync(join(dir, 'form.xlsx'), await exportXlsx([{ record }]));
  }, LONG);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'creates the survey with link, QR code, end and target; edits a question; shows progress; closes and fills the row',
    async () => {
      const first = await chat([
        `/upload ${join(dir, 'form.xlsx')}`,
        `给「${NAME}」发起满意度调查`,
        '修改调查问题 1 您对社区文化活动总体满意吗？',
      ]);
      const breakdown = first.replies.find((r) => r.input === 1 && r.title === NAME);
      expect(breakdown?.buttons).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ label: '发起满意度调查', action: 'survey.start' }),
        ]),
      );
      const created = first.replies.find((r) => r.input === 2) as Record<string, unknown>;
      const link = /https:\/\/survey\.example\.gov\.cn\/s\/([A-Za-z0-9_-]{16})/.exec(String(created.text));
      expect(link, String(created.text)).not.toBeNull();
      expect(created.text).toMatch(/已回收 0 份，目标 50 份，\d{4}-\d{2}-\d{2} 结束/);
      expect(created.attachment).toMatchObject({ mime: 'image/png' });
      expect(said(first.replies, 3)).toContain('第1题：您对社区文化活动总体满意吗？');

      // Answers arrive (here straight into the store, as the public page would put them): 3 satisfied of 4 valid.
      const store = await openStore({ dataDir: data });
      const surveys = new SurveyStore(store.sql);
      const survey = await surveys.byToken(link?.[1] ?? '');
      expect(survey?.questions[0]?.text).toBe('您对社区文化活动总体满意吗？');
      const ratings = [5, 4, 4, 2];
      for (const [i, overall] of ratings.entries()) {
        const outcome = await surveys.submit({
          surveyId: survey?.id ?? '',
          deviceHash: sha256(`device-${i}`),
          ipHash: sha256(`10.0.0.${i}`),
          answers: { overall, comment: i === 3 ? '活动时间太晚' : '' },
          code: null,
          now: new Date(),
          perAddressPerHour: 1,
        });
        expect(outcome).toBe('ok');
      }
      // An answer without a rating is counted as returned, not as valid.
      await surveys.submit({
        surveyId: survey?.id ?? '',
        deviceHash: sha256('device-x'),
        ipHash: sha256('10.0.0.9'),
        answers: { comment: '没选' },
        code: null,
        now: new Date(),
        perAddressPerHour: 1,
      });
      await store.close();

      const second = await chat(['调查进度', '结束满意度调查', '导出']);
      expect(said(second.replies, 1)).toContain('已回收 5 份，目标 50 份');
      const closed = said(second.replies, 2);
      expect(closed).toContain('回收 5 份，有效 4 份，满意 3 人，满意度 75%');
      expect(closed).toContain('实际完成值「75%（有效问卷4份）」');
      const form = second.forms[0]?.record;
      const row = form?.indicators[6];
      expect(row?.actual).toBe('75%（有效问卷4份）');
      // ≥90% target, 75% reached: 10 × 75 / 90 = 8.33.
      expect(row?.score).toBeCloseTo(8.33, 2);

      // --json gives an attachment's metadata; the workbook's evidence sheet is read in the browser test.
      const exported = second.replies.find((r) => r.input === 3 && r.attachment);
      expect(exported?.attachment).toMatchObject({ name: `${NAME}-检查结果.xlsx` });
    },
    LONG,
  );
});
