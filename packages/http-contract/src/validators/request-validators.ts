import { err, ok } from '@todo/domain';
import type {
  CreateTodoBody,
  ListTodosQueryParameters,
  UpdateTodoBody,
} from '../schemas/request-schemas.js';
import type { Validator } from '../validator.js';
import {
  checkCreateTodoBody,
  checkListTodosQuery,
  checkUpdateTodoBody,
  createTodoBodyRules,
  listTodosQueryRules,
  updateTodoBodyRules,
} from './request-validators.generated.js';
import { fieldErrorsOf } from './rule-errors.js';

// Plain functions over checks generated ahead of time: nothing is compiled when a bundle loads,
// and a bundle that imports one route carries only that route's check and no TypeBox.

/** Validates a `POST /todos` body, as `compileValidator(createTodoBodySchema, 'body')` does. */
export const validateCreateTodoBody: Validator<CreateTodoBody> = (value) =>
  checkCreateTodoBody(value) ? ok(value) : err(fieldErrorsOf(createTodoBodyRules, 'body', value));

/** Validates a `PATCH /todos/{id}` body, as `compileValidator(updateTodoBodySchema, 'body')` does. */
export const validateUpdateTodoBody: Validator<UpdateTodoBody> = (value) =>
  checkUpdateTodoBody(value) ? ok(value) : err(fieldErrorsOf(updateTodoBodyRules, 'body', value));

/** Validates a `GET /todos` query, as `compileValidator(listTodosQuerySchema, 'query')` does. */
export const validateListTodosQuery: Validator<ListTodosQueryParameters> = (value) =>
  checkListTodosQuery(value) ? ok(value) : err(fieldErrorsOf(listTodosQueryRules, 'query', value));
