import { describeIdGeneratorContract } from '@todo/ports/testing';
import { uuidV7Ids } from './uuid-v7-ids.js';

describeIdGeneratorContract('uuidV7Ids (uuid v7)', () => uuidV7Ids);
