import { randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/**
 * WXBizMsgCrypt (回调和回复的加解密方案): msg_signature = sha1 of the sorted token, timestamp, nonce and ciphertext;
 * the payload is AES-256-CBC (key = EncodingAESKey + '=', IV = its first 16 bytes) of random(16) · length · message ·
 * receiveid. `@wecom/crypto` (WeCom's own package, no dependencies) does the primitives; what it leaves to the caller
 * — a constant-time comparison and the receiveid check — is here.
 */
export class WecomCrypto {
  constructor(
    private readonly token: string,
    private readonly encodingAesKey: string,
    /** The CorpID for a 自建应用; '' for an internal 智能机器人. */
    private readonly receiveId: string,
  ) {}

  verify(signature: string, timestamp: string, nonce: string, ciphertext: string): boolean {
    const expected = Buffer.from(getSignature(this.token, timestamp, nonce, ciphertext));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }

  /** The plaintext, or null when it does not decrypt or was encrypted for another corp (another app's key). */
  open(ciphertext: string): string | null {
    try {
      const { message, id } = decrypt(this.encodingAesKey, ciphertext);
      return id === this.receiveId ? message : null;
    } catch {
      return null;
    }
  }

  /** Encrypts and signs a passive reply. */
  seal(plaintext: string, timestamp = String(Math.floor(Date.now() / 1000))) {
    const nonce = randomBytes(8).toString('hex');
    const ciphertext = encrypt(this.encodingAesKey, plaintext, this.receiveId);
    return {
      ciphertext,
      timestamp,
      nonce,
      signature: getSignature(this.token, timestamp, nonce, ciphertext),
    };
  }
}
