import { afterAll, beforeAll, expect, it } from 'vitest';
import { VersionConflict } from '../../src/store/errors.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openStore } from '../../src/store/open.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from './drivers.ts';
import { ownerMissing, sampleCheck, sampleRecord } from './fixtures.ts';

for (const driver of drivers) {
  describeWhen(!driver.skip, title(driver), () => {
    // One store per driver keeps the file fast; tests use their own ids.
    let shared: Store;
    beforeAll(async () => {
      shared = await driver.open();
    });
    afterAll(async () => {
      await shared?.close();
      await driver.cleanup();
    });
    const withStore = (fn: (store: Store) => Promise<void>) => () => fn(shared);

    it('applies migrations once, even when two processes open at the same time', async () => {
      const options = await driver.fresh();
      if (driver.name === 'pglite') {
        const store = await openStore(options);
        expect(await migrate(store.sql)).toEqual([]);
        await store.close();
        return;
      }
      const [a, b] = await Promise.all([openStore(options), openStore(options)]);
      const { rows } = await a.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
      expect(await migrate(b.sql)).toEqual([]);
      await Promise.all([a.close(), b.close()]);
    });

    it(
      'stores uploads with their hash and dedupes the same bytes per user',
      withStore(async (store) => {
        await store.upsertUser({ id: 'web:u1', channel: 'web', name: '张三' });
        await store.upsertUser({ id: 'web:u2', channel: 'web' });
        const bytes = new TextEncoder().encode('项目名称\t测试');
        const first = await store.saveUpload({ userId: 'web:u1', name: 'a.txt', bytes });
        expect(first.duplicate).toBe(false);
        expect(first.upload.sha256).toMatch(/^[0-9a-f]{64}$/);
        expect(first.upload.status).toBe('received');
        const again = await store.saveUpload({ userId: 'web:u1', name: 'a-copy.txt', bytes });
        expect(again).toMatchObject({ duplicate: true, upload: { id: first.upload.id, name: 'a.txt' } });
        const other = await store.saveUpload({ userId: 'web:u2', name: 'a.txt', bytes });
        expect(other.duplicate).toBe(false);
        expect(await store.getUploadBytes(first.upload.id)).toEqual(bytes);
        await store.setUploadStatus(first.upload.id, 'failed', '文件是空的');
        expect(await store.getUpload(first.upload.id)).toMatchObject({
          status: 'failed',
          error: '文件是空的',
        });
      }),
    );

    it(
      'round-trips arbitrary binary bytes and finds forms by upload',
      withStore(async (store) => {
        await store.upsertUser({ id: 'web:bin', channel: 'web' });
        const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);
        const { upload } = await store.saveUpload({
          userId: 'web:bin',
          name: 'x.docx',
          mime: 'application/zip',
          bytes,
        });
        expect(await store.getUploadBytes(upload.id)).toEqual(bytes);
        const form = await store.createForm({
          ownerId: 'web:bin',
          uploadId: upload.id,
          formIndex: 3,
          record: sampleRecord({ department: '另一个部门' }),
          provenance: {},
          check: sampleCheck(),
          source: 'llm',
        });
        expect(form).toMatchObject({ uploadId: upload.id, formIndex: 3, source: 'llm' });
        expect((await store.listForms({ uploadId: upload.id })).map((f) => f.id)).toEqual([form.formId]);
      }),
    );

    it(
      'creates all forms of an upload at once and returns what a later read gives',
      withStore(async (store) => {
        await store.upsertUser({ id: 'web:batch', channel: 'web' });
        const findings = (i: number) => [
          ownerMissing,
          {
            code: 'INDICATOR_SCORE_DIFFERS',
            severity: 'warning',
            path: `indicators[${i}].score`,
            message: '得分与计算不符。',
            stated: 9.5,
            expected: 10,
            detail: '按完成值计算',
          } as const,
        ];
        const created = await store.createForms(
          [0, 1, 2].map((i) => ({
            ownerId: 'web:batch',
            formIndex: i,
            record: sampleRecord({ projectName: `项目${i}`, department: '批量测试部门', year: 2020 + i }),
            provenance: { projectName: { ref: `R${i}C2`, method: 'rule' } },
            check: sampleCheck(findings(i)),
            source: 'reader',
          })),
        );
        expect(created.map((f) => [f.formIndex, f.projectName, f.year])).toEqual([
          [0, '项目0', 2020],
          [1, '项目1', 2021],
          [2, '项目2', 2022],
        ]);
        for (const [i, form] of created.entries()) {
          expect(await store.getForm(form.formId)).toEqual(form);
          expect(await store.getFindings(form.formId)).toEqual(findings(i));
        }
        expect(await store.createForms([])).toEqual([]);

        const [first] = created;
        const next = await store.saveVersion({
          formId: first!.formId,
          baseVersion: 1,
          record: sampleRecord({
            projectName: '项目0',
            department: '批量测试部门',
            owner: '王五',
            phone: '010-1',
          }),
          provenance: {},
          check: sampleCheck([ownerMissing]),
          changes: [
            { path: 'owner', oldValue: null, newValue: '王五' },
            { path: 'phone', oldValue: '', newValue: '010-1' },
          ],
          source: 'user',
          byUser: 'web:batch',
        });
        expect(await store.getForm(first!.formId)).toEqual(next);
        expect((await store.getChanges(first!.formId)).map((c) => [c.path, c.oldValue, c.newValue])).toEqual([
          ['owner', null, '王五'],
          ['phone', '', '010-1'],
        ]);
        expect(await store.getFindings(first!.formId)).toEqual([ownerMissing]);
      }),
    );

    it(
      'keeps every record version, who changed which field, and the latest findings',
      withStore(async (store) => {
        await store.upsertUser({ id: 'lark:ou_1', channel: 'lark', name: '李四' });
        const v1 = await store.createForm({
          ownerId: 'lark:ou_1',
          record: sampleRecord({ owner: '' }),
          provenance: { owner: { ref: 'R3C2', method: 'rule' } },
          check: sampleCheck([ownerMissing], [{ path: 'owner', label: '项目负责人', group: 1 }]),
          source: 'reader',
        });
        expect(v1).toMatchObject({
          version: 1,
          projectName: '社区养老服务项目',
          year: 2023,
          source: 'reader',
        });
        expect(await store.getFindings(v1.formId)).toEqual([ownerMissing]);

        const v2 = await store.saveVersion({
          formId: v1.formId,
          baseVersion: 1,
          record: sampleRecord({ owner: '王五' }),
          provenance: { owner: { ref: 'chat', method: 'user', quote: '王五' } },
          check: sampleCheck(),
          changes: [{ path: 'owner', oldValue: '', newValue: '王五' }],
          source: 'user',
          byUser: 'lark:ou_1',
        });
        expect(v2.version).toBe(2);
        expect(v2.record.owner).toBe('王五');
        expect(await store.getFindings(v1.formId)).toEqual([]);
        expect((await store.getVersions(v1.formId)).map((v) => v.record.owner)).toEqual(['', '王五']);
        expect(await store.getChanges(v1.formId)).toMatchObject([
          { version: 2, path: 'owner', oldValue: '', newValue: '王五', source: 'user', byUser: 'lark:ou_1' },
        ]);

        const stale = store.saveVersion({
          formId: v1.formId,
          baseVersion: 1,
          record: sampleRecord(),
          provenance: {},
          check: sampleCheck(),
          changes: [],
          source: 'user',
        });
        await expect(stale).rejects.toBeInstanceOf(VersionConflict);

        const list = await store.listForms({ ownerId: 'lark:ou_1' });
        expect(list).toMatchObject([
          { id: v1.formId, version: 2, grade: '优', totalComputed: 95, missingCount: 0 },
        ]);
        expect(await store.listForms({ department: '通州区民政局', year: 2023 })).toHaveLength(1);
        expect(await store.listForms({ department: '别的部门' })).toEqual([]);
      }),
    );

    it(
      'saves dialogue state with revisions so two writers cannot overwrite each other',
      withStore(async (store) => {
        expect(await store.getConversation('web:c1')).toBeNull();
        const c1 = await store.saveConversation('web:c1', { step: 'asking', group: 1 }, 0);
        expect(c1.revision).toBe(1);
        await expect(store.saveConversation('web:c1', { step: 'x' }, 0)).rejects.toBeInstanceOf(
          VersionConflict,
        );
        const c2 = await store.saveConversation('web:c1', { step: 'asking', group: 2 }, 1);
        expect(c2.revision).toBe(2);
        await expect(store.saveConversation('web:c1', { step: 'y' }, 1)).rejects.toBeInstanceOf(
          VersionConflict,
        );
        expect(await store.getConversation('web:c1')).toMatchObject({
          state: { step: 'asking', group: 2 },
          revision: 2,
        });
        await store.deleteConversation('web:c1');
        expect(await store.getConversation('web:c1')).toBeNull();
      }),
    );

    it(
      'lets exactly one of many concurrent claims of an event id win, and purges old ids',
      withStore(async (store) => {
        const t0 = new Date('2026-01-01T00:00:00Z');
        const wins = await Promise.all(Array.from({ length: 8 }, () => store.claimEvent('lark:ev_1', t0)));
        expect(wins.filter(Boolean)).toHaveLength(1);
        expect(await store.claimEvent('lark:ev_2', new Date('2026-01-01T13:00:00Z'))).toBe(true);
        expect(await store.purgeEvents(new Date('2026-01-01T12:00:00Z'))).toBe(1);
        expect(await store.claimEvent('lark:ev_1')).toBe(true);
        expect(await store.claimEvent('lark:ev_2')).toBe(false);
      }),
    );

    it(
      'has the deadlines and reminders tables for the reminder worker',
      withStore(async (store) => {
        await store.sql.query(
          `INSERT INTO deadlines (id, year, department, kind, due_at) VALUES ('d1', 2026, NULL, 'self-eval', now())`,
        );
        await store.sql.query(
          `INSERT INTO reminders (id, deadline_id, year, kind, due_at, recipient)
           VALUES ('r1', 'd1', 2026, 'self-eval', now(), $1::jsonb)`,
          [JSON.stringify({ channel: 'lark', kind: 'user', id: 'ou_1' })],
        );
        const { rows } = await store.sql.query<{ status: string; attempts: number }>(
          'SELECT status, attempts FROM reminders',
        );
        expect(rows).toEqual([{ status: 'pending', attempts: 0 }]);
      }),
    );

    it(
      'rolls a failed transaction back',
      withStore(async (store) => {
        await expect(
          store.sql.transaction(async (tx) => {
            await tx.query(`INSERT INTO users (id, channel) VALUES ('web:tx', 'web')`);
            throw new Error('boom');
          }),
        ).rejects.toThrow('boom');
        expect(await store.getUser('web:tx')).toBeNull();
      }),
    );
  });
}
