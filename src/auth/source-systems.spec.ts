import type { Actor } from './roles';
import {
  boundSourceSystems,
  distinctSourceSystems,
  mayUseSourceSystem,
  sourceSystemsProblems,
} from './source-systems';

const registrar: Actor = {
  keyId: 'k',
  name: 'Diariet',
  role: 'registrar',
  sourceSystems: ['diarium-a', 'diarium-b'],
};

describe('sourceSystemsProblems', () => {
  it('requires at least one system for a registrar key', () => {
    expect(sourceSystemsProblems('registrar', undefined)).toEqual([
      { field: 'sourceSystems', problem: expect.stringContaining('required') },
    ]);
    expect(sourceSystemsProblems('registrar', [])).toHaveLength(1);
    expect(sourceSystemsProblems('registrar', ['diarium-a'])).toEqual([]);
  });

  it.each(['admin', 'skr', 'network'] as const)('refuses systems for a %s key', (role) => {
    expect(sourceSystemsProblems(role, ['diarium-a'])).toEqual([
      { field: 'sourceSystems', problem: expect.stringContaining('only for registrar') },
    ]);
    expect(sourceSystemsProblems(role, [])).toHaveLength(1);
    expect(sourceSystemsProblems(role, undefined)).toEqual([]);
  });
});

describe('which systems an actor may use', () => {
  it('binds a registrar to its own systems, exactly as spelt', () => {
    expect(mayUseSourceSystem(registrar, 'diarium-a')).toBe(true);
    expect(mayUseSourceSystem(registrar, 'diarium-b')).toBe(true);
    expect(mayUseSourceSystem(registrar, 'diarium-c')).toBe(false);
    expect(mayUseSourceSystem(registrar, 'Diarium-A')).toBe(false);
    expect(boundSourceSystems(registrar)).toEqual(['diarium-a', 'diarium-b']);
  });

  it('gives a registrar without systems (a migrated key never used) none', () => {
    const unbound: Actor = { keyId: 'k', name: 'old', role: 'registrar' };
    expect(mayUseSourceSystem(unbound, 'diarium-a')).toBe(false);
    expect(boundSourceSystems(unbound)).toEqual([]);
  });

  it.each(['admin', 'skr', 'system'] as const)('leaves every system to %s', (role) => {
    const actor: Actor = { keyId: null, name: role, role };
    expect(mayUseSourceSystem(actor, 'any-diarium')).toBe(true);
    expect(boundSourceSystems(actor)).toBeNull();
  });

  it('keeps each system once, in the order given', () => {
    expect(distinctSourceSystems(['b', 'a', 'b'])).toEqual(['b', 'a']);
    expect(distinctSourceSystems(undefined)).toEqual([]);
  });
});
