import fc from 'fast-check';
import { hostileBodies } from './body-arbitraries.js';
import type { HostileRequest } from './hostile-request.js';
import type { HostileWorld } from './hostile-world.js';
import { hostileProtocol } from './protocol-arbitraries.js';
import { hostileTargets } from './target-arbitraries.js';

/** Every generator of hostile requests, one per kind, aimed at `world`. */
export const hostileRequestKinds = (world: HostileWorld): fc.Arbitrary<HostileRequest>[] => [
  ...hostileBodies(world),
  ...hostileTargets(world),
  ...hostileProtocol(world),
];

/** Any hostile request, each kind equally likely. */
export const hostileRequests = (world: HostileWorld): fc.Arbitrary<HostileRequest> =>
  fc.oneof(...hostileRequestKinds(world));
