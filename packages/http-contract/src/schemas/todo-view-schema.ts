import { Type, type Static } from '@sinclair/typebox';
import { instantSchema, nullable } from './shared-schemas.js';

/**
 * A todo as every response carries it. Absent values are `null`, never missing, and times are
 * ISO 8601 UTC with milliseconds.
 */
export const todoViewSchema = Type.Object(
  {
    id: Type.String({
      description: 'The todo id, time-ordered.',
      examples: ['0193f3c2-7d3e-7a1b-9c4e-2f6a1d9b8e70'],
    }),
    title: Type.String({ examples: ['Buy milk'] }),
    description: nullable(Type.String()),
    dueDate: nullable(
      Type.String({ description: 'A date (`2026-12-24`) or a date-time with an offset.' }),
    ),
    completed: Type.Boolean(),
    completedAt: nullable(instantSchema),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    version: Type.Integer({
      minimum: 1,
      description: 'Goes up by one with every change; also sent as the `ETag` ("<version>").',
    }),
  },
  { additionalProperties: false, title: 'Todo' },
);

/** A todo as the API sends it. */
export type TodoViewBody = Static<typeof todoViewSchema>;

/** One page of a list; pass `nextCursor` back as `cursor` for the next one. */
export const todoPageSchema = Type.Object(
  {
    items: Type.Array(todoViewSchema),
    nextCursor: nullable(
      Type.String({ description: 'Opaque; `null` when there are no more todos.' }),
    ),
  },
  { additionalProperties: false, title: 'TodoPage' },
);

/** A page of todos as the API sends it. */
export type TodoPageBody = Static<typeof todoPageSchema>;
