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
      // A full read (the safety net, here on every question) that finds the same names keeps it too.
      const full = new VocabularyCache(store.sql, 0);
      const fullBefore = await full.forViewer(admin);
      expect(await full.forViewer(admin)).toBe(fullBefore);

      // A new project is a new name: appended to the vocabulary handed out, not a new one built.
      await create(form('乙项目', 80));
      const after = await cache.forViewer(admin);
      expect(after).toBe(before);
      expect([...after.projectName].sort()).toEqual(['乙项目', '甲项目']);
    });

    it('extends vocabularies and the indexes built on them as a new build would have them', async () => {
      const cache = new VocabularyCache(store.sql);
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
      const rebuilt = await Promise.all(views.map((v) => new VocabularyCache(store.sql).forViewer(v)));
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

      // A form removed takes its names away: new vocabularies, without them, on the next question.
      await store.sql.query(
        `DELETE FROM forms WHERE id IN (SELECT form_id FROM form_facts WHERE project_name = '己项目')`,
      );
      const after = await cache.forViewer(admin);
      expect(after).not.toBe(now[0]);
      expect(after.projectName).not.toContain('己项目');
      expect(after.owner).not.toContain('李二');
    });

    /** The executor, counting the reads of every form's names (the full read, by its first page; the others read
     * what changed). */
    const counted = () => {
      const full: string[] = [];
      const sql: SqlExecutor = {
        query: <T>(text: string, params?: unknown[]) => {
          if (/FROM form_facts WHERE form_id > \$1/.test(text) && params?.[0] === '') full.push(text);
          return store.sql.query<T>(text, params);
        },
        exec: (text) => store.sql.exec(text),
      };
      return { sql, full };
    };

    /** Each viewer's vocabulary from this cache equals one a new cache builds, names, years and name indexes. */
    const expectFresh = async (cache: VocabularyCache, views: Viewer[]) => {
      for (const v of views) {
        const vocab = await cache.forViewer(v);
        const fresh = await new VocabularyCache(store.sql).forViewer(v);
        for (const field of ['department', 'implementingUnit', 'owner', 'projectName', 'years'] as const)
          expect([...vocab[field]].sort(), `${v.userId} ${field}`).toEqual([...fresh[field]].sort());
        const whole = (index: Map<string, string[]>) =>
          [...index].map(([k, names]) => `${k}:${[...names].sort().join('|')}`).sort();
        expect(whole(nameIndex(vocab))).toEqual(whole(nameIndex(fresh)));
      }
    };

    it('follows renames, moves to another department and deletions by reading only what changed', async () => {
      const clerk: Viewer = { userId: 'vocab-clerk2', department: '庚街道办事处', isAdmin: false };
      const other: Viewer = { userId: 'vocab-other2', department: '辛街道办事处', isAdmin: false };
      const views = [admin, clerk, other];
      for (const v of [clerk, other]) {
        await store.upsertUser({ id: v.userId, channel: 'web' });
        await store.setUserDepartment(v.userId, v.department);
      }
      const at = (name: string, department: string, owner: string, year = 2031) => {
        const r = form(name, 85);
        r.department = department;
        r.owner = owner;
        r.year = year;
        return r;
      };
      const kept = await create(at('庚一号项目', '庚街道办事处', '赵三'), clerk.userId);
      const renamed = await create(at('庚二号项目', '庚街道办事处', '钱四', 2029), clerk.userId);
      // Uploaded by another clerk of 庚: a move to 辛 holds it for 辛's confirmation, counted in neither office.
      await store.upsertUser({ id: 'vocab-mover', channel: 'web' });
      await store.setUserDepartment('vocab-mover', '庚街道办事处');
      const moved = await create(at('庚三号项目', '庚街道办事处', '孙五'), 'vocab-mover');
      const { sql, full } = counted();
      const cache = new VocabularyCache(sql);
      const handed = await Promise.all(views.map((v) => cache.forViewer(v)));
      for (const vocab of handed) nameIndex(vocab);
      expect(handed[1]!.projectName).toEqual(
        expect.arrayContaining(['庚一号项目', '庚二号项目', '庚三号项目']),
      );

      const edit = async (created: typeof kept, change: (r: FormRecord) => void) => {
        const record = structuredClone(created.record);
        change(record);
        await store.saveVersion({
          formId: created.formId,
          baseVersion: created.version,
          record,
          provenance: {},
          check: checkRecord(record),
          changes: [],
          source: 'user',
        });
      };
      // A rename, with its owner and year: the old names go (no other form holds them), the new ones come.
      await edit(renamed, (r) => {
        r.projectName = '庚二号项目（调整后）';
        r.owner = '周六';
        r.year = 2030;
      });
      await expectFresh(cache, views);
      expect((await cache.forViewer(clerk)).projectName).not.toContain('庚二号项目');
      expect((await cache.forViewer(admin)).years).not.toContain(2029);
      // A form moved to another department: the first office's clerk no longer sees its names; the administrator does.
      await edit(moved, (r) => {
        r.department = '辛街道办事处';
      });
      await expectFresh(cache, views);
      expect((await cache.forViewer(clerk)).owner).not.toContain('孙五');
      expect((await cache.forViewer(admin)).owner).toContain('孙五');
      // Deleted: its names go, and a name another form still holds stays.
      await create(at('庚四号项目', '庚街道办事处', '赵三'), clerk.userId);
      await store.sql.query('DELETE FROM forms WHERE id = $1', [kept.formId]);
      await expectFresh(cache, views);
      expect((await cache.forViewer(clerk)).projectName).not.toContain('庚一号项目');
      expect((await cache.forViewer(clerk)).owner).toContain('赵三');
      // The vocabulary that lost nothing was extended in place, and every form's names were read once only.
      expect(await cache.forViewer(other)).toBe(handed[2]);
      expect(full).toHaveLength(1);
    });

    it('reads every name a page at a time; a write between two pages is applied by the next read', async () => {
      for (let i = 0; i < 7; i++) await create(form(`分页项目${i}`, 70));
      let pages = 0;
      const sql: SqlExecutor = {
        query: async <T>(text: string, params?: unknown[]) => {
          const result = await store.sql.query<T>(text, params);
          if (/FROM form_facts WHERE form_id > \$1/.test(text) && ++pages === 1) {
            // After the first page: a form read in it renamed, another read in it deleted, a new one added.
            const [first, second] = result.rows as unknown as { formId: string }[];
            await store.sql.query(
              `UPDATE form_facts SET project_name = '分页项目（改名）' WHERE form_id = $1`,
              [first!.formId],
            );
            await store.sql.query('DELETE FROM forms WHERE id = $1', [second!.formId]);
            await create(form('分页时上传的项目', 60));
          }
          return result;
        },
        exec: (text) => store.sql.exec(text),
      };
      const cache = new VocabularyCache(sql, undefined, 2);
      await cache.forViewer(admin);
      expect(pages).toBeGreaterThan(4);
      const next = await cache.forViewer(admin);
      expect(next.projectName).toContain('分页项目（改名）');
      expect(next.projectName).toContain('分页时上传的项目');
      await expectFresh(cache, [admin]);
      // Read in pages of 2 or at once, every name is there.
      const whole = await new VocabularyCache(store.sql, undefined, 100_000).forViewer(admin);
      expect([...next.projectName].sort()).toEqual([...whole.projectName].sort());
    });

    it('questions arriving together share one read of every name', async () => {
      const { sql, full } = counted();
      const watched = new VocabularyCache(sql);
      const all = await Promise.all([1, 2, 3, 4].map(() => watched.forViewer(admin)));
      expect(new Set(all).size).toBe(1);
      expect(full).toHaveLength(1);
      expect(all[0]!.projectName.length).toBeGreaterThan(1);
    });
  });
}

// Several replicas write at once on PostgreSQL; PGlite has one connection, where writes come one after the other.
const postgres = drivers.find((d) => d.name === 'postgres')!;
describeWhen(
  !postgres.skip,
  `a write committed after a later one's is not missed, ${title(postgres)}`,
  () => {
    let store: Store;
    beforeAll(async () => {
      store = await postgres.open();
      await store.upsertUser({ id: admin.userId, channel: 'web' });
    });
    afterAll(async () => {
      await store?.close();
      await postgres.cleanup();
    });

    it('reads a rename that commits after a read which saw a newer write', async () => {
      const record = form('壬项目', 90);
      const slow = await store.createForm({
        ownerId: admin.userId,
        record,
        provenance: {},
        check: checkRecord(record),
        source: 'reader',
      });
      const cache = new VocabularyCache(store.sql);
      await cache.forViewer(admin);
      await store.sql.transaction(async (tx) => {
        // This transaction changes a name first, and commits last.
        await tx.query(`UPDATE form_facts SET project_name = '壬项目（改）' WHERE form_id = $1`, [
          slow.formId,
        ]);
        const quick = form('癸项目', 80);
        await store.createForm({
          ownerId: admin.userId,
          record: quick,
          provenance: {},
          check: checkRecord(quick),
          source: 'reader',
        });
        const between = await cache.forViewer(admin);
        expect(between.projectName).toContain('癸项目');
        expect(between.projectName).not.toContain('壬项目（改）');
      });
      const after = await cache.forViewer(admin);
      expect([...after.projectName].sort()).toEqual(['壬项目（改）', '癸项目']);
    });
  },
);
