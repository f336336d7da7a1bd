import { createTestStore } from '../../support/store';

test('a test store opens migrated', async () => {
  const store = await createTestStore();
  const tables = await store.db.introspection.getTables();
  expect(tables.map((t) => t.name)).toContain('messages');
  await store.close();
}, 60_000);
