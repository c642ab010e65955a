import type { ChannelName } from '../bot/messages.ts';
import { normalizeName } from '../record/identity.ts';
import type { SqlDriver, SqlExecutor } from '../store/sql.ts';
import type { DirectorySnapshot } from './types.ts';

export interface ApplyResult {
  departments: number;
  members: number;
  /** Users whose department now follows the directory (changed by this sync). */
  rebound: number;
  /** Users bound by hand to another department than the directory's: kept, counted for the log. */
  keptByHand: number;
}

/**
 * Writes one platform's snapshot and lets users follow it, in one transaction (a failed sync changes nothing):
 * - each member's user row is found by stable id, else by `channel:platformId`, else created, so a row keyed by an
 *   old app's open_id is reused rather than orphaned;
 * - a user's department follows the member's department unless an admin bound it by hand (department_source 'hand'),
 *   which wins: the admin chose it on purpose, and the directory is often coarser than the budget units.
 */
export async function applySnapshot(
  driver: SqlDriver,
  channel: ChannelName,
  snap: DirectorySnapshot,
  now = new Date(),
): Promise<ApplyResult> {
  return driver.transaction(async (tx) => {
    // Two replicas syncing at once take turns rather than interleave their deletes and inserts.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('jixiao:directory:' || $1))", [channel]);
    await tx.query('DELETE FROM directory_departments WHERE channel = $1', [channel]);
    for (const d of snap.departments) {
      await tx.query(
        `INSERT INTO directory_departments (channel, dept_id, parent_id, name, synced_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (channel, dept_id) DO UPDATE SET parent_id = EXCLUDED.parent_id, name = EXCLUDED.name`,
        [channel, d.id, d.parentId, d.name, now],
      );
    }
    await tx.query('DELETE FROM directory_members WHERE channel = $1', [channel]);
    const names = new Map(snap.departments.map((d) => [d.id, d.name]));
    let rebound = 0;
    let keptByHand = 0;
    for (const m of snap.members) {
      await tx.query(
        `INSERT INTO directory_members (channel, stable_id, platform_id, name, dept_id, synced_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (channel, stable_id) DO UPDATE SET platform_id = EXCLUDED.platform_id, name = EXCLUDED.name,
           dept_id = EXCLUDED.dept_id, synced_at = EXCLUDED.synced_at`,
        [channel, m.stableId, m.platformId, m.name, m.deptId, now],
      );
      const userId = await linkUser(tx, channel, m.stableId, m.platformId, m.name);
      const deptName = m.deptId ? names.get(m.deptId) : undefined;
      if (!deptName) continue;
      const department = normalizeName(deptName);
      const { rows } = await tx.query<{ department: string | null; department_source: string | null }>(
        'SELECT department, department_source FROM users WHERE id = $1',
        [userId],
      );
      const row = rows[0];
      if (!row) continue;
      if (row.department_source === 'hand') {
        if (row.department !== department) keptByHand++;
        continue;
      }
      if (row.department === department && row.department_source === 'directory') continue;
      await tx.query(
        `UPDATE users SET department = $2, department_source = 'directory', updated_at = now() WHERE id = $1`,
        [userId, department],
      );
      rebound++;
    }
    return { departments: snap.departments.length, members: snap.members.length, rebound, keptByHand };
  });
}

/**
 * The user row for a person: by stable id first (survives a new app), then by `channel:platformId` (a row from before
 * stable ids, which gets its stable id now), else a new row. The display name from the directory wins over none.
 * Returns the row's id.
 */
export async function linkUser(
  tx: SqlExecutor,
  channel: ChannelName,
  stableId: string,
  platformId: string,
  name: string | null,
): Promise<string> {
  const byStable = await tx.query<{ id: string }>(
    'SELECT id FROM users WHERE channel = $1 AND stable_id = $2',
    [channel, stableId],
  );
  const found = byStable.rows[0]?.id;
  if (found) {
    // The id pushes go to follows the person: a new app's open_id replaces the old one here (users.id stays).
    await tx.query(
      `UPDATE users SET name = COALESCE($2, name), platform_id = $3, updated_at = now()
        WHERE id = $1 AND (platform_id IS DISTINCT FROM $3 OR ($2::text IS NOT NULL AND name IS DISTINCT FROM $2))`,
      [found, name, platformId],
    );
    return found;
  }
  const id = `${channel}:${platformId}`;
  // A row under this id with another stable id is a different person only if ids were reused, which platforms do
  // not do; the stable id is then filled where missing and left alone otherwise.
  await tx.query(
    `INSERT INTO users (id, channel, name, stable_id, platform_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET name = COALESCE(EXCLUDED.name, users.name),
       stable_id = COALESCE(users.stable_id, EXCLUDED.stable_id), platform_id = EXCLUDED.platform_id,
       updated_at = now()`,
    [id, channel, name, stableId, platformId],
  );
  return id;
}
