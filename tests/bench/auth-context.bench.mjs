#!/usr/bin/env node
// `npm run bench:auth-context`: CPU cost of the auth context per request — the gateway signs it,
// the service verifies it — with and without the caches (ReusingAuthContextSigner,
// CachingAuthContextVerifier). Compiles libs/platform/src/auth-context (and the error classes it
// throws) with SWC into a temporary directory, so it needs no build and touches no dist/.
//   BENCH_REQUESTS (20000 per round), BENCH_ROUNDS (5), BENCH_PRINCIPALS ("1,100,1000")
// Prints µs per request (median of the rounds, wall and process CPU) and writes dist/bench/auth-context.json.
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const REQUESTS = Number(env.BENCH_REQUESTS || 20_000);
const ROUNDS = Number(env.BENCH_ROUNDS || 5);
const PRINCIPALS = (env.BENCH_PRINCIPALS || '1,100,1000').split(',').map(Number);
const say = (line) => process.stdout.write(`${line}\n`);

/** auth-context/*.ts and errors/{domain-error,error-messages}.ts → CommonJS in a temp dir (contracts imports are type-only). */
function compile() {
  const swc = require('@swc/core');
  const out = mkdtempSync(join(tmpdir(), 'lt-auth-bench-'));
  const src = join(repoRoot, 'libs', 'platform', 'src');
  const files = [
    ...readdirSync(join(src, 'auth-context'))
      .filter((f) => f.endsWith('.ts') && !f.includes('.spec.'))
      .map((f) => `auth-context/${f}`),
    'errors/domain-error.ts',
    'errors/error-messages.ts',
  ];
  for (const file of files) {
    const { code } = swc.transformFileSync(join(src, file), {
      swcrc: false,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    mkdirSync(join(out, dirname(file)), { recursive: true });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), code);
  }
  return out;
}

const PERMISSIONS = ['members', 'orgs', 'documents', 'finance', 'resolutions', 'cards', 'transfers', 'reports']
  .flatMap((area) => ['read', 'write', 'approve', 'export'].map((action) => `${area}:${action}`));
const userClaims = (i) => ({
  actor: { type: 'user', id: `0190d7a0-0000-7000-8000-${String(i).padStart(12, '0')}`, name: 'Nguyễn Thị Hồng Nhung' },
  roles: ['org-officer', 'org-secretary'],
  permissions: PERMISSIONS,
  scopeOrgId: '0190d7a0-0000-7000-8000-000000000001',
  clearance: 1,
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** µs per request: median over rounds of wall time and of process CPU time (user + system). */
function measure(label, perRequest) {
  for (let i = 0; i < Math.min(REQUESTS, 2000); i++) perRequest(i); // warm-up
  const wall = [];
  const cpu = [];
  for (let r = 0; r < ROUNDS; r++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (let i = 0; i < REQUESTS; i++) perRequest(r * REQUESTS + i);
    wall.push(Number(process.hrtime.bigint() - start) / 1e3 / REQUESTS);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / REQUESTS);
  }
  const result = { label, wallUs: median(wall), cpuUs: median(cpu) };
  say(`${label.padEnd(62)} ${result.wallUs.toFixed(2).padStart(8)} ${result.cpuUs.toFixed(2).padStart(8)}`);
  return result;
}

function main() {
  const out = compile();
  try {
    const ac = require(join(out, 'auth-context', 'auth-context-keys.js'));
    const ed = require(join(out, 'auth-context', 'ed25519-auth-context.js'));
    const { ReusingAuthContextSigner } = require(join(out, 'auth-context', 'reusing-auth-context-signer.js'));
    const { CachingAuthContextVerifier } = require(join(out, 'auth-context', 'caching-auth-context-verifier.js'));
    const pair = ac.generateAuthContextKeyPair('bench');
    const signingKey = ac.parseSigningKey(pair.privateKey);
    const publicKeys = ac.parsePublicKeys(pair.publicKey);
    const plainSigner = new ed.Ed25519AuthContextSigner(signingKey);
    const plainVerifier = new ed.Ed25519AuthContextVerifier(publicKeys);
    const check = (claims, i) => {
      if (claims.actor.type !== 'user') throw new Error(`request ${i}: wrong claims`);
    };

    say(`Auth context per request (sign at the gateway + verify at a service), ${REQUESTS} requests × median of ${ROUNDS} rounds, node ${process.version}`);
    say(`${'case'.padEnd(62)} ${'wall µs'.padStart(8)} ${'CPU µs'.padStart(8)}`);
    const results = [];

    // Before the issue: HMAC-SHA256 over the same body, per request (the earlier scheme, for reference).
    const secret = Buffer.alloc(32, 7);
    results.push(
      measure('HMAC-SHA256 sign + verify, per request (before Ed25519)', (i) => {
        const body = Buffer.from(JSON.stringify({ ...userClaims(i % 100), correlationId: randomUUID(), iat: 1, exp: 61 })).toString('base64url');
        const mac = createHmac('sha256', secret).update(body).digest();
        if (!timingSafeEqual(mac, createHmac('sha256', secret).update(body).digest())) throw new Error('hmac');
        check(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')), i);
      }),
    );
    // Ed25519 without caches: what commit 40e95d8 did (a fresh correlation id in every context).
    results.push(
      measure('Ed25519 sign + verify, per request, no caches', (i) => {
        check(plainVerifier.verify(plainSigner.sign({ ...userClaims(i % 100), correlationId: randomUUID() })), i);
      }),
    );
    for (const principals of PRINCIPALS) {
      const signer = new ReusingAuthContextSigner(new ed.Ed25519AuthContextSigner(signingKey));
      const verifier = new CachingAuthContextVerifier(new ed.Ed25519AuthContextVerifier(publicKeys));
      const claims = Array.from({ length: principals }, (_, i) => userClaims(i));
      results.push(
        measure(`cached, ${principals} principal(s) in turn (steady state)`, (i) => {
          // the gateway builds the claims afresh for every request
          check(verifier.verify(signer.sign(structuredClone(claims[i % principals]))), i);
        }),
      );
    }
    // Worst case: a new principal on every request, so both caches miss every time.
    const signer = new ReusingAuthContextSigner(new ed.Ed25519AuthContextSigner(signingKey));
    const verifier = new CachingAuthContextVerifier(new ed.Ed25519AuthContextVerifier(publicKeys));
    results.push(
      measure('cached, a new principal on every request (every lookup misses)', (i) => {
        check(verifier.verify(signer.sign(userClaims(1_000_000 + i))), i);
      }),
    );

    const dir = join(repoRoot, 'dist', 'bench');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'auth-context.json'), JSON.stringify({ node: process.version, requests: REQUESTS, rounds: ROUNDS, results }, null, 2));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main();
