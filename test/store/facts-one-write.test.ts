import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import { FIELDS, NUMERIC_FIELDS } from '../../src/query/fields.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { VocabularyCache } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlExecutor } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

type Row = FormRecord['indicators'][number];
const row = (over: Partial<Row>): Row => ({
  weightRaw: String(over.weight ?? 10),
  scoreRaw: String(over.score ?? 10),
  level1: '产出指标',
  level2: '数量指标',
  name: '完成数量',
  target: '100',
  actual: '100',
  weight: 10,
  score: 10,
  deviation: '',
  ...over,
});

const money = (value: number) => ({ raw: String(value), value });

/** Forms whose facts differ in every way the facts triggers read: rows, 满意度, amounts read as 元, causes. */
function forms(): FormRecord[] {
  const base = (name: string, initial: number, budget: number, executed: number, rows: Row[]) => {
    const r = emptyRecord();
    r.year = 2031;
    r.department = '丙街道办事处';
    r.projectName = name;
    r.indicators = rows;
    r.funds.total.initialBudget = money(initial);
    r.funds.total.annualBudget = money(budget);
    r.funds.total.executed = money(executed);
    return r;
  };
  return [
    base('预算调整项目', 80, 110, 95, [row({ score: 8, deviation: '部分未完成' }), row({})]),
    base('预算未调整项目', 100, 100, 100, [
      row({ level1: '满意度指标', level2: '服务对象满意度指标', actual: '满意度96%' }),
    ]),
    // An amount above 10 000 with no unit: read as 元 (money_guessed).
    base('金额按元项目', 150000, 150000, 120000, [row({ score: 12 })]),
    base('调减项目', 120, 90, 90, [row({ actual: '' })]),
  ];
}

const admin: Viewer = { userId: 'web:facts-admin', department: null, isAdmin: true };

/** Every fact of every form, codes in a fixed order (the array's order carries no meaning). */
async function facts(sql: SqlExecutor) {
  const { rows } = await sql.query<Record<string, unknown>>(
    `SELECT f.*, ARRAY(SELECT unnest(f.codes) ORDER BY 1) AS codes FROM form_facts f ORDER BY form_id`,
  );
  // names_xid is the transaction that wrote the names (migration 013), not a fact: a rewrite of the table moves it.
  return rows.map(({ names_xid: _, ...fact }) => fact);
}

for (const driver of drivers) {
  describeWhen(!driver.skip, `facts written once per version (migration 025), ${title(driver)}`, () => {
    afterAll(async () => {
      await driver.cleanup();
    });

    it('recomputes the stored forms as the triggers before it wrote them', async () => {
      const sql = await openRaw(await driver.fresh());
      try {
        const all = await loadMigrations();
        await migrate(
          sql,
          all.filter((m) => m.version < 25),
        );
        const store = createSqlStore(sql);
        await store.upsertUser({ id: admin.userId, channel: 'web' });
        const created = [];
        for (const record of forms()) {
          created.push(
            await store.createForm({
              ownerId: admin.userId,
              record,
              provenance: {},
              check: checkRecord(record),
              source: 'reader',
            }),
          );
        }
        const changed = structuredClone(created[0]!.record);
        changed.indicators[0]!.score = 5;
        await store.saveVersion({
          formId: created[0]!.formId,
          baseVersion: created[0]!.version,
          record: changed,
          provenance: {},
          check: checkRecord(changed),
          changes: [],
          source: 'user',
        });
        const before = await facts(sql);
        expect(before).toHaveLength(4);
        // up to 025 only: a later migration may add a fact (040: weight_sum), which the rows before it lack
        expect(
          await migrate(
            sql,
            all.filter((m) => m.version <= 25),
          ),
        ).toContain(25);
        expect(await facts(sql)).toEqual(before);
      } finally {
        await sql.close();
      }
    });
  });

  describeWhen(!driver.skip, `facts follow every write, ${title(driver)}`, () => {
    let store: Store;
    let ask: (question: string) => Promise<{ total: number; rows: unknown[][] }>;
    beforeAll(async () => {
      store = await driver.open();
      await store.upsertUser({ id: admin.userId, channel: 'web' });
      const vocabulary = new VocabularyCache(store.sql);
      ask = async (question) => {
        const parsed = parseQuestion(question, await vocabulary.forViewer(admin), 2032);
        if (!parsed.query || parsed.unplaced.length) throw new Error(`not parsed: ${question}`);
        const table = await executeQuery(store.sql, parsed.query, admin, { limit: 50 });
        return { total: table.total, rows: table.rows };
      };
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    const count = async (question: string) => Number((await ask(question)).rows[0]?.[0]);

    it('after an upload, a correction, its undo and a deletion', async () => {
      const [first, ...others] = forms();
      const created = [];
      for (const record of [first!, ...others]) {
        created.push(
          await store.createForm({
            ownerId: admin.userId,
            record,
            provenance: {},
            check: checkRecord(record),
            source: 'reader',
          }),
        );
      }
      const adjusted = created[0]!;
      expect(await count('年初预算和全年预算不一致的项目有几个')).toBe(2);
      expect(await count('有扣分的项目有几个')).toBe(1);
      expect((await ask('预算最多的1个项目')).rows.map((r) => r[0])).toEqual(['预算调整项目']);

      // A correction: 年初预算 = 全年预算 = 200 (the largest budget), the deducted row at full marks.
      const corrected = structuredClone(adjusted.record);
      corrected.funds.total.initialBudget = money(200);
      corrected.funds.total.annualBudget = money(200);
      corrected.indicators[0]!.score = 10;
      const saved = await store.saveVersion({
        formId: adjusted.formId,
        baseVersion: adjusted.version,
        record: corrected,
        provenance: {},
        check: checkRecord(corrected),
        changes: [],
        source: 'user',
      });
      expect(await count('年初预算和全年预算不一致的项目有几个')).toBe(1);
      expect(await count('有扣分的项目有几个')).toBe(0);
      expect((await ask('预算最多的1个项目')).rows[0]).toEqual(['预算调整项目', '丙街道办事处', 2031, 200]);

      // 撤销: the earlier record back, as a new version.
      await store.saveVersion({
        formId: adjusted.formId,
        baseVersion: saved.version,
        record: adjusted.record,
        provenance: {},
        check: checkRecord(adjusted.record),
        changes: [],
        source: 'user',
      });
      expect(await count('年初预算和全年预算不一致的项目有几个')).toBe(2);
      expect(await count('有扣分的项目有几个')).toBe(1);
      expect((await ask('预算最多的1个项目')).rows[0]?.[3]).toBe(110);

      // A form removed: its facts go with it.
      await store.sql.query('DELETE FROM forms WHERE id = $1', [adjusted.formId]);
      expect(await count('年初预算和全年预算不一致的项目有几个')).toBe(1);
      expect((await ask('预算最多的1个项目')).rows[0]?.[0]).toBe('预算未调整项目');
      expect(await count('有扣分的项目有几个')).toBe(0);
      const { rows } = await store.sql.query('SELECT 1 FROM form_facts WHERE form_id = $1', [
        adjusted.formId,
      ]);
      expect(rows).toHaveLength(0);
    });

    it('has an index headed by every stored numeric fact', async () => {
      const { rows } = await store.sql.query<{ indexdef: string }>(
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'form_facts' AND schemaname = current_schema()",
      );
      // Every stored numeric fact heads an index: rankings read the top entries, rare conditions only their forms.
      // (Fields computed from two facts, such as 结余, are expressions; migration 026 indexes 结余's.)
      const unindexed = NUMERIC_FIELDS.map((id) => FIELDS[id].column)
        .filter((column) => /^[a-z_]+$/.test(column))
        .filter((column) => !rows.some((r) => new RegExp(`\\(${column}[,)]`).test(r.indexdef)));
      expect(unindexed).toEqual([]);
    });
  });
}
