function isWhitespaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export const isWhitespaceAt = (text: string, index: number): boolean =>
  isWhitespaceCode(text.charCodeAt(index));
export const isLineBreakCode = (code: number): boolean =>
  (code >= 0x0a && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
export const isUppercase = (char: string): boolean => char !== char.toLowerCase();
export const isLowercase = (char: string): boolean => char !== char.toUpperCase();
export const isDigit = (char: string): boolean => char >= '0' && char <= '9';
