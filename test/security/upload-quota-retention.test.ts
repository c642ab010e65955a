/**
 * Item 6 of issue 13 (quota and retention), on PGlite and PostgreSQL: a per-user daily upload quota in files and
 * bytes, and raw uploads purged after the retention period while their records and forms stay. Then on the web chat:
 * the quota answers 429 in Chinese before the file is stored, and the web's own copy of an upload does not outlive
 * its handling. (The rate limit that a fresh cookie does not reset: web-session.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { type Server, serve } from '../../src/server/serve.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';
import { sampleCheck, sampleRecord } from '../store/fixtures.ts';
import { eventually, WebClient } from './web-client.ts';

const MB = 1048576;
const file = (n: number, size = 16) => {
  const bytes = new Uint8Array(size);
  bytes.fill(n % 256);
  bytes[0] = n >> 8;
  return bytes;
};

for (const driver of drivers) {
  describeWhen(!driver.skip, `upload quota and retention, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open({
        ...(await driver.fresh()),
        uploadQuota: { filesPerDay: 3, bytesPerDay: MB },
      });
    }, 180_000);
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });

    it(`security-06: a user's daily quota of files and bytes refuses the next new file, in Chinese`, async () => {
      for (const id of ['web:uq', 'web:other', 'web:big']) await store.upsertUser({ id, channel: 'web' });
      for (let i = 0; i < 3; i++)
        await store.saveUpload({ userId: 'web:uq', name: `表${i}.docx`, bytes: file(i) });
      const refused = await store
        .saveUpload({ userId: 'web:uq', name: '表4.docx', bytes: file(4) })
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'UPLOAD_QUOTA' });
      expect((refused as AppError).userMessage).toContain(
        '今天的上传额度已用完（每人每 24 小时最多 3 个文件、1 MB',
      );
      expect((refused as AppError).userMessage).toContain('这个文件没有保存');
      const { rows } = await store.sql.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM uploads WHERE user_id = 'web:uq'",
      );
      expect(rows[0]?.n).toBe(3);
      // The same file again is the earlier upload, not a new one against the quota.
      await expect(
        store.saveUpload({ userId: 'web:uq', name: '表0.docx', bytes: file(0) }),
      ).resolves.toMatchObject({
        duplicate: true,
      });
      // Another user has their own quota.
      await expect(
        store.saveUpload({ userId: 'web:other', name: 'a.docx', bytes: file(9) }),
      ).resolves.toMatchObject({
        duplicate: false,
      });
      // Bytes: 0.6 MB fits, another 0.6 MB does not.
      await store.saveUpload({ userId: 'web:big', name: 'a.pdf', bytes: file(1, 0.6 * MB) });
      await expect(store.checkUploadQuota('web:big', 0.6 * MB)).rejects.toMatchObject({
        code: 'UPLOAD_QUOTA',
      });
      // A day later the quota is free again.
      await store.sql.query(
        "UPDATE uploads SET created_at = now() - interval '25 hours' WHERE user_id IN ('web:uq', 'web:big')",
      );
      await expect(
        store.saveUpload({ userId: 'web:uq', name: '表4.docx', bytes: file(4) }),
      ).resolves.toMatchObject({
        duplicate: false,
      });
      await expect(store.checkUploadQuota('web:big', 0.6 * MB)).resolves.toBeUndefined();
    });

    it(`security-06: raw files past retention are purged; the upload, its hash and its forms stay`, async () => {
      await store.upsertUser({ id: 'web:ur', channel: 'web' });
      const old = (await store.saveUpload({ userId: 'web:ur', name: '旧.docx', bytes: file(21) })).upload;
      const recent = (await store.saveUpload({ userId: 'web:ur', name: '新.docx', bytes: file(22) })).upload;
      const [form] = await store.createForms([
        {
          ownerId: 'web:ur',
          uploadId: old.id,
          formIndex: 0,
          record: sampleRecord(),
          provenance: {},
          check: sampleCheck(),
          source: 'reader',
        },
      ]);
      await store.sql.query("UPDATE uploads SET created_at = now() - interval '40 days' WHERE id = $1", [
        old.id,
      ]);

      const purged = await store.purgeUploadBytes(new Date(Date.now() - 30 * 86_400_000));
      expect(purged).toBeGreaterThanOrEqual(1);
      expect(await store.getUploadBytes(old.id)).toBeNull();
      expect(await store.getUploadBytes(recent.id)).toEqual(file(22));
      expect(await store.getUpload(old.id)).toMatchObject({ name: '旧.docx', sha256: old.sha256 });
      expect((await store.getForm(form!.formId))?.record.projectName).toBe(sampleRecord().projectName);
      // Sent again after the purge, the file is still recognised as the earlier upload.
      await expect(
        store.saveUpload({ userId: 'web:ur', name: '旧.docx', bytes: file(21) }),
      ).resolves.toMatchObject({
        duplicate: true,
        upload: { id: old.id },
      });
      // Nothing left to purge: a second run changes nothing.
      expect(await store.purgeUploadBytes(new Date(Date.now() - 30 * 86_400_000))).toBe(0);
    });
  });

  describe('upload quota and retention on the web chat', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = await serve({
        env: {
          JIXIAO_DATA_DIR: 'memory://',
          PORT: '0',
          JIXIAO_READ_WORKERS: '0',
          JIXIAO_EXPORT_WORKERS: '0',
          JIXIAO_UPLOAD_QUOTA_FILES_PER_DAY: '2',
          JIXIAO_UPLOAD_RETENTION_DAYS: '7',
        },
      });
      base = server.web.address().url;
    }, 120_000);
    afterAll(() => server?.stop());

    const webFiles = async () =>
      (await server.store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM web_files')).rows[0]?.n;

    it('security-06: the quota answers 429 in Chinese before storing; the web copy goes once handled', async () => {
      const web = new WebClient(base);
      const { user } = await web.me();
      for (const text of ['第一份', '第二份']) {
        expect((await web.upload(`${text}.txt`, `${text}：这不是自评表`)).status).toBe(202);
      }
      // Handled (the bot answers each), stored once in uploads, the web copy deleted.
      await eventually(
        () =>
          server.store.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM uploads WHERE user_id = $1', [
            user,
          ]),
        (r) => r.rows[0]?.n === 2,
      );
      await eventually(webFiles, (n) => n === 0);

      const refused = await web.upload('第三份.txt', '第三份：这不是自评表');
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: string }).error).toContain('今天的上传额度已用完');
      expect(await webFiles()).toBe(0);
      const history = JSON.stringify(await web.history());
      expect(history).not.toContain('第三份');
    });

    it('security-06: the retention job purges raw uploads and old web files, keeping the records', async () => {
      const web = new WebClient(base);
      const { user } = await web.me();
      expect((await web.upload('留存.txt', '留存：这不是自评表')).status).toBe(202);
      await eventually(
        () => server.store.sql.query<{ id: string }>('SELECT id FROM uploads WHERE user_id = $1', [user]),
        (r) => r.rows.length === 1,
      );
      // An export file the bot left on the web (an attachment), aged with the upload past the 7 days.
      await server.web.reply(
        { channel: 'web', chatId: user.slice(4), isGroup: false },
        {
          text: '附件',
          attachment: { name: 'a.xlsx', mime: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) },
        },
      );
      await server.store.sql.query(
        "UPDATE uploads SET created_at = now() - interval '8 days' WHERE user_id = $1",
        [user],
      );
      await server.store.sql.query("UPDATE web_files SET created_at = now() - interval '8 days'");
      const purged = await server.retention.runOnce();
      expect(purged.uploads).toBe(1);
      expect(purged.webFiles).toBeGreaterThanOrEqual(1);
      const { rows } = await server.store.sql.query<{ bytes: Uint8Array | null; name: string }>(
        'SELECT bytes, name FROM uploads WHERE user_id = $1',
        [user],
      );
      expect(rows).toEqual([{ bytes: null, name: '留存.txt' }]);
      expect(await webFiles()).toBe(0);
    });
  });
}
