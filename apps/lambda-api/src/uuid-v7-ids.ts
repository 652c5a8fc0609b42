import { parseTodoId } from '@todo/domain';
import type { IdGenerator } from '@todo/ports';
import { v7 } from 'uuid';

/**
 * UUIDv7: time-ordered, so todos list in creation order, as the id port promises; its
 * hex-and-dashes form is a valid todo id. The Fastify app generates ids the same way.
 */
export const uuidV7Ids: IdGenerator = {
  next() {
    const id = parseTodoId(v7());
    if (!id.ok) throw new Error('uuid v7 produced an id the domain refuses');
    return id.value;
  },
};
