import { FLAG_CODES } from '../flags/flag-codes';
import { FLAG_LABELS_SV } from './flag-labels';

describe('FLAG_LABELS_SV', () => {
  it('names every one of the thirteen flag codes, each differently', () => {
    expect(FLAG_CODES).toHaveLength(13);
    const labels = FLAG_CODES.map((code) => FLAG_LABELS_SV[code]);
    expect(labels.every((label) => label.trim().length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(13);
    expect(FLAG_LABELS_SV.SENT_WITHOUT_CONSULTATION).toBe('Skickad utan samråd');
  });
});
