import { describe, expect, it } from 'vitest';
import { ChannelCallFailed, safeError, withSafeErrors } from '../../../src/channels/common/safe-error.ts';

/** The shape of an axios error from an SDK: the request body and headers ride along. */
function axiosLikeError() {
  return Object.assign(new Error('Request failed with status code 503'), {
    name: 'AxiosError',
    code: 'ERR_BAD_RESPONSE',
    config: { data: '{"clientSecret":"s3cr3t-value"}', headers: { Authorization: 'Bearer t-token-value' } },
    response: { status: 503, data: { message: 'down' } },
  });
}

describe('safeError', () => {
  it('keeps type, message, status and code, and nothing of the request', () => {
    const safe = safeError(axiosLikeError());
    expect(safe).toEqual({
      type: 'AxiosError',
      message: 'Request failed with status code 503',
      status: 503,
      code: 'ERR_BAD_RESPONSE',
    });
    expect(JSON.stringify(safe)).not.toMatch(/s3cr3t|t-token/);
  });

  it('replaces foreign errors at a channel boundary but lets our own through', async () => {
    const own = new RangeError('too big');
    await expect(withSafeErrors(Promise.reject(own), (e) => e instanceof RangeError)).rejects.toBe(own);
    const err = await withSafeErrors(Promise.reject(axiosLikeError()), () => false).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChannelCallFailed);
    expect((err as ChannelCallFailed).status).toBe(503);
    expect(JSON.stringify(err)).not.toMatch(/s3cr3t|t-token/);
  });
});
