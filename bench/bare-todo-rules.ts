// The domain's rules for a todo's fields, checked inline the short way, as a service without a
// hexagon would check them. Both baselines use them: the bare Fastify server
// (http/bare-fastify-server.ts) and the bare Lambda handlers (lambda/bare-handler.ts).

/** The ids the app accepts in a path. */
export const todoIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

const controlCharacter = /\p{Cc}/u;
const controlOtherThanWhitespace = /[^\P{Cc}\t\n\r]/u;

/** A due date: a calendar date, or a date and time with an offset. */
export const datePattern =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

const codePoints = (text: string): number => {
  let length = 0;
  for (const _ of text) length += 1;
  return length;
};

/** The title trimmed, or undefined when it breaks a rule (empty, over 50, control characters). */
export const validTitle = (title: string): string | undefined => {
  const trimmed = title.trim();
  const length = codePoints(trimmed);
  return length >= 1 && length <= 50 && !controlCharacter.test(trimmed) ? trimmed : undefined;
};

/** The description trimmed, or undefined when it breaks a rule (empty, over 1,000, controls). */
export const validDescription = (text: string): string | undefined => {
  const trimmed = text.trim();
  const length = codePoints(trimmed);
  return length >= 1 && length <= 1000 && !controlOtherThanWhitespace.test(trimmed)
    ? trimmed
    : undefined;
};

/** `If-Match`: undefined when absent or `*`, the version it names, or null when malformed. */
export const parseIfMatch = (header: string | undefined): number | undefined | null => {
  if (header === undefined || header.trim() === '*') return undefined;
  const version = /^"([1-9][0-9]{0,14})"$/.exec(header.trim())?.[1];
  return version === undefined ? null : Number(version);
};
