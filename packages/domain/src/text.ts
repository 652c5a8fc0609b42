// Shared by the value objects that limit text length: lengths count Unicode code points, so an
// emoji or a letter outside the Basic Multilingual Plane is one character, not two UTF-16 units.

/** The number of Unicode code points in `text`. */
export const codePointLength = (text: string): number => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};

// Made once, here: a pattern written inside a function is a new RegExp on every call, and the
// app bundles write these two (Unicode property escapes) as `new RegExp(...)`, which costs more
// still. Neither has the `g` or `y` flag, so `test` keeps no state between calls.
const controlCharacter = /\p{Cc}/u;
const controlCharacterOtherThanWhitespace = /[^\P{Cc}\t\n\r]/u;

/** True when `text` holds a C0 or C1 control character (Unicode category Cc). */
export const hasControlCharacter = (text: string): boolean => controlCharacter.test(text);

/** Like {@link hasControlCharacter}, but line breaks and tabs are allowed. */
export const hasControlCharacterOtherThanWhitespace = (text: string): boolean =>
  controlCharacterOtherThanWhitespace.test(text);
