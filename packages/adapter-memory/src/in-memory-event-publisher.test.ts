import {
  createTodo,
  deleteTodo,
  instantFromDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
  type TodoEvent,
} from '@todo/domain';
import { describe, expect, it } from 'vitest';
import { InMemoryEventPublisher } from './in-memory-event-publisher.js';

const sampleEvents = (): TodoEvent[] => {
  const now = instantFromDate(new Date('2026-01-01T00:00:00.000Z'));
  const id = parseTodoId('todo-1');
  const ownerId = parseOwnerId('owner-1');
  const title = parseTitle('Call the plumber');
  if (!id.ok || !ownerId.ok || !title.ok) throw new Error('invalid fixture');
  const { todo, events } = createTodo(
    { id: id.value, ownerId: ownerId.value, title: title.value },
    now,
  );
  return [...events, deleteTodo(todo, now)];
};

describe('InMemoryEventPublisher', () => {
  it('keeps published events in order', async () => {
    const [created, deleted] = sampleEvents();
    const publisher = new InMemoryEventPublisher();

    await publisher.publish(created ? [created] : []);
    await publisher.publish(deleted ? [deleted] : []);

    expect(publisher.events).toEqual([created, deleted]);
  });

  it('hands each event to the subscriber as it is published', async () => {
    const events = sampleEvents();
    const seen: string[] = [];
    const publisher = new InMemoryEventPublisher((event) => {
      seen.push(event.id);
    });

    await publisher.publish(events);

    expect(seen).toEqual(events.map((event) => event.id));
  });

  it('fails to publish when the subscriber fails', async () => {
    const publisher = new InMemoryEventPublisher(() => {
      throw new Error('queue is down');
    });

    await expect(publisher.publish(sampleEvents())).rejects.toThrow('queue is down');
  });

  it('does not let callers change the events it keeps', async () => {
    const publisher = new InMemoryEventPublisher();
    await publisher.publish(sampleEvents());

    const copy = publisher.events;
    (copy as TodoEvent[]).length = 0;

    expect(publisher.events).toHaveLength(2);
  });
});
