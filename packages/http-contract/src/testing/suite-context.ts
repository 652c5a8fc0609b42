import { randomUUID } from 'node:crypto';
import type { TodoViewBody } from '../schemas/todo-view-schema.js';
import { expectTodo } from './expectations.js';
import { send, type ContractRequest, type ContractResponse } from './http-client.js';
import type { HttpContractServer } from './http-contract-server.js';

/** An owner made for one test, so tests never see each other's todos. */
export interface TestOwner {
  readonly id: string;
  readonly token: string;
}

/** What each part of the suite works with once the server runs. */
export interface SuiteContext {
  readonly server: HttpContractServer;
  send(method: string, path: string, request?: ContractRequest): Promise<ContractResponse>;
  newOwner(): Promise<TestOwner>;
  createTodo(owner: TestOwner, body: Record<string, unknown>): Promise<TodoViewBody>;
}

/** Builds the context over a started server. */
export const suiteContext = (server: HttpContractServer): SuiteContext => {
  const context: SuiteContext = {
    server,
    send: (method, path, request) => send(server.baseUrl, method, path, request),
    async newOwner() {
      const id = `owner-${randomUUID()}`;
      return { id, token: await server.tokenFor(id) };
    },
    async createTodo(owner, body) {
      const response = await context.send('POST', '/todos', { token: owner.token, json: body });
      return expectTodo(response, 201);
    },
  };
  return context;
};
