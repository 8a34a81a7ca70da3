import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each(['/dashboard', '/dashboard?ar=2025', '/enkater/abc#x', '/'])('accepts %p', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example/',
    '\\\\evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    'javascript:alert(1)',
    'dashboard',
    '',
    undefined,
    ['/dashboard'],
    `/${'a'.repeat(2000)}`,
  ])('refuses %p', (next) => {
    expect(safeNextPath(next)).toBeNull();
  });
});
