import { scoreProperty } from './score';

describe('scoreProperty', () => {
  it('counts accuracy, precision and recall per class', () => {
    const score = scoreProperty(
      [
        { expected: 'a', actual: 'a' },
        { expected: 'a', actual: 'b' },
        { expected: 'b', actual: 'b' },
        { expected: 'c', actual: 'a' },
      ],
      ['a', 'b'],
    );
    expect(score.total).toBe(4);
    expect(score.correct).toBe(2);
    expect(score.accuracy).toBe(0.5);
    expect(score.classes.get('a')).toEqual({ precision: 0.5, recall: 0.5 });
    expect(score.classes.get('b')).toEqual({ precision: 0.5, recall: 1 });
  });

  it('gives full marks to a class that is neither labelled nor read', () => {
    const score = scoreProperty([{ expected: false, actual: false }], [true]);
    expect(score.classes.get(true)).toEqual({ precision: 1, recall: 1 });
    expect(score.accuracy).toBe(1);
  });
});
