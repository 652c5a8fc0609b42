import { describe, expect, it } from 'vitest';
import { developmentModeBanner, developmentSubject, signHs256Token } from './development-token.js';
import { createTokenVerifier } from './token-verifier.js';

describe('development mode', () => {
  it('signs a token the development verifier accepts for the development owner', async () => {
    const secret = 'd'.repeat(48);
    const token = signHs256Token(secret, { sub: developmentSubject });

    const result = await createTokenVerifier({ mode: 'development', secret }).authenticate(
      `Bearer ${token}`,
    );

    expect(result).toEqual({ ok: true, ownerId: 'dev-user' });
  });

  it('prints a labelled banner with the token and a curl example for the base URL', () => {
    const banner = developmentModeBanner({
      baseUrl: 'http://127.0.0.1:3000',
      token: 'abc.def.ghi',
    });

    expect(banner).toContain('DEVELOPMENT MODE');
    expect(banner).toContain("export TOKEN='abc.def.ghi'");
    expect(banner).toContain('curl -s -X POST http://127.0.0.1:3000/todos');
    expect(banner).toContain('http://127.0.0.1:3000/docs');
  });
});
