import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from './dialect.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { DIALECTS, dropSchema } from './test-dialects.js';

for (const dialect of DIALECTS) {
  test(`[${dialect.name}] migrations: applied once, in order, recorded`, { skip: dialect.skip }, async () => {
    const { target, schema } = dialect.target(':memory:');
    const conn = await openDatabase(target, schema ? { schema } : {});
    try {
      assert.deepEqual(await migrateToLatest(conn), [], 'opening already migrated to latest');
      const names = Object.keys(migrations(dialect.name));
      assert.ok(
        names.every((n) => /^\d{4}-[a-z0-9-]+$/.test(n)),
        'numbered names',
      );
      const rows = await conn.db.selectFrom('events').select('id').execute();
      assert.deepEqual(rows, []);
    } finally {
      await conn.db.destroy();
      if (schema) await dropSchema(target, schema);
    }
  });
}
