import {
  createTodo,
  deleteTodo,
  instantFromDate,
  parseOwnerId,
  parseTitle,
  parseTodoId,
} from '@todo/domain';
import { describe, expect, it } from 'vitest';
import { valid } from './contract-fixtures.js';
import { RecordingEventPublisher } from './recording-event-publisher.js';

describe('RecordingEventPublisher', () => {
  it('keeps every published event, in order, across calls', async () => {
    const now = instantFromDate(new Date('2026-01-01T00:00:00.000Z'));
    const { todo, events: created } = createTodo(
      {
        id: valid(parseTodoId('todo-1')),
        ownerId: valid(parseOwnerId('owner-1')),
        title: valid(parseTitle('Call the plumber')),
      },
      now,
    );
    const deleted = deleteTodo(todo, now);
    const publisher = new RecordingEventPublisher();

    await publisher.publish(created);
    await publisher.publish([deleted]);

    expect(publisher.events).toEqual([...created, deleted]);
  });
});
