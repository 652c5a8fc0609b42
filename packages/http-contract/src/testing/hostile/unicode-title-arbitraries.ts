import fc from 'fast-check';

/** A title to send, what the server must store, and its length counted as the domain counts. */
export interface UnicodeTitle {
  /** As sent: {@link stored} with whitespace around it, which the server trims. */
  readonly title: string;
  readonly stored: string;
  /** Unicode code points in {@link stored}, known by construction. */
  readonly codePoints: number;
  /** A control character (Unicode category Cc) somewhere inside, which the domain refuses. */
  readonly controlCharacter: boolean;
}

// Pieces of text with their length in code points written next to them, so that no test asks
// the code under test (or the same kind of counting) how long a title is.
const pieces: readonly (readonly [string, number])[] = [
  ['a', 1],
  ['é', 1],
  ['e\u0301', 2], // e + combining acute accent
  ['a\u0308\u0323', 3], // a + combining diaeresis + combining dot below
  ['ש', 1], // Hebrew
  ['ع', 1], // Arabic
  ['\u200F', 1], // right-to-left mark
  ['\u202E', 1], // right-to-left override
  ['\u200B', 1], // zero-width space
  ['\u200C', 1], // zero-width non-joiner
  ['\u200D', 1], // zero-width joiner, alone
  ['\u2060', 1], // word joiner
  ['😀', 1],
  ['👩\u200D👩\u200D👧', 5], // a family: three people joined by two zero-width joiners
  ['🇫🇷', 2], // a flag: two regional indicators
  ['👍🏽', 2], // thumbs up with a skin tone
  ['1\uFE0F\u20E3', 3], // keycap one
  ['漢', 1],
  ['क्षि', 4], // Devanagari conjunct: क ् ष ि
  ['𝔘', 1], // outside the Basic Multilingual Plane
  ['\uFFFD', 1], // the replacement character, sent on purpose
  ['x y', 3],
];
const onePointPieces = pieces.filter(([, length]) => length === 1).map(([text]) => text);

// Whitespace that JavaScript's trim (and so the domain) removes around a title.
const padding = fc.constantFrom('', ' ', '  ', '\u00A0', '\u3000', '\u2003', '\t', '\n', '\r\n');

// Control characters (Unicode Cc) a title must not contain: C0, DEL and C1.
const controlCharacters = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u009F',
);

/** Joins pieces into a text of exactly `length` code points, topping up with one-point pieces. */
const textOf = (length: number, chosen: readonly (readonly [string, number])[], filler: number) => {
  let text = '';
  let used = 0;
  for (const [piece, size] of chosen) {
    if (used + size > length) continue;
    text += piece;
    used += size;
  }
  for (let index = 0; used < length; index += 1, used += 1) {
    text += onePointPieces[(filler + index) % onePointPieces.length];
  }
  return text;
};

/**
 * Titles in many scripts, with emoji sequences, combining marks and zero-width characters, on
 * both sides of the 50-code-point limit, wrapped in whitespace; some with a control character.
 */
export const unicodeTitles: fc.Arbitrary<UnicodeTitle> = fc
  .record({
    codePoints: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 51, max: 70 })),
    chosen: fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
    filler: fc.nat(),
    before: padding,
    after: padding,
    control: fc.option(fc.tuple(controlCharacters, fc.nat()), { nil: undefined }),
  })
  .map(({ codePoints, chosen, filler, before, after, control }) => {
    // Control characters go inside, never at an end, where trimming could take them off.
    if (control !== undefined && codePoints >= 3) {
      const [character, at] = control;
      const text = textOf(codePoints - 1, chosen, filler);
      const points = [...text];
      const index = 1 + (at % (points.length - 1));
      const stored = [...points.slice(0, index), character, ...points.slice(index)].join('');
      return { title: `${before}${stored}${after}`, stored, codePoints, controlCharacter: true };
    }
    const stored = textOf(codePoints, chosen, filler);
    return { title: `${before}${stored}${after}`, stored, codePoints, controlCharacter: false };
  });
