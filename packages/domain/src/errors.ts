/**
 * Every way the domain can refuse an input or a change. Each member is keyed on a dotted, stable
 * `code` that callers match on; the other fields are what that code needs to be explained.
 */
export type DomainError =
  | { readonly code: 'todo.id-invalid' }
  | { readonly code: 'todo.owner-id-invalid'; readonly reason: 'empty' | 'too-long' }
  | { readonly code: 'todo.title-empty' }
  | { readonly code: 'todo.title-too-long'; readonly maxLength: number; readonly length: number }
  | { readonly code: 'todo.title-control-character' }
  | { readonly code: 'todo.description-empty' }
  | {
      readonly code: 'todo.description-too-long';
      readonly maxLength: number;
      readonly length: number;
    }
  | { readonly code: 'todo.description-control-character' }
  | { readonly code: 'todo.due-date-invalid' }
  | { readonly code: 'todo.timestamp-invalid' }
  | { readonly code: 'todo.completed-not-editable' }
  | { readonly code: 'todo.cannot-uncomplete' }
  | { readonly code: 'todo.snapshot-invalid'; readonly field: string };

/** The `code` of every {@link DomainError}. */
export type DomainErrorCode = DomainError['code'];

/** Every {@link DomainErrorCode}, for tables that must cover them all. */
export const domainErrorCodes = [
  'todo.id-invalid',
  'todo.owner-id-invalid',
  'todo.title-empty',
  'todo.title-too-long',
  'todo.title-control-character',
  'todo.description-empty',
  'todo.description-too-long',
  'todo.description-control-character',
  'todo.due-date-invalid',
  'todo.timestamp-invalid',
  'todo.completed-not-editable',
  'todo.cannot-uncomplete',
  'todo.snapshot-invalid',
] as const satisfies readonly DomainErrorCode[];
