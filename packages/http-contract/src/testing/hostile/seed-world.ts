import type { TodoViewBody } from '../../schemas/todo-view-schema.js';
import { expectPage, expectTodo } from '../expectations.js';
import type { SuiteContext } from '../suite-context.js';
import { badCredentialsFor } from './bad-credentials.js';
import type { HostileOwner, HostileWorld } from './hostile-world.js';

const nextCursorOf = async (context: SuiteContext, token: string, query: string) => {
  const page = expectPage(await context.send('GET', `/todos?${query}`, { token }));
  if (page.nextCursor === null) throw new Error(`No second page for ?${query}`);
  return page.nextCursor;
};

/** A new owner with three todos (one with every field, one completed) and cursors into them. */
const seedOwner = async (context: SuiteContext, name: string): Promise<HostileOwner> => {
  const owner = await context.newOwner();
  const todos: TodoViewBody[] = [
    await context.createTodo(owner, { title: `${name}'s first` }),
    await context.createTodo(owner, {
      title: `${name}'s second`,
      description: 'With every field',
      dueDate: '2027-01-31',
    }),
    await context.createTodo(owner, { title: `${name}'s third` }),
  ];
  const [open, , done] = todos;
  if (open === undefined || done === undefined) throw new Error('unreachable: three were made');
  const completed = await context.send('PATCH', `/todos/${done.id}`, {
    token: owner.token,
    json: { completed: true },
  });
  expectTodo(completed, 200);

  return {
    id: owner.id,
    token: owner.token,
    todoIds: todos.map((todo) => todo.id),
    openTodoId: open.id,
    cursor: await nextCursorOf(context, owner.token, 'limit=1'),
    openCursor: await nextCursorOf(context, owner.token, 'limit=1&status=open'),
  };
};

/** Makes alice and bob, their todos and cursors, and the credentials the server must refuse. */
export const seedWorld = async (context: SuiteContext): Promise<HostileWorld> => {
  const alice = await seedOwner(context, 'Alice');
  const bob = await seedOwner(context, 'Bob');
  return { alice, bob, badCredentials: await badCredentialsFor(context.server, alice.id) };
};
