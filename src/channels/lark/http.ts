import type { HttpInstance } from '@larksuiteoapi/node-sdk';
import { routedAxios } from '../../net/axios.ts';
import type { Outbound } from '../../net/outbound.ts';

export interface LarkHttpOptions {
  /** Every OpenAPI call but file transfers (default 15 s): a stalled peer must not hold a send past its lease. */
  timeoutMs?: number;
  /** Uploads and downloads (default 60 s). */
  transferTimeoutMs?: number;
}

/**
 * The Lark SDK's HTTP client (its `defaultHttpInstance`, answering with the body, or body and headers when the SDK
 * asks for them), routed through the outbound proxy and with a timeout on every call: the SDK sets none, so a send to
 * a peer that accepted the connection and then stalled stayed pending indefinitely.
 */
export function larkHttp(outbound: Outbound, options: LarkHttpOptions = {}): HttpInstance {
  const instance = routedAxios(outbound);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const transferMs = options.transferTimeoutMs ?? 60_000;
  instance.interceptors.request.use(
    (config) => {
      const type = String(config.headers?.['Content-Type'] ?? config.headers?.['content-type'] ?? '');
      const transfer = config.responseType === 'stream' || type.includes('multipart');
      config.timeout = transfer ? transferMs : timeoutMs;
      return config;
    },
    undefined,
    { synchronous: true },
  );
  instance.interceptors.response.use((resp) =>
    (resp.config as { $return_headers?: boolean }).$return_headers
      ? { data: resp.data, headers: resp.headers }
      : resp.data,
  );
  // The response interceptor turns axios responses into bodies: the shape the SDK's HttpInstance declares.
  return instance as unknown as HttpInstance;
}
