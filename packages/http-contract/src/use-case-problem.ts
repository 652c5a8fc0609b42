import type { UseCaseError } from '@todo/ports';
import type { HttpResponse } from './http-exchange.js';
import { problemResponse } from './problem-response.js';

const field = (path: string, message: string) => ({ detail: message, errors: [{ path, message }] });

/**
 * Turns a use case's expected failure into its response. The detail explains this request from
 * the error's own fields; server-side faults get only the table's title.
 */
export const useCaseProblem = (error: UseCaseError): HttpResponse => {
  switch (error.code) {
    case 'todo.title-empty':
      return problemResponse(error.code, field('/body/title', 'The title is empty.'));
    case 'todo.title-too-long':
      return problemResponse(
        error.code,
        field(
          '/body/title',
          `The title has ${error.length} characters; at most ${error.maxLength} are allowed.`,
        ),
      );
    case 'todo.title-control-character':
      return problemResponse(
        error.code,
        field('/body/title', 'The title contains a control character.'),
      );
    case 'todo.description-empty':
      return problemResponse(
        error.code,
        field('/body/description', 'The description is blank; send null to clear it.'),
      );
    case 'todo.description-too-long':
      return problemResponse(
        error.code,
        field(
          '/body/description',
          `The description has ${error.length} characters; at most ${error.maxLength} are allowed.`,
        ),
      );
    case 'todo.description-control-character':
      return problemResponse(
        error.code,
        field('/body/description', 'The description contains a control character.'),
      );
    case 'todo.due-date-invalid':
      return problemResponse(
        error.code,
        field(
          '/body/dueDate',
          'Expected a real date (2026-12-24) or a date-time with an offset (2026-12-24T18:00Z).',
        ),
      );
    case 'todo.version-mismatch':
      return problemResponse(error.code, {
        detail:
          error.actualVersion === null
            ? `The todo is no longer at version ${error.expectedVersion}.`
            : `The todo is at version ${error.actualVersion}, not ${error.expectedVersion}.`,
      });
    case 'list.limit-invalid':
      return problemResponse(
        error.code,
        field('/query/limit', `Expected an integer from ${error.min} to ${error.max}.`),
      );
    case 'list.cursor-invalid':
      return problemResponse(
        error.code,
        field('/query/cursor', 'The cursor does not belong to this list.'),
      );
    case 'idempotency.key-invalid':
      return problemResponse(
        error.code,
        field(
          '/headers/idempotency-key',
          'Expected 1-128 visible ASCII characters (! to ~), such as a UUID.',
        ),
      );
    case 'idempotency.key-reused':
      return problemResponse(error.code, {
        detail:
          'This Idempotency-Key was used with a different title, description or due date. ' +
          'Send a new key for a new todo.',
      });
    case 'todo.completed-not-editable':
      return problemResponse(error.code, {
        detail: 'The todo is completed; its title, description and due date can no longer change.',
      });
    case 'todo.cannot-uncomplete':
      return problemResponse(error.code, {
        detail: 'The todo is completed and cannot be marked open again.',
      });
    default:
      return problemResponse(error.code);
  }
};
