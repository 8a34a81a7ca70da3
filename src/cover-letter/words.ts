/** Word lists are written as plain text, one space between words, to keep them easy to scan. */
export const wordList = (words: string): string[] => words.trim().split(/\s+/u);
export const wordSet = (words: string): Set<string> => new Set(wordList(words));
