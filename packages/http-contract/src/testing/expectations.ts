import { expect } from 'vitest';
import { problemTable, problemType, type ProblemCode } from '../error-table.js';
import { problemSchema, type Problem } from '../schemas/problem-schema.js';
import {
  todoPageSchema,
  todoViewSchema,
  type TodoPageBody,
  type TodoViewBody,
} from '../schemas/todo-view-schema.js';
import { compileValidator } from '../validator.js';
import type { ContractResponse } from './http-client.js';

const validateProblem = compileValidator(problemSchema, 'response');
const validateTodo = compileValidator(todoViewSchema, 'response');
const validatePage = compileValidator(todoPageSchema, 'response');

/**
 * Asserts `response` is the problem `code` with `status`: problem+json, the schema's shape, the
 * code's type URI and title. `status` is written out by each test (not read from the table), so
 * a wrong table entry fails too.
 */
export const expectProblem = (
  response: ContractResponse,
  code: ProblemCode,
  status: number,
): Problem => {
  expect({ status: response.status, body: response.body }).toMatchObject({
    status,
    body: { code },
  });
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = validateProblem(response.body);
  expect(problem.ok ? [] : problem.error).toEqual([]);
  expect(response.body).toMatchObject({
    type: problemType(code),
    title: problemTable[code].title,
    status,
    detail: expect.any(String),
  });
  if (!problem.ok) throw new Error('unreachable: checked above');
  return problem.value;
};

/** Asserts a `request.invalid` 400 whose `errors` name exactly these paths. */
export const expectInvalidRequest = (
  response: ContractResponse,
  paths: readonly string[],
): Problem => {
  const problem = expectProblem(response, 'request.invalid', 400);
  expect(problem.errors?.map((error) => error.path).sort()).toEqual([...paths].sort());
  for (const error of problem.errors ?? []) expect(error.message).not.toBe('');
  return problem;
};

/** Asserts a todo response: `status`, JSON, the view's shape and an `ETag` of its version. */
export const expectTodo = (response: ContractResponse, status: number): TodoViewBody => {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const todo = validateTodo(response.body);
  expect(todo.ok ? [] : todo.error).toEqual([]);
  if (!todo.ok) throw new Error('unreachable: checked above');
  expect(response.headers.get('etag')).toBe(`"${todo.value.version}"`);
  return todo.value;
};

/** Asserts a 200 page of todos in the schema's shape. */
export const expectPage = (response: ContractResponse): TodoPageBody => {
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 200 });
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const page = validatePage(response.body);
  expect(page.ok ? [] : page.error).toEqual([]);
  if (!page.ok) throw new Error('unreachable: checked above');
  return page.value;
};
