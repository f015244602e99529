/** What a code point is, for the passes over a text's code points (normalise, its table reader): one definition each. */

/** An ASCII digit. */
export const isDigitCp = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** An ASCII or a full-width digit (the width pass folds them as it goes). */
export const anyDigit = (cp: number): boolean => isDigitCp(cp) || (cp >= 0xff10 && cp <= 0xff19);
/** A Chinese character (the unified blocks, compatibility ideographs and the extensions). */
export const isHanCp = (cp: number): boolean => (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x2ffff);
/** Horizontal white space: a space, a tab, a no-break, ideographic, en or em space, a zero-width space or BOM. */
export const isHSpaceCp = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000 || c === 0x2002 || c === 0x2003 || c === 0x200b || c === 0xfeff;
