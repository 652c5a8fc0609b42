import { Type, type Static } from '@sinclair/typebox';

/** Where one input is wrong: a JSON Pointer into the request and what is wrong there. */
export const fieldErrorSchema = Type.Object(
  {
    path: Type.String({
      description:
        'A JSON Pointer rooted at the request part: `/body/title`, `/query/limit`, ' +
        '`/headers/if-match`.',
      examples: ['/body/title'],
    }),
    message: Type.String({ examples: ['Expected string'] }),
  },
  { additionalProperties: false },
);

/** One input error in a problem's `errors`. */
export type FieldError = Static<typeof fieldErrorSchema>;

/** An RFC 9457 problem, as every error response carries it (`application/problem+json`). */
export const problemSchema = Type.Object(
  {
    type: Type.String({ description: 'Identifies the problem: one URI per `code`.' }),
    title: Type.String({ description: 'Fixed for each `code`.' }),
    status: Type.Integer({ description: 'The HTTP status, repeated.' }),
    detail: Type.String({ description: 'What went wrong in this request.' }),
    code: Type.String({
      description: 'Stable, dotted; match on this.',
      examples: ['todo.not-found'],
    }),
    errors: Type.Optional(Type.Array(fieldErrorSchema)),
  },
  { additionalProperties: false, title: 'Problem' },
);

/** A problem body. */
export type Problem = Static<typeof problemSchema>;
