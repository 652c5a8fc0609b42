import { Type, type TSchema } from '@sinclair/typebox';

/** `schema` or `null`. */
export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** An instant as the views write it: `2026-12-03T16:46:01.000Z`. */
export const instantSchema = Type.String({
  format: 'date-time',
  description: 'ISO 8601, UTC, milliseconds.',
  examples: ['2026-12-03T16:46:01.000Z'],
});
