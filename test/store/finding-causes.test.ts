import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { ind, withEdit } from '../score/fixtures.ts';
import { drivers, title } from './drivers.ts';

/** Migration 016: the facts' codes keep every cause of a combined finding, so a portfolio question still finds it. */

for (const driver of drivers) {
  describeWhen(!driver.skip, `finding causes in the facts, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it('a score above its weight and outside its band: both codes are in form_facts.codes', async () => {
      const record = withEdit((x) => {
        x.indicators[5] = ind('效益指标', '可持续影响指标', '长效机制', '长期发挥作用', '未完成', 15, 16);
      });
      const check = checkRecord(record);
      const combined = check.findings.find((f) => f.path === 'indicators[5].score');
      expect(combined?.code).toBe('SCORE_ABOVE_WEIGHT');
      expect(combined?.causes).toContain('QUAL_SCORE_OUT_OF_BAND');
      await store.upsertUser({ id: 'web:causes', channel: 'web' });
      await store.setUserDepartment('web:causes', record.department);
      const form = await store.createForm({
        ownerId: 'web:causes',
        record,
        provenance: {},
        check,
        source: 'reader',
      });
      const { rows } = await store.sql.query<{ codes: string[] }>(
        'SELECT codes FROM form_facts WHERE form_id = $1',
        [form.formId],
      );
      expect(rows[0]?.codes).toEqual(
        expect.arrayContaining(['SCORE_ABOVE_WEIGHT', 'QUAL_SCORE_OUT_OF_BAND']),
      );
    });
  });
}
