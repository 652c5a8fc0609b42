import { describe, expect, it } from 'vitest';
import { matchRoutePath, matchWholeRoutePath, routeParameters } from './route-path.js';

describe('matchRoutePath', () => {
  it.each([
    ['/todos', '/todos', {}],
    ['/todos', '/prod/todos', {}],
    ['/todos/{id}', '/todos/abc', { id: 'abc' }],
    ['/todos/{id}', '/prod/todos/abc', { id: 'abc' }],
    ['/todos/{id}', '/todos/a%20b', { id: 'a b' }],
    ['/todos/{id}', '/todos/%zz', { id: '%zz' }],
  ])('matches %s in %s', (template, path, parameters) => {
    expect(matchRoutePath(template, path)).toEqual(parameters);
  });

  it.each([
    ['/todos', '/todos/abc'],
    ['/todos/{id}', '/todos'],
    ['/todos/{id}', '/todos/abc/extra'],
    ['/todos/{id}', '/cognito'],
    ['/todos', '/'],
  ])('does not match %s in %s', (template, path) => {
    expect(matchRoutePath(template, path)).toBeUndefined();
  });
});

describe('matchWholeRoutePath', () => {
  it.each([
    ['/todos', '/todos', {}],
    ['/todos/{id}', '/todos/abc', { id: 'abc' }],
  ])('matches %s as the whole of %s', (template, path, parameters) => {
    expect(matchWholeRoutePath(template, path)).toEqual(parameters);
  });

  it.each([
    ['/todos', '/prod/todos'],
    ['/todos', '/todos/'],
    ['/todos/{id}', '/todos/'],
    ['/todos/{id}', '/x/todos/abc'],
  ])('does not match %s in %s', (template, path) => {
    expect(matchWholeRoutePath(template, path)).toBeUndefined();
  });
});

describe('routeParameters', () => {
  it("takes API Gateway's path parameters without looking at the path", () => {
    expect(
      routeParameters('/todos/{id}', { path: '/anything', pathParameters: { id: 'from-gateway' } }),
    ).toEqual({ id: 'from-gateway' });
  });

  it('reads the path when API Gateway matched other parameters, or none', () => {
    expect(
      routeParameters('/todos/{id}', { path: '/todos/from-path', pathParameters: { proxy: 'x' } }),
    ).toEqual({ id: 'from-path' });
    expect(
      routeParameters('/todos/{id}', { path: '/todos/abc', pathParameters: { id: '' } }),
    ).toEqual({ id: 'abc' });
  });

  it('is undefined for a path of another route', () => {
    expect(routeParameters('/todos', { path: '/todos/abc', pathParameters: {} })).toBeUndefined();
  });
});
