import type { TodoEvent } from '@todo/domain';
import type { EventPublisher } from '@todo/ports';
import type { Logger } from 'pino';

/**
 * Writes each domain event to the log at debug level: its type, todo id and version, never the
 * owner or the todo's text.
 *
 * Known shortcoming: no consumer of todo events exists yet, so events go to the log and nowhere
 * else. A queue or bus adapter replaces this once one is needed.
 */
export const logEventPublisher = (logger: Logger): EventPublisher => ({
  async publish(events: readonly TodoEvent[]) {
    // Every write publishes; below debug, build nothing for pino to throw away.
    if (!logger.isLevelEnabled('debug')) return;
    for (const event of events) {
      logger.debug(
        { eventId: event.id, eventType: event.type, todoId: event.todoId, version: event.version },
        'todo event',
      );
    }
  },
});
