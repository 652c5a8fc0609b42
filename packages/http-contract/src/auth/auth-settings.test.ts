import { describe, expect, it } from 'vitest';
import { parseAuthSettings } from './auth-settings.js';

const secret = 'k'.repeat(32);
const variablesOf = (env: Record<string, string>) => {
  const settings = parseAuthSettings(env);
  return settings.ok ? [] : settings.error.map((error) => error.variable);
};

describe('parseAuthSettings', () => {
  it('is development mode with a fresh random secret when nothing is set', () => {
    const first = parseAuthSettings({});
    const second = parseAuthSettings({ TODO_JWT_SECRET: '' });

    expect(first).toMatchObject({ ok: true, value: { mode: 'development' } });
    expect(second).toMatchObject({ ok: true, value: { mode: 'development' } });
    const secrets = [first, second].map((s) =>
      s.ok && s.value.mode === 'development' ? s.value.secret : '',
    );
    expect(Buffer.byteLength(secrets[0] ?? '')).toBeGreaterThanOrEqual(32);
    expect(secrets[0]).not.toBe(secrets[1]);
  });

  it('uses a secret of 32 bytes or more, with issuer and audience when given', () => {
    expect(parseAuthSettings({ TODO_JWT_SECRET: secret })).toEqual({
      ok: true,
      value: { mode: 'secret', secret },
    });
    expect(
      parseAuthSettings({ TODO_JWT_SECRET: secret, TODO_JWT_ISSUER: 'i', TODO_JWT_AUDIENCE: 'a' }),
    ).toEqual({ ok: true, value: { mode: 'secret', secret, issuer: 'i', audience: 'a' } });
  });

  it('uses a JWKS URL with issuer and audience', () => {
    const settings = parseAuthSettings({
      TODO_JWT_JWKS_URL: 'https://issuer.example/.well-known/jwks.json',
      TODO_JWT_ISSUER: 'https://issuer.example/',
      TODO_JWT_AUDIENCE: 'todo-api',
    });

    expect(settings).toEqual({
      ok: true,
      value: {
        mode: 'jwks',
        jwksUrl: new URL('https://issuer.example/.well-known/jwks.json'),
        issuer: 'https://issuer.example/',
        audience: 'todo-api',
      },
    });
  });

  it.each([
    [{ TODO_JWT_SECRET: 'k'.repeat(31) }, ['TODO_JWT_SECRET']],
    [{ TODO_JWT_SECRET: secret, TODO_JWT_JWKS_URL: 'https://i/jwks' }, ['TODO_JWT_JWKS_URL']],
    [{ TODO_JWT_JWKS_URL: 'https://i/jwks' }, ['TODO_JWT_ISSUER', 'TODO_JWT_AUDIENCE']],
    [
      { TODO_JWT_JWKS_URL: 'not a url', TODO_JWT_ISSUER: 'i', TODO_JWT_AUDIENCE: 'a' },
      ['TODO_JWT_JWKS_URL'],
    ],
    [
      {
        TODO_JWT_JWKS_URL: 'http://issuer.example/jwks',
        TODO_JWT_ISSUER: 'i',
        TODO_JWT_AUDIENCE: 'a',
      },
      ['TODO_JWT_JWKS_URL'],
    ],
    [{ TODO_JWT_ISSUER: 'i' }, ['TODO_JWT_ISSUER']],
    [{ TODO_JWT_AUDIENCE: 'a' }, ['TODO_JWT_AUDIENCE']],
  ])('refuses %o, naming %o', (env, variables) => {
    expect(variablesOf(env)).toEqual(variables);
  });

  it('accepts plain http for a JWKS on the loopback interface', () => {
    const settings = parseAuthSettings({
      TODO_JWT_JWKS_URL: 'http://127.0.0.1:9000/jwks.json',
      TODO_JWT_ISSUER: 'i',
      TODO_JWT_AUDIENCE: 'a',
    });

    expect(settings.ok).toBe(true);
  });

  it('never repeats a secret in its messages', () => {
    const settings = parseAuthSettings({ TODO_JWT_SECRET: 'hunter2-is-short' });

    expect(JSON.stringify(settings)).not.toContain('hunter2');
  });
});
