import { niceMax, px, scaleLength, ticks } from './scale';

describe('niceMax', () => {
  it.each([
    [0, 1],
    [-5, 1],
    [0.3, 0.5],
    [1, 1],
    [1.2, 2],
    [2.2, 2.5],
    [246, 250],
    [725, 1000],
    [5905, 10000],
    [3000, 5000],
  ])('rounds %p up to %p', (value, expected) => {
    expect(niceMax(value)).toBeCloseTo(expected, 10);
  });
});

describe('ticks', () => {
  it('spaces five intervals from 0 to the maximum', () => {
    expect(ticks(250)).toEqual([0, 50, 100, 150, 200, 250]);
  });
});

describe('scaleLength', () => {
  it('is proportional, clamped at the maximum and never negative', () => {
    expect(scaleLength(50, 200, 400)).toBe(100);
    expect(scaleLength(300, 200, 400)).toBe(400);
    expect(scaleLength(-1, 200, 400)).toBe(0);
    expect(scaleLength(5, 0, 400)).toBe(0);
  });
});

describe('px', () => {
  it('keeps one decimal', () => {
    expect(px(12.345)).toBe('12.3');
    expect(px(7)).toBe('7');
  });
});
