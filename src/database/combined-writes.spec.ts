import { combineWrites, valueRows } from './combined-writes';

describe('combineWrites', () => {
  it('leaves a single statement as it is', () => {
    const statement = { text: 'UPDATE a SET x = $1', values: [1] };
    expect(combineWrites([statement])).toBe(statement);
  });

  it('chains statements as CTEs, renumbering the parameters of each after the ones before', () => {
    const combined = combineWrites([
      { text: 'INSERT INTO a (x, y) VALUES ($1, $2)', values: ['x', 'y'] },
      { text: 'UPDATE b SET z = $2 WHERE id = $1', values: ['id', 'z'] },
      { text: 'INSERT INTO c (v) VALUES ($1), ($2), ($3)', values: [1, 2, 3] },
    ]);
    expect(combined.text).toBe(
      [
        'WITH w0 AS (INSERT INTO a (x, y) VALUES ($1, $2)),',
        'w1 AS (UPDATE b SET z = $4 WHERE id = $3),',
        'w2 AS (INSERT INTO c (v) VALUES ($5), ($6), ($7))',
        'SELECT 1 AS written',
      ].join('\n'),
    );
    expect(combined.values).toEqual(['x', 'y', 'id', 'z', 1, 2, 3]);
  });
});

describe('valueRows', () => {
  it('numbers the parameters row by row', () => {
    expect(valueRows(2, 3)).toBe('($1, $2, $3), ($4, $5, $6)');
  });
});
