import { Type, type Static } from '@sinclair/typebox';
import { listLimits } from '@todo/ports';
import { nullable } from './shared-schemas.js';

// Length limits are the domain's and count Unicode code points after trimming, which JSON Schema's
// maxLength does not do consistently across validators; the schemas describe them and the domain
// enforces them, answering with its own error codes.
const title = Type.String({
  description: '1-50 characters after trimming; no control characters.',
  examples: ['Buy milk'],
});
const description = nullable(
  Type.String({ description: '1-1,000 characters after trimming. `null` clears it.' }),
);
const dueDate = nullable(
  Type.String({
    description:
      'A date (`2026-12-24`) or a date-time with an offset (`2026-12-24T18:00:00+01:00`). ' +
      '`null` clears it.',
    examples: ['2026-12-24'],
  }),
);

/** The body of `POST /todos`. Unknown fields are refused. */
export const createTodoBodySchema = Type.Object(
  { title, description: Type.Optional(description), dueDate: Type.Optional(dueDate) },
  { additionalProperties: false, title: 'CreateTodoRequest' },
);

/** A valid `POST /todos` body. */
export type CreateTodoBody = Static<typeof createTodoBodySchema>;

/** The body of `PATCH /todos/{id}`: at least one field; unknown fields are refused. */
export const updateTodoBodySchema = Type.Object(
  {
    title: Type.Optional(title),
    description: Type.Optional(description),
    dueDate: Type.Optional(dueDate),
    completed: Type.Optional(
      Type.Boolean({
        description: '`true` completes the todo. `false` on a completed todo is refused.',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1, title: 'UpdateTodoRequest' },
);

/** A valid `PATCH /todos/{id}` body. */
export type UpdateTodoBody = Static<typeof updateTodoBodySchema>;

/** The query of `GET /todos`. Unknown parameters are refused. */
export const listTodosQuerySchema = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({
        minimum: listLimits.min,
        maximum: listLimits.max,
        default: listLimits.default,
        description: 'How many todos at most.',
      }),
    ),
    cursor: Type.Optional(
      Type.String({ minLength: 1, description: 'The `nextCursor` of the previous page.' }),
    ),
    status: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('completed')], {
        description: 'Only open or only completed todos; all when absent.',
      }),
    ),
  },
  { additionalProperties: false },
);

/** A valid `GET /todos` query, with `limit` as a number. */
export type ListTodosQueryParameters = Static<typeof listTodosQuerySchema>;
