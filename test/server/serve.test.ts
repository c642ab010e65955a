import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigInvalid } from '../../src/errors.ts';
import { serve } from '../../src/server/serve.ts';

describe('serve', () => {
  it('refuses a half-configured channel with a Chinese message, leaving the store closed for the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-serve-'));
    const env = { JIXIAO_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'silent', JIXIAO_READ_WORKERS: '0' };
    const failed = serve({ env: { ...env, JIXIAO_LARK_APP_ID: 'cli_only_the_id' } });
    await expect(failed).rejects.toBeInstanceOf(ConfigInvalid);
    await expect(failed).rejects.toThrow(/配置有误/);

    const server = await serve({ env });
    try {
      const health = await fetch(`${server.web.address().url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ store: 'pglite' });
    } finally {
      await server.stop();
    }
  }, 120_000);

  it('refuses an LLM endpoint without a model before opening anything', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'jixiao-serve-'));
    await expect(
      serve({ env: { JIXIAO_DATA_DIR: dataDir, PORT: '0', JIXIAO_LLM_BASE_URL: 'http://127.0.0.1:9/v1' } }),
    ).rejects.toBeInstanceOf(ConfigInvalid);
  });
});
