export {
  authVariables,
  minimumSecretBytes,
  parseAuthSettings,
  type AuthSettings,
  type SettingError,
} from './auth/auth-settings.js';
export { bearerTokenOf } from './auth/bearer-token.js';
export {
  developmentModeBanner,
  developmentSubject,
  developmentTokenLifetimeSeconds,
  signHs256Token,
} from './auth/development-token.js';
export {
  createTokenVerifier,
  type Authentication,
  type TokenVerifier,
  type TokenVerifierOptions,
} from './auth/token-verifier.js';
export {
  answerClientError,
  clientErrorResponse,
  missingHostResponse,
  rawHttpResponse,
  requestTimeoutMs,
} from './client-error-response.js';
export {
  docsAssetPaths,
  docsAssetResponse,
  docsPageResponse,
  type StaticResponse,
} from './docs/docs-page.js';
export { entityTag, parseIfMatch } from './entity-tag.js';
export {
  httpErrorCodes,
  problemCodes,
  problemTable,
  problemType,
  storeRetryAfterSeconds,
  type HttpErrorCode,
  type ProblemCode,
  type ProblemDefinition,
} from './error-table.js';
export { problemMeanings } from './problem-meanings.js';
export {
  jsonContentType,
  problemContentType,
  type HttpRequest,
  type HttpResponse,
} from './http-exchange.js';
export { bodyLimitBytes, isJsonContentType, readJsonBody, type RawBody } from './json-body.js';
export {
  acceptedRequestId,
  requestIdHeader,
  requestLogEntry,
  requestLogFields,
  requestLogLevel,
  requestLogMessage,
  type RequestLogEntry,
  type RequestLogInput,
} from './log-fields.js';
export {
  buildOpenApiDocument,
  type OpenApiDocument,
  type OpenApiOptions,
} from './openapi-document.js';
export {
  errorCodeOf,
  healthResponse,
  publicPaths,
  readinessResponse,
  unexpectedErrorResponse,
} from './operational-responses.js';
export {
  invalidRequest,
  problemBody,
  problemResponse,
  type ProblemDetails,
} from './problem-response.js';
export type { TodoOperationId, TodoRoute } from './routes/todo-route.js';
export { createTodoRoute } from './routes/create-todo-route.js';
export { deleteTodoRoute } from './routes/delete-todo-route.js';
export { getTodoRoute } from './routes/get-todo-route.js';
export { listTodosRoute } from './routes/list-todos-route.js';
export { todoRoutes } from './routes/todo-routes.js';
export { updateTodoRoute } from './routes/update-todo-route.js';
export {
  fieldErrorSchema,
  problemSchema,
  type FieldError,
  type Problem,
} from './schemas/problem-schema.js';
export {
  createTodoBodySchema,
  listTodosQuerySchema,
  updateTodoBodySchema,
  type CreateTodoBody,
  type ListTodosQueryParameters,
  type UpdateTodoBody,
} from './schemas/request-schemas.js';
export {
  todoPageSchema,
  todoViewSchema,
  type TodoPageBody,
  type TodoViewBody,
} from './schemas/todo-view-schema.js';
export { useCaseProblem } from './use-case-problem.js';
export { compileValidator, type RequestPart, type Validator } from './validator.js';
