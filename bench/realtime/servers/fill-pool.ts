// Opens every connection of a PostgreSQL pool before the idle memory sample, so the pool's growth
// under the first burst of traffic is not charged to the shoppers' connections.
import { sql, type Kysely } from 'kysely';

/** The pool size of Obrol's store (lib/store/connect.ts); the INSERT baseline uses the same. */
export const POOL_SIZE = 10;

/** Holds a connection long enough that concurrent callers each need their own. */
export const HOLD_CONNECTION = 'select pg_sleep(0.05)';

export async function fillPool<Database>(db: Kysely<Database>): Promise<void> {
  await Promise.all(Array.from({ length: POOL_SIZE }, () => sql.raw(HOLD_CONNECTION).execute(db)));
}
