// Synchronous SHA-256 over the audited @noble/hashes implementation. The change log hashes each
// entry INSIDE an IndexedDB transaction: awaiting `crypto.subtle.digest` there would leave the
// transaction idle, and IndexedDB commits an idle transaction. It also works where Web Crypto does
// not (plain-HTTP intranet origins). Everything that can await uses Web Crypto, and this where
// the browser withholds it (sha256Hex in canonical-json.ts).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

const toBytes = (input: string | Uint8Array): Uint8Array =>
  typeof input === 'string' ? utf8ToBytes(input) : input;

/**
 * An incremental SHA-256: feed text or bytes with {@link Sha256.update}, read the hash with
 * {@link Sha256.hex} as often as needed (reading does not end the stream).
 */
export class Sha256 {
  private readonly state = sha256.create();

  /** Feeds text (as UTF-8) or bytes. */
  update(input: string | Uint8Array): this {
    this.state.update(toBytes(input));
    return this;
  }

  /** The hash of everything fed so far, as 64 lowercase hex digits. */
  hex(): string {
    return bytesToHex(this.state.clone().digest());
  }
}

/** SHA-256 of text (UTF-8) or bytes, as 64 lowercase hex digits, computed synchronously. */
export function sha256HexSync(input: string | Uint8Array): string {
  return bytesToHex(sha256(toBytes(input)));
}
