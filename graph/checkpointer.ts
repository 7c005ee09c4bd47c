import type { SerializerProtocol } from '@langchain/langgraph-checkpoint';
import { JsonPlusSerializer } from '@langchain/langgraph-checkpoint';
import type { CheckpointMetadata } from '@langchain/langgraph-checkpoint';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import type pg from 'pg';
import type { CheckpointPool } from '../db/client.js';
import type { FieldCrypto } from '../db/field-crypto.js';

const SEALED = 'sealed:';

/**
 * Graph state holds what patients wrote (thought-record answers, feelings), so channel values and
 * pending writes are encrypted like message bodies. Values written before encryption was enabled
 * (no `sealed:` prefix) still load.
 */
export class SealedSerializer implements SerializerProtocol {
  readonly #inner = new JsonPlusSerializer();
  constructor(private readonly crypto: FieldCrypto) {}

  async dumpsTyped(data: unknown): Promise<[string, Uint8Array]> {
    const [type, bytes] = await this.#inner.dumpsTyped(data);
    return [SEALED + type, this.crypto.seal(bytes)];
  }

  async loadsTyped(type: string, data: Uint8Array | string): Promise<unknown> {
    if (!type.startsWith(SEALED)) return this.#inner.loadsTyped(type, data);
    const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
    return this.#inner.loadsTyped(type.slice(SEALED.length), this.crypto.open(bytes));
  }
}

/**
 * LangGraph's own Postgres saver, on PGlite (through the guarded pool from db/client) or on a
 * server. Metadata stays plain JSON: the saver stores it in a jsonb column and it carries no
 * patient text (step numbers, sources).
 */
class SealedPostgresSaver extends PostgresSaver {
  readonly #plain = new JsonPlusSerializer();

  protected override async _dumpMetadata(metadata: CheckpointMetadata): Promise<unknown> {
    const [, bytes] = await this.#plain.dumpsTyped(metadata);
    return JSON.parse(new TextDecoder().decode(bytes).replace(/\0/g, '')) as unknown;
  }

  protected override async _loadMetadata(metadata: Record<string, unknown>): Promise<unknown> {
    const [type, bytes] = await this.#plain.dumpsTyped(metadata);
    return this.#plain.loadsTyped(type, bytes) as Promise<unknown>;
  }
}

export async function createCheckpointer(pool: CheckpointPool, crypto: FieldCrypto): Promise<PostgresSaver> {
  const saver = new SealedPostgresSaver(pool as unknown as pg.Pool, new SealedSerializer(crypto));
  await saver.setup();
  return saver;
}
