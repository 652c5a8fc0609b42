import { expect } from 'vitest';
import { problemCodes, problemTable, problemType, type ProblemCode } from '../../error-table.js';
import { problemSchema } from '../../schemas/problem-schema.js';
import { compileValidator } from '../../validator.js';
import { describeRequest, type HostileRequest } from './hostile-request.js';
import type { RawResponse } from './raw-http-exchange.js';

const validateProblem = compileValidator(problemSchema, 'response');

const isProblemCode = (code: unknown): code is ProblemCode =>
  problemCodes.some((known) => known === code);

/**
 * Asserts that `response` refuses `request` as the contract says: a 4xx, problem+json in the
 * schema's shape, one of the codes the request expects, with the status, type and title the
 * error table gives that code, and `WWW-Authenticate` on a 401. Failure messages name the
 * request and the answer.
 */
export const expectRefusal = (response: RawResponse, request: HostileRequest): ProblemCode => {
  const text = response.body.toString('utf8');
  const answer = `${describeRequest(request)}\n  was answered ${response.status}: ${text.slice(0, 400)}`;

  expect(response.status, answer).toBeGreaterThanOrEqual(400);
  expect(response.status, answer).toBeLessThan(500);
  expect(response.headers['content-type'], answer).toMatch(/^application\/problem\+json/);
  let body: unknown;
  expect(() => (body = JSON.parse(text)), answer).not.toThrow();
  const problem = validateProblem(body);
  expect(problem.ok ? [] : problem.error, answer).toEqual([]);
  if (!problem.ok) throw new Error('unreachable: checked above');

  const { code } = problem.value;
  expect(request.expected, answer).toContain(code);
  if (!isProblemCode(code)) throw new Error('unreachable: expected codes are problem codes');
  expect(
    { status: problem.value.status, type: problem.value.type, title: problem.value.title },
    answer,
  ).toEqual({
    status: problemTable[code].status,
    type: problemType(code),
    title: problemTable[code].title,
  });
  expect(response.status, answer).toBe(problemTable[code].status);
  if (response.status === 401) {
    expect(response.headers['www-authenticate'], answer).toMatch(/^Bearer\b/);
  }
  return code;
};
