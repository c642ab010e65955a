import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../../src/query/execute.ts';
import { VocabularyCache } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { SqlExecutor } from '../../src/store/sql.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const admin: Viewer = { userId: 'vocab-admin', department: null, isAdmin: true };

function form(projectName: string, totalScore: number): FormRecord {
  const r = emptyRecord();
  r.year = 2031;
  r.department = '丁街道办事处';
  r.projectName = projectName;
  r.totalScore = totalScore;
  return r;
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `the vocabulary is rebuilt only when names change, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
      await store.upsertUser({ id: admin.userId, channel: 'web' });
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    const create = (record: FormRecord) =>
      store.createForm({
        ownerId: admin.userId,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      });

    it('keeps the same vocabulary (and the name indexes built on it) across writes that change no name', async () => {
      const first = await create(form('甲项目', 90));
      const cache = new VocabularyCache(store.sql);
      const before = await cache.forViewer(admin);
      expect(before.projectName).toEqual(['甲项目']);

      // A score corrected: the facts stamp moves, the names stay.
      const corrected = structuredClone(first.record);
      corrected.totalScore = 95;
      await store.saveVersion({
        formId: first.formId,
        baseVersion: first.version,
        record: corrected,
        provenance: {},
        check: checkRecord(corrected),
        changes: [],
        source: 'user',
      });
      expect(await cache.forViewer(admin)).toBe(before);
      // A forced reload (a name not found) with the same names keeps it too.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(await cache.forViewer(admin, { fresh: true })).toBe(before);

      // A new project is a new name: a new vocabulary holding it.
      await create(form('乙项目', 80));
      const after = await cache.forViewer(admin);
      expect(after).not.toBe(before);
      expect([...after.projectName].sort()).toEqual(['乙项目', '甲项目']);
    });

    it('questions arriving together share one reload', async () => {
      const cache = new VocabularyCache(store.sql);
      const seen: string[] = [];
      const counting: SqlExecutor = {
        query: <T>(text: string, params?: unknown[]) => {
          seen.push(text);
          return store.sql.query<T>(text, params);
        },
        exec: (text) => store.sql.exec(text),
      };
      const watched = new VocabularyCache(counting);
      const all = await Promise.all([1, 2, 3, 4].map(() => watched.forViewer(admin)));
      expect(new Set(all).size).toBe(1);
      expect(seen.filter((q) => q.includes('SELECT DISTINCT')).length).toBe(1);
      expect((await cache.forViewer(admin)).projectName.length).toBe(2);
    });
  });
}
