const parameterPattern = /^\{(\w+)\}$/;

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    // A broken escape (`%zz`) stays as sent; no todo id can contain `%`, so it is answered 404.
    return segment;
  }
};

/**
 * The parameters of `template` (the contract's `/todos/{id}`) in a request path, or `undefined`
 * when the path does not end in the template's segments. Only the end is compared, because the
 * path API Gateway passes may start with a stage (`/prod/todos/1`) or a custom domain's base
 * path; each `{name}` matches one non-empty segment, percent-decoded.
 *
 * @example
 * matchRoutePath('/todos/{id}', '/prod/todos/abc') // { id: 'abc' }
 * matchRoutePath('/todos/{id}', '/todos') // undefined
 */
export const matchRoutePath = (
  template: string,
  path: string,
): Record<string, string> | undefined => {
  const expected = segmentsOf(template);
  const actual = segmentsOf(path).slice(-expected.length);
  if (actual.length !== expected.length) return undefined;

  const parameters = new Map<string, string>();
  for (const [index, segment] of expected.entries()) {
    const received = actual[index] ?? '';
    const name = parameterPattern.exec(segment)?.[1];
    if (name !== undefined) parameters.set(name, decoded(received));
    else if (segment !== received) return undefined;
  }
  return Object.fromEntries(parameters);
};

/**
 * Like {@link matchRoutePath}, but the whole path must be the template: for a server that routes
 * requests itself (the local gateway), as API Gateway does. A trailing slash is another path.
 */
export const matchWholeRoutePath = (
  template: string,
  path: string,
): Record<string, string> | undefined =>
  path.split('/').length === template.split('/').length
    ? matchRoutePath(template, path)
    : undefined;

/** The `{name}`s of a path template, in order. */
export const templateParameterNames = (template: string): string[] =>
  segmentsOf(template).flatMap((segment) => {
    const name = parameterPattern.exec(segment)?.[1];
    return name === undefined ? [] : [name];
  });

/**
 * The route's path parameters for a request: taken from API Gateway's `pathParameters` when it
 * matched them all (it routed the request, so the path needs no second look), else read from the
 * path. `undefined` means the request is not for this route.
 */
export const routeParameters = (
  template: string,
  request: { readonly path: string; readonly pathParameters: Readonly<Record<string, string>> },
): Record<string, string> | undefined => {
  const names = templateParameterNames(template);
  const fromGateway = names.flatMap((name) => {
    const value = request.pathParameters[name];
    return value === undefined || value === '' ? [] : [[name, value] as const];
  });
  if (names.length > 0 && fromGateway.length === names.length) {
    return Object.fromEntries(fromGateway);
  }
  return matchRoutePath(template, request.path);
};
