import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { defaultQuestions } from '../../src/survey/model.ts';
import { SurveyStore, sha256 } from '../../src/survey/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { baseRecord, withEdit } from '../score/fixtures.ts';
import { drivers, title } from '../store/drivers.ts';

/** Migrations 022–023: surveys, answers, one-time codes, and the stated 满意度 in the facts. */

for (const driver of drivers) {
  describeWhen(!driver.skip, `surveys, ${title(driver)}`, () => {
    let store: Store;
    let surveys: SurveyStore;
    let formId: string;
    const now = new Date('2026-12-02T08:00:00Z');
    const ends = new Date('2026-12-16T15:59:59Z');
    const answer = (deviceHash: string, ip: string, overall: number, extra: object = {}) => ({
      deviceHash,
      ipHash: sha256(ip),
      answers: { overall, ...extra },
      code: null,
      now,
      perAddressPerHour: 1,
    });

    beforeAll(async () => {
      store = await driver.open();
      surveys = new SurveyStore(store.sql);
      await store.upsertUser({ id: 'web:owner', channel: 'web' });
      const record = baseRecord();
      const form = await store.createForm({
        ownerId: 'web:owner',
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      });
      formId = form.formId;
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    const create = (extra: Partial<{ endsAt: Date }> = {}) =>
      surveys.create({
        formId,
        projectName: '社区文化活动经费',
        ownerId: 'web:owner',
        questions: defaultQuestions('社区文化活动经费'),
        endsAt: extra.endsAt ?? ends,
        targetSample: 50,
        now,
      });

    it('creates a survey found by its token, with its questions and an unguessable token', async () => {
      const s = await create();
      expect(s.token).toMatch(/^[A-Za-z0-9_-]{16}$/);
      const back = await surveys.byToken(s.token);
      expect(back?.id).toBe(s.id);
      expect(back?.questions.map((q) => q.type)).toEqual(['scale5', 'text']);
      expect(back?.endsAt.toISOString()).toBe(ends.toISOString());
      expect(back?.status).toBe('open');
      expect((await surveys.openOf('web:owner')).map((x) => x.id)).toContain(s.id);
    });

    it('counts a device once and an address once per hour; questions are fixed after the first answer', async () => {
      const s = await create();
      expect(await surveys.setQuestions(s.id, [{ id: 'overall', type: 'scale5', text: '满意吗？' }])).toBe(
        true,
      );
      expect(await surveys.submit({ surveyId: s.id, ...answer('d1', '10.0.0.1', 5) })).toBe('ok');
      expect(await surveys.submit({ surveyId: s.id, ...answer('d1', '10.0.0.2', 1) })).toBe('duplicate');
      expect(await surveys.submit({ surveyId: s.id, ...answer('d2', '10.0.0.1', 4) })).toBe('ipLimit');
      // An hour later the address may answer again (another device).
      const later = { ...answer('d2', '10.0.0.1', 4), now: new Date(now.getTime() + 3_600_001) };
      expect(await surveys.submit({ surveyId: s.id, ...later })).toBe('ok');
      expect(await surveys.count(s.id)).toBe(2);
      expect(await surveys.setQuestions(s.id, defaultQuestions(null))).toBe(false);
      expect((await surveys.get(s.id))?.questions[0]?.text).toBe('满意吗？');
    });

    it('50 concurrent respondents are each counted once; one device sending 10 at once is counted once', async () => {
      const s = await create();
      const many = Array.from({ length: 50 }, (_, i) =>
        surveys.submit({ surveyId: s.id, ...answer(`dev-${i}`, `10.1.0.${i}`, 1 + (i % 5)) }),
      );
      const same = Array.from({ length: 10 }, (_, i) =>
        surveys.submit({ surveyId: s.id, ...answer('same-device', `10.2.0.${i}`, 5) }),
      );
      const outcomes = await Promise.all([...many, ...same]);
      expect(outcomes.slice(0, 50).every((o) => o === 'ok')).toBe(true);
      expect(outcomes.slice(50).filter((o) => o === 'ok')).toHaveLength(1);
      expect(await surveys.count(s.id)).toBe(51);
    });

    it('with one-time codes only a holder answers, each code once, whatever the address', async () => {
      const s = await create();
      const codes = await surveys.addCodes(s.id, 3);
      expect(new Set(codes).size).toBe(3);
      const withCode = (device: string, code: string | null) => ({
        surveyId: s.id,
        ...answer(device, '10.3.0.1', 5),
        code,
      });
      expect(await surveys.submit(withCode('c1', null))).toBe('badCode');
      expect(await surveys.submit(withCode('c1', 'NOPE00'))).toBe('badCode');
      expect(await surveys.submit(withCode('c1', codes[0] ?? ''))).toBe('ok');
      expect(await surveys.submit(withCode('c2', codes[0] ?? ''))).toBe('badCode');
      // Same address, another code: a closed group behind one office address is not limited per hour.
      expect(await surveys.submit(withCode('c2', (codes[1] ?? '').toLowerCase()))).toBe('ok');
      expect(await surveys.count(s.id)).toBe(2);
      const { rows } = await store.sql.query('SELECT code_hash FROM survey_codes WHERE survey_id = $1', [
        s.id,
      ]);
      expect(JSON.stringify(rows)).not.toContain(codes[2]);
    });

    it('closes once; a closed or ended survey takes no answer', async () => {
      const s = await create();
      expect(await surveys.close(s.id, now)).toBe(true);
      expect(await surveys.close(s.id, now)).toBe(false);
      expect(await surveys.submit({ surveyId: s.id, ...answer('x', '10.4.0.1', 5) })).toBe('closed');
      const ended = await create({ endsAt: new Date(now.getTime() - 1000) });
      expect(await surveys.submit({ surveyId: ended.id, ...answer('x', '10.4.0.1', 5) })).toBe('closed');
      expect((await surveys.due(now)).map((x) => x.id)).toContain(ended.id);
    });

    it('the facts hold the 满意度 a form states (migration 023)', async () => {
      const rate = async (actual: string) => {
        const record = withEdit((r) => {
          const row = r.indicators[6];
          if (row) row.actual = actual;
        });
        const f = await store.createForm({
          ownerId: 'web:owner',
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader',
        });
        const { rows } = await store.sql.query<{ satisfaction_rate: number | null }>(
          'SELECT satisfaction_rate FROM form_facts WHERE form_id = $1',
          [f.formId],
        );
        return rows[0]?.satisfaction_rate;
      };
      expect(await rate('87.5%（有效问卷48份）')).toBe(87.5);
      expect(await rate('95％')).toBe(95);
      expect(await rate('未做')).toBeNull();
    });
  });
}
