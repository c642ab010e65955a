import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { corpus } from '../helpers/corpus.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';

const admin: Viewer = { userId: 'web:admin', department: null, isAdmin: true };
const logger = pino({ level: 'silent' });

/** The corpus-wide tests' records: the dev corpus's when ../shared is there, else the fixture subset's. */
function corpusRecords(): FormRecord[] {
  return corpus.allRecords() as FormRecord[];
}

/**
 * Independent reading of "no scored satisfaction indicator or survey not done", straight from the record: no
 * non-placeholder 满意度 row with a weight above 0, or a row marked 未做 / 无 / 未开展, or a row left empty and unscored.
 */
function satisfactionGap(r: FormRecord): boolean {
  const rows = r.indicators.filter((i) => !i.placeholder && /满意/.test(i.level1));
  const scored = rows.filter((i) => (i.weight ?? 0) > 0);
  const notDone = scored.some((i) => {
    const actual = i.actual.replace(/\s/g, '');
    return (
      /未做|未开展|未调查/.test(actual + i.deviation) ||
      actual === '无' ||
      (actual === '' && (i.score === null || i.score === 0))
    );
  });
  return scored.length === 0 || notDone;
}

function record(over: Partial<FormRecord>): FormRecord {
  const r = emptyRecord();
  r.funds.total.annualBudget = { raw: '100', value: 100 };
  r.funds.total.executed = { raw: '80', value: 80 };
  return { ...r, ...over };
}

async function addForm(store: Store, ownerId: string, r: FormRecord) {
  await store.upsertUser({ id: ownerId, channel: 'web' });
  // The uploader's binding decides where a form counts (a form naming another department is held).
  await store.setUserDepartment(ownerId, r.department);
  return store.createForm({ ownerId, record: r, provenance: {}, check: checkRecord(r), source: 'reader' });
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `portfolio queries, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it('keeps one facts row per form, following the latest version', async () => {
      const form = await addForm(
        store,
        'web:a',
        record({ year: 2030, department: '甲 局', projectName: '甲项目' }),
      );
      const q: PortfolioQuery = { filters: [{ type: 'compare', field: 'year', op: '=', value: 2030 }] };
      const before = await executeQuery(store.sql, q, admin);
      expect(before.rows.map((r) => [r[0], r[3]])).toEqual([['甲项目', 80]]);
      const changed = record({ year: 2030, department: '甲局', projectName: '甲项目' });
      changed.funds.total.executed = { raw: '50', value: 50 };
      await store.saveVersion({
        formId: form.formId,
        baseVersion: 1,
        record: changed,
        provenance: {},
        check: checkRecord(changed),
        changes: [],
        source: 'user',
      });
      const after = await executeQuery(store.sql, q, admin);
      expect(after.total).toBe(1);
      expect(after.rows[0]?.[3]).toBe(50);
      const low = await executeQuery(
        store.sql,
        { filters: [...q.filters, { type: 'compare', field: 'executionRate', op: '<', value: 60 }] },
        admin,
      );
      expect(low.total).toBe(1);
    });

    it('never shows another department’s projects', async () => {
      await addForm(store, 'web:b1', record({ year: 2031, department: '乙局', projectName: '乙一' }));
      await addForm(store, 'web:c1', record({ year: 2031, department: '丙局', projectName: '丙一' }));
      await addForm(store, 'web:c1', record({ year: 2031, department: '丙局', projectName: '丙二' }));
      const q: PortfolioQuery = { filters: [{ type: 'compare', field: 'year', op: '=', value: 2031 }] };
      const names = async (v: Viewer) => (await executeQuery(store.sql, q, v)).rows.map((r) => r[0]).sort();
      expect(await names({ userId: 'web:x', department: '乙局', isAdmin: false })).toEqual(['乙一']);
      expect(await names({ userId: 'web:x', department: ' 丙 局', isAdmin: false })).toEqual([
        '丙一',
        '丙二',
      ]);
      // Unbound: only what they uploaded themselves.
      expect(await names({ userId: 'web:c1', department: null, isAdmin: false })).toEqual(['丙一', '丙二']);
      expect(await names({ userId: 'web:x', department: null, isAdmin: false })).toEqual([]);
      expect(await names(admin)).toEqual(['丙一', '丙二', '乙一']);
      const grouped = await executeQuery(
        store.sql,
        { ...q, groupBy: 'department', measures: [{ fn: 'count' }] },
        {
          userId: 'web:x',
          department: '乙局',
          isAdmin: false,
        },
      );
      expect(grouped.rows).toEqual([['乙局', 1]]);
      const page = await executeQuery(
        store.sql,
        { ...q, groupBy: 'department', measures: [{ fn: 'count' }] },
        admin,
        {
          limit: 1,
        },
      );
      expect(page).toMatchObject({ rows: [['丙局', 2]], total: 2 });
    });

    it('a department’s user gets the admin’s answer narrowed to the forms they see, whatever the condition', async () => {
      // The conditions are applied inside the department's fence (execute.ts scope) beside the department's own test:
      // a computed field (its index), an OR of two, a check's codes, a year; counted, listed and added up.
      const phones = ['010-8953867', '89538675', '0108953867', '13800138000'];
      let i = 0;
      for (const [dept, owner] of [
        ['丁局', 'web:d1'],
        ['丁局', 'web:d2'],
        ['戊局', 'web:e1'],
        ['戊局', 'web:e2'],
      ] as const) {
        for (const year of [2032, 2033]) {
          const r = record({ year, department: dept, projectName: `${dept}项目${i}`, phone: phones[i % 4]! });
          r.funds.total.executed = { raw: String(10 * i), value: 10 * i };
          await addForm(store, owner, r);
          i++;
        }
      }
      // an upload of the 丁局 user's own naming 戊局: theirs to see as well (held, or counted under 戊局)
      const own = record({
        year: 2033,
        department: '戊局',
        projectName: '丁局用户上传的戊局项目',
        phone: '8953867',
      });
      await addForm(store, 'web:e3', own);
      const viewer: Viewer = { userId: 'web:e3', department: '丁局', isAdmin: false };
      const years = { type: 'compare', field: 'year', op: '>=', value: 2032 } as const;
      const queries: PortfolioQuery[] = [
        { filters: [years, { type: 'compare', field: 'phoneDigits', op: '=', value: 10 }] },
        {
          filters: [
            years,
            {
              type: 'any',
              filters: [
                { type: 'compare', field: 'phoneDigits', op: '=', value: 7 },
                { type: 'compare', field: 'phoneDigits', op: '=', value: 11 },
              ],
            },
          ],
        },
        { filters: [{ type: 'compare', field: 'year', op: '=', value: 2033 }] },
        {
          filters: [years, { type: 'compare', field: 'executed', op: '>', value: 15 }],
          measures: [{ fn: 'count' }, { fn: 'sum', field: 'executed' }],
        },
      ];
      const seen = (r: (string | number | null)[]) => r[1] === '丁局' || r[0] === '丁局用户上传的戊局项目';
      for (const q of queries) {
        if (q.measures) {
          const listed = await executeQuery(store.sql, { filters: q.filters }, admin);
          const mine = listed.rows.filter(seen);
          const got = await executeQuery(store.sql, q, viewer);
          expect(got.rows).toEqual([[mine.length, mine.reduce((t, r) => t + Number(r[3]), 0)]]);
          continue;
        }
        const all = await executeQuery(store.sql, q, admin);
        const got = await executeQuery(store.sql, q, viewer);
        expect(got.rows.length).toBeGreaterThan(0);
        expect(got.rows).toEqual(all.rows.filter(seen));
        expect(got.total).toBe(got.rows.length);
      }
    });

    it('lists fewer forms than a page whole and in list order, and none as no rows', async () => {
      for (const [name, dept, executed] of [
        ['丙二项目', '丙局', 30],
        ['丙一项目', '丙局', 20],
        ['丙三项目', '丙局', 90],
      ] as const) {
        const r = record({ year: 2031, department: dept, projectName: name });
        r.funds.total.executed = { raw: String(executed), value: executed };
        await addForm(store, `web:few-${name}`, r);
      }
      const q: PortfolioQuery = {
        filters: [
          { type: 'compare', field: 'year', op: '=', value: 2031 },
          { type: 'compare', field: 'executed', op: '<', value: 50 },
        ],
      };
      // two of a page of 20: found first, then sorted (by name within the department, as every list)
      const few = await executeQuery(store.sql, q, admin, { limit: 20 });
      expect(few.total).toBe(2);
      expect(few.rows.map((r) => r[0])).toEqual(['丙一项目', '丙二项目']);
      // a page of one (more match than that): the first of the same order
      const page = await executeQuery(store.sql, q, admin, { limit: 1 });
      expect(page.rows.map((r) => r[0])).toEqual(['丙一项目']);
      expect(page.total).toBe(2);
      const none = await executeQuery(
        store.sql,
        { filters: [...q.filters, { type: 'compare', field: 'executed', op: '>', value: 1000 }] },
        admin,
      );
      expect(none).toEqual({ columns: few.columns, rows: [], total: 0 });
    });

    it('lists expected projects without a form: the admin list, else last year’s projects', async () => {
      await addForm(store, 'web:d', record({ year: 2040, department: '丁局', projectName: '老项目A' }));
      await addForm(store, 'web:d', record({ year: 2040, department: '丁局', projectName: '老项目B' }));
      await addForm(store, 'web:d', record({ year: 2041, department: '丁局', projectName: '老项目 A' }));
      const q: PortfolioQuery = { filters: [{ type: 'status', value: 'notSubmitted' }] };
      const dept: Viewer = { userId: 'web:y', department: '丁局', isAdmin: false };
      const fallback = await executeQuery(store.sql, q, dept, { reportingYear: 2041 });
      expect(fallback.rows).toEqual([['老项目B', '丁局', 2041, '上年项目']]);
      await store.sql.query(
        `INSERT INTO expected_projects (year, department, dept_key, project_name, project_key)
         VALUES (2041, '丁局', '丁局', '新项目C', '新项目C'), (2041, '丁局', '丁局', '老项目A', '老项目A')`,
      );
      const listed = await executeQuery(store.sql, q, dept, { reportingYear: 2041 });
      expect(listed.rows).toEqual([['新项目C', '丁局', 2041, '名单']]);
      const other = await executeQuery(
        store.sql,
        q,
        { ...dept, department: '乙局' },
        { reportingYear: 2041 },
      );
      expect(other.total).toBe(0);
      const all = await executeQuery(store.sql, q, admin, { reportingYear: 2041 });
      expect(all.rows).toEqual([['新项目C', '丁局', 2041, '名单']]);
      const uploader = await executeQuery(
        store.sql,
        q,
        { userId: 'web:d', department: null, isAdmin: false },
        { reportingYear: 2041 },
      );
      expect(uploader.total).toBe(0);
    });

    it('answers in chat with the echo, exports xlsx, binds users, and refuses what it did not understand', async () => {
      const ask = createAnswerQuestion({ store, logger, admins: new Set(['web:boss']) });
      const boss = await store.upsertUser({ id: 'web:boss', channel: 'web', name: '管理员' });
      const clerk = await store.upsertUser({ id: 'web:clerk', channel: 'web', name: '小王' });
      const refused = await ask('绑定部门 小王 乙局', clerk);
      expect(refused.text).toContain('只有管理员');
      expect((await ask('绑定部门 web:clerk 乙局', boss)).text).toContain('已将 web:clerk 绑定到「乙局」');
      const bound = (await store.getUser('web:clerk'))!;
      const reply = await ask('2031年的项目列表', bound);
      expect(reply.text).toContain('查询：2031年的项目');
      expect(reply.table?.rows.map((r) => r[0])).toEqual(['乙一']);
      expect((await ask('设置应报项目 2032 乙局 乙一、乙二', clerk)).text).toContain('只有管理员');
      expect((await ask('设置应报项目 2032 乙局 乙一、乙二，乙 二', boss)).text).toContain('应报项目 2 个');
      const missing = await ask('2032年哪些项目还没有提交', bound);
      expect(missing.table?.rows).toEqual([
        ['乙一', '乙局', '2032', '名单'],
        ['乙二', '乙局', '2032', '名单'],
      ]);
      const exported = await ask('导出2031年的项目列表', boss);
      expect(exported.attachment?.name).toMatch(/\.xlsx$/);
      expect(exported.attachment?.bytes.byteLength).toBeGreaterThan(1000);
      const unknown = await ask('2031年哪些项目的绩效目标写得不清楚', boss);
      expect(unknown.table).toBeUndefined();
      expect(unknown.text).toContain('没有看懂');
      expect(unknown.unplaced).toEqual(expect.arrayContaining(['清楚']));
      const weather = await ask('今天天气怎么样', boss);
      expect(weather.text).toContain('哪些项目缺少满意度调查');
      // 怎么样 only asks; what it asks about is reported.
      expect(weather.unplaced).toEqual(['今天天气']);
    });

    it(`corpus: 哪些项目缺少满意度调查 returns exactly the satisfaction gaps (${corpus.label})`, async () => {
      const ids = new Map<string, string>();
      for (const r of corpusRecords()) {
        const form = await addForm(store, 'web:corpus', {
          ...r,
          year: r.year === null ? null : r.year + 100,
        });
        ids.set(form.formId, r.id ?? '');
      }
      const expected = corpusRecords()
        .filter(satisfactionGap)
        .map((r) => r.id)
        .sort();
      // Unbound and not an admin: sees exactly the forms they uploaded, i.e. the corpus.
      const ask = createAnswerQuestion({ store, logger });
      const owner = (await store.getUser('web:corpus'))!;
      const reply = await ask('导出哪些项目缺满意度', owner);
      expect(reply.text).toContain('查询：缺满意度指标或未做满意度调查的项目');
      const table = await executeQuery(
        store.sql,
        { filters: [{ type: 'satisfactionGap' }] },
        { userId: 'web:corpus', department: null, isAdmin: false },
        { limit: 1000 },
      );
      const { rows } = await store.sql.query<{ form_id: string }>(
        `SELECT form_id FROM form_facts WHERE owner_id = 'web:corpus' AND codes && $1::text[]`,
        [['SATISFACTION_MISSING', 'SATISFACTION_NOT_SURVEYED']],
      );
      const got = rows.map((r) => ids.get(r.form_id)).sort();
      expect(got).toEqual(expected);
      expect(table.total).toBe(expected.length);
      // a fact of the data: 42 of the 169 dev forms, 13 of the 47 of the fixture subset
      expect(expected.length).toBe(corpus.kind === 'dev' ? 42 : 13);
      expect(reply.text).toContain(`共 ${expected.length} 项`);
    });
  });
}
