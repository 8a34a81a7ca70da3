import { Client } from 'pg';
describe('test database', () => {
  it('is reachable', async () => {
    const c = new Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    const r = await c.query('select 1 + 1 as two');
    await c.end();
    expect(r.rows[0].two).toBe(2);
  });
});
