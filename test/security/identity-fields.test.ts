/**
 * Items 12 and 13 of issue 13, on PGlite and PostgreSQL: a runaway project or department name no longer overflows a
 * btree index (the whole multi-form upload was lost), and invisible or full-width characters in 主管部门 no longer
 * hide a form from its department.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';
import { sampleCheck, sampleRecord } from '../store/fixtures.ts';

for (const driver of drivers) {
  describeWhen(!driver.skip, `identity fields, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
    }, 180_000);
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(`security-12: a 600-character name keeps every form of the upload`, async () => {
      await store.upsertUser({ id: 'web:u1', channel: 'web' });
      const huge = '超长项目名称'.repeat(100);
      const records = [
        sampleRecord(),
        sampleRecord({ projectName: huge, department: `${huge}局` }),
        sampleRecord({ projectName: '第三个' }),
      ];
      const forms = await store.createForms(
        records.map((record, formIndex) => ({
          ownerId: 'web:u1',
          formIndex,
          record,
          provenance: {},
          check: sampleCheck(),
          source: 'reader' as const,
        })),
      );
      expect(forms).toHaveLength(3);
      expect((await store.listForms({ ownerId: 'web:u1' })).length).toBe(3);
      // The record keeps the whole name; every portfolio row exists.
      expect((await store.getForm(forms[1]!.formId))?.record.projectName).toBe(huge);
      const { rows } = await store.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM form_facts WHERE owner_id = 'web:u1'",
      );
      expect(rows[0]?.n).toBe(3);
      // A correction to the long form saves too.
      const saved = await store.saveVersion({
        formId: forms[1]!.formId,
        baseVersion: 1,
        record: { ...forms[1]!.record, owner: '张三' },
        provenance: {},
        check: sampleCheck(),
        changes: [{ path: 'owner', oldValue: null, newValue: '张三' }],
        source: 'user',
      });
      expect(saved.version).toBe(2);
    }, 120_000);

    it(`security-13: NBSP, zero-width and full-width characters do not hide a form`, async () => {
      await store.upsertUser({ id: 'web:u2', channel: 'web' });
      await store.setUserDepartment('web:u2', '北京市通州区\u200b财政局\u3000');
      expect((await store.getUser('web:u2'))?.department).toBe('北京市通州区财政局');
      const [form] = await store.createForms([
        {
          ownerId: 'web:u2',
          record: sampleRecord({
            department: '北京市\u00a0通州区\u200b财政局',
            implementingUnit: '通州区\ufeff财政局',
            projectName: '社区养老服务项目（２０２３）',
          }),
          provenance: {},
          check: sampleCheck(),
          source: 'reader',
        },
      ]);
      expect(form?.department).toBe('北京市 通州区财政局');
      // The form counts for the department its uploader is bound to, whatever invisible characters its cell held.
      const { rows } = await store.sql.query<{
        dept_key: string;
        implementing_unit: string;
        project_key: string;
      }>("SELECT dept_key, implementing_unit, project_key FROM form_facts WHERE owner_id = 'web:u2'");
      expect(rows[0]).toEqual({
        dept_key: '北京市通州区财政局',
        implementing_unit: '通州区财政局',
        project_key: '社区养老服务项目（2023）',
      });
    }, 120_000);
  });
}
