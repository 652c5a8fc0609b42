import { expect, inject, it } from 'vitest';
import { chooseTestDynamoDbKind } from './choose-kind.js';
import { jdkAvailable } from './java.js';
import { roundTrip, sampleItem } from './test-support/round-trip.js';

it('hands the test files the endpoint of a working DynamoDB server', async () => {
  const endpoint = inject('dynamoDbEndpoint');
  expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(await roundTrip(endpoint)).toEqual(sampleItem);
});

it('reports which server it started', async () => {
  const expected = await chooseTestDynamoDbKind({
    env: process.env,
    jdkAvailable,
    notice: () => undefined,
  });
  expect(inject('dynamoDbKind')).toBe(expected);
});
