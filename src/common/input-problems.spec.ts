import { parse } from 'node:querystring';
import { inputProblem } from './input-problems';

describe('inputProblem', () => {
  it('finds nothing wrong with ordinary input', () => {
    expect(
      inputProblem({ title: 'Enkät 😀', items: [{ n: 1, ok: true, none: null }], q: ['a', 'b'] }),
    ).toBeNull();
    expect(inputProblem(undefined)).toBeNull();
  });

  it('names a NUL or a lone surrogate with the path of its field, at any depth', () => {
    expect(inputProblem({ a: { b: [{ c: 'x' }, { c: 'y\u0000' }] } })).toEqual({
      field: 'a.b.1.c',
      problem: 'contains a NUL character',
    });
    expect(inputProblem(JSON.parse('{"consultationExemption":{"note":"a\\ud800b"}}'))).toEqual({
      field: 'consultationExemption.note',
      problem: expect.stringMatching(/lone UTF-16 surrogate/),
    });
  });

  it('names the parameter of a query, and a NUL in a name', () => {
    expect(inputProblem(parse('q=a%00b&limit=5'))).toEqual({
      field: 'q',
      problem: 'contains a NUL character',
    });
    expect(inputProblem({ 'na\u0000me': 'x' })).toEqual({
      field: 'na\u0000me',
      problem: '(a field name) contains a NUL character',
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the reserved name %s, which JSON.parse keeps as an own field',
    (key) => {
      const body: unknown = JSON.parse(`{"name":"x","survey":{"${key}":{"polluted":true}}}`);
      expect(inputProblem(body)).toEqual({
        field: `survey.${key}`,
        problem: 'is a reserved name, not a field',
      });
      expect(inputProblem(parse(`${key}=x`))).toEqual({
        field: key,
        problem: 'is a reserved name, not a field',
      });
    },
  );

  it('walks deeper than the stack could recurse', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(inputProblem(deep)?.problem).toBe('contains a NUL character');
  });
});
