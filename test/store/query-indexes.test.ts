import { afterAll, beforeAll, expect, it } from 'vitest';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import { COMPARED_PAIRS, signSql } from '../../src/query/field-pairs.ts';
import { FIELDS, NUMERIC_FIELDS, type NumericField } from '../../src/query/fields.ts';
import type { Op } from '../../src/query/query.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { loadMigrations, migrate } from '../../src/store/migrate.ts';
import type { SqlDriver } from '../../src/store/sql.ts';
import { createSqlStore } from '../../src/store/sql-store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, openRaw, title } from './drivers.ts';

const admin: Viewer = { userId: 'web:index-admin', department: null, isAdmin: true };
const OPS: Op[] = ['<', '<=', '>', '>=', '=', '<>'];

/** A small deterministic generator, so a failure shows the same forms again. */
function generator(seed: number) {
  let s = seed;
  return <T>(choices: readonly T[]): T => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return choices[s % choices.length]!;
  };
}

/**
 * Forms whose compared facts take few distinct values (equal pairs are common) and are often empty, so every sign of
 * every pair, and NULL on either side, occurs.
 */
function forms(count: number): FormRecord[] {
  const pick = generator(29);
  const cell = (values: readonly (number | null)[]) => {
    const value = pick(values);
    return value === null ? { raw: '', value: null } : { raw: String(value), value };
  };
  return Array.from({ length: count }, (_, i) => {
    const r = emptyRecord();
    r.year = 2040;
    r.department = `丁街道办事处`;
    r.projectName = `比较项目${i}`;
    r.funds.total.initialBudget = cell([80, 100, 120, null]);
    r.funds.total.annualBudget = cell([80, 100, 120, null]);
    r.funds.total.executed = cell([80, 100, 120, null]);
    // the 其中：财政拨款 row, compared with the total row (migration 046)
    r.funds.fiscal.initialBudget = cell([80, 100, 120, null]);
    r.funds.fiscal.annualBudget = cell([80, 100, 120, null]);
    r.funds.fiscal.executed = cell([80, 100, 120, null]);
    r.funds.total.weight = cell([10, 20, null]);
    r.funds.total.score = cell([8, 10, 20, null]);
    r.funds.total.rate = cell([66.67, 83.33, 100, null]);
    r.totalWeight = 100;
    r.totalScore = pick([85, 90, 96, null]);
    const satisfaction = pick([null, 10]);
    if (satisfaction !== null) {
      const score = pick([8, 10, 12]);
      r.indicators.push({
        level1: '满意度指标',
        level2: '服务对象满意度指标',
        name: '群众满意度',
        target: '≥90%',
        actual: '95%',
        weight: satisfaction,
        score,
        deviation: '',
        weightRaw: String(satisfaction),
        scoreRaw: String(score),
      });
    }
    return r;
  });
}

/**
 * Whether an index gives the forms in the order of `expression`: with sorting and whole-table reads priced out, only
 * an index on that very expression avoids a Sort. `columns` are read with it: an index-only scan says the index
 * includes them.
 */
async function indexPlan(driver: SqlDriver, expression: string, columns = 'form_id'): Promise<string> {
  return driver.transaction(async (tx) => {
    await tx.exec('SET LOCAL enable_seqscan = off; SET LOCAL enable_sort = off');
    const { rows } = await tx.query<Record<string, string>>(
      `EXPLAIN SELECT ${columns} FROM form_facts ORDER BY ${expression}`,
    );
    return rows.map((r) => Object.values(r)[0]).join('\n');
  });
}

const compare = (a: number, op: Op, b: number) =>
  op === '<'
    ? a < b
    : op === '<='
      ? a <= b
      : op === '>'
        ? a > b
        : op === '>='
          ? a >= b
          : op === '='
            ? a === b
            : a !== b;

for (const driver of drivers) {
  describeWhen(!driver.skip, `indexes of portfolio questions (migration 029), ${title(driver)}`, () => {
    let sql: SqlDriver;
    let facts: Record<string, number | null>[];

    beforeAll(async () => {
      // Forms stored before 029, then 029 applied to them: the indexes are built over existing rows.
      sql = await openRaw(await driver.fresh());
      const all = await loadMigrations();
      await migrate(
        sql,
        all.filter((m) => m.version < 29),
      );
      const store = createSqlStore(sql);
      await store.upsertUser({ id: admin.userId, channel: 'web' });
      for (const record of forms(60)) {
        await store.createForm({
          ownerId: admin.userId,
          record,
          provenance: {},
          check: checkRecord(record),
          source: 'reader',
        });
      }
      expect(await migrate(sql, all)).toContain(29);
      const columns = [...new Set(COMPARED_PAIRS.flat().map((id) => FIELDS[id].column))];
      const { rows } = await sql.query<Record<string, unknown>>(
        `SELECT ${columns.join(', ')} FROM form_facts`,
      );
      facts = rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : Number(v)])),
      );
    });
    afterAll(async () => {
      await sql?.close();
      await driver.cleanup();
    });

    const count = async (left: NumericField, op: Op, right: NumericField) => {
      const table = await executeQuery(
        sql,
        { filters: [{ type: 'fields', left, op, right }], measures: [{ fn: 'count' }] },
        admin,
      );
      return Number(table.rows[0]?.[0]);
    };

    it('counts two compared fields as the plain comparison would, every operator, both ways round', async () => {
      let nonEmpty = 0;
      for (const [a, b] of COMPARED_PAIRS) {
        for (const [left, right] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const op of OPS) {
            const l = FIELDS[left].column;
            const r = FIELDS[right].column;
            const expected = facts.filter(
              (f) => f[l] !== null && f[r] !== null && compare(f[l]!, op, f[r]!),
            ).length;
            if (expected > 0) nonEmpty++;
            expect({ left, op, right, n: await count(left, op, right) }).toEqual({
              left,
              op,
              right,
              n: expected,
            });
          }
        }
      }
      // The forms are varied enough that most comparisons match some and not all of them.
      expect(nonEmpty).toBeGreaterThan(COMPARED_PAIRS.length * OPS.length);
    });

    it('has an index on the sign of every compared pair, holding both fields', async () => {
      for (const [a, b] of COMPARED_PAIRS) {
        const plan = await indexPlan(sql, signSql(a, b), `${FIELDS[a].column}, ${FIELDS[b].column}`);
        expect({ a, b, plan }).toMatchObject({
          plan: expect.stringMatching(/^Index Only Scan using form_facts_sign_/),
        });
      }
    });

    it('has an index on every numeric field computed from others (结余, 预算调整数, 超支额, 得分率)', async () => {
      const computed = NUMERIC_FIELDS.filter((id) => !/^[a-z_]+$/.test(FIELDS[id].column));
      expect(computed.length).toBeGreaterThanOrEqual(5);
      for (const id of computed) {
        const plan = await indexPlan(sql, FIELDS[id].column);
        expect({ id, plan }).toMatchObject({ plan: expect.stringMatching(/^Index Scan using /) });
      }
    });

    it('has an index on the names a question resolves (project, unit, owner)', async () => {
      for (const column of ['project_key', 'implementing_unit', 'owner_name']) {
        const plan = await indexPlan(sql, column);
        expect({ column, plan }).toMatchObject({ plan: expect.stringMatching(/^Index Scan using /) });
      }
    });
  });
}
