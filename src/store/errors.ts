import { AppError } from '../errors.ts';

/** Someone else saved first (another message or replica); reload and retry. */
export class VersionConflict extends AppError {
  constructor(what: string) {
    super('STORE_FAILED', '数据刚被其他操作更新，请重新发送刚才的消息。', { detail: what });
  }
}
