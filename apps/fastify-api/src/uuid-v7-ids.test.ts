import { describeIdGeneratorContract } from '@todo/ports/testing';
import { uuidV7Ids } from './uuid-v7-ids.js';

describeIdGeneratorContract('uuidV7Ids (uuidv7, pooled random bits)', () => uuidV7Ids);
