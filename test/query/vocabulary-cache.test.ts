import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../../src/query/execute.ts';
import { resolveTerm } from '../../src/query/names.ts';
import { nameIndex } from '../../src/query/parse.ts';
import { type Vocabulary, VocabularyCache } from '../../src/query/vocabulary.ts';
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

    const create = (record: FormRecord, ownerId = admin.userId) =>
      store.createForm({
        ownerId,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      });

    it('keeps the same vocabulary (and the name indexes built on it) across writes that change no name', async () => {
      const first = await create(form('甲项目', 90));
      const cache = new VocabularyCache(store.sql, 1_000);
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

      // A new project is a new name: appended to the vocabulary handed out, not a new one built.
      await create(form('乙项目', 80));
      const after = await cache.forViewer(admin);
      expect(after).toBe(before);
      expect([...after.projectName].sort()).toEqual(['乙项目', '甲项目']);
    });

    it('extends vocabularies and the indexes built on them as a new build would have them', async () => {
      const cache = new VocabularyCache(store.sql, 1_000);
      const clerk: Viewer = { userId: 'vocab-clerk', department: '丁街道办事处', isAdmin: false };
      const other: Viewer = { userId: 'vocab-other', department: '戊街道办事处', isAdmin: false };
      const views = [admin, clerk, other];
      for (const v of [clerk, other]) {
        await store.upsertUser({ id: v.userId, channel: 'web' });
        await store.setUserDepartment(v.userId, v.department);
      }
      const handed = await Promise.all(views.map((v) => cache.forViewer(v)));
      const terms = ['甲项目', '丙项目', '2031年丙项目', '丁街道', '戊街道办事处', '己街道', '王一', '李二'];
      const lookups = (vocab: Vocabulary) =>
        terms.map((t) => resolveTerm(t, vocab)?.values.slice().sort() ?? null);
      for (const vocab of handed) lookups(vocab); // the indexes built before the upload

      const added = form('2031年丙项目', 70);
      added.owner = '王一';
      await create(added, clerk.userId);
      const elsewhere = form('己项目', 60);
      elsewhere.department = '戊街道办事处';
      elsewhere.owner = '李二';
      await create(elsewhere, other.userId);

      const now = await Promise.all(views.map((v) => cache.forViewer(v)));
      const rebuilt = await Promise.all(views.map((v) => new VocabularyCache(store.sql, 1_000).forViewer(v)));
      for (const [i, vocab] of now.entries()) {
        expect(vocab).toBe(handed[i]);
        for (const field of ['department', 'implementingUnit', 'owner', 'projectName', 'years'] as const)
          expect([...vocab[field]].sort()).toEqual([...rebuilt[i]![field]].sort());
        expect(lookups(vocab)).toEqual(lookups(rebuilt[i]!));
        const whole = (index: Map<string, string[]>) =>
          [...index].map(([k, names]) => `${k}:${[...names].sort().join('|')}`).sort();
        expect(whole(nameIndex(vocab))).toEqual(whole(nameIndex(rebuilt[i]!)));
      }
      // The clerk of 丁 sees 丙项目 and not 己项目; the other office the reverse.
      expect(now[1]!.projectName).toContain('2031年丙项目');
      expect(now[1]!.projectName).not.toContain('己项目');
      expect(now[2]!.projectName).toEqual(['己项目']);
      expect(resolveTerm('丙项目', now[0]!)?.values).toEqual(['2031年丙项目']);

      // A form removed takes its names away: new vocabularies, without them.
      await store.sql.query(
        `DELETE FROM forms WHERE id IN (SELECT form_id FROM form_facts WHERE project_name = '己项目')`,
      );
      // (A deletion need not move the facts stamp: the forced reload of a name not found, a second on in this test, sees it.)
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const after = await cache.forViewer(admin, { fresh: true });
      expect(after).not.toBe(now[0]);
      expect(after.projectName).not.toContain('己项目');
    });

    it('questions arriving together share one reload', async () => {
      const cache = new VocabularyCache(store.sql, 1_000);
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
      expect((await cache.forViewer(admin)).projectName.length).toBeGreaterThan(1);
    });
  });
}
