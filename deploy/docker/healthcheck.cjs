'use strict';
// Docker HEALTHCHECK of the app in this image: its readiness endpoint on its own port.
// (No curl in the slim base image; node is there anyway.) LT_HEALTH_URL overrides the guess.
const http = require('node:http');

const DEFAULT_PORTS = { gateway: 3000, members: 3101, documents: 3102, finance: 3103, resolutions: 3104, standalone: 3000 };
const app = process.env.LT_APP || '';
const port = Number(process.env[`${app.toUpperCase()}_HTTP_PORT`] || DEFAULT_PORTS[app]);
// The gateway's /api/v1/health aggregates every service (503 if one is down): its own liveness here.
const path = app === 'gateway' || app === 'standalone' ? '/api/v1/health/ready' : '/health/ready';
const url = process.env.LT_HEALTH_URL || `http://127.0.0.1:${port}${path}`;

const request = http.get(url, { timeout: 2500 }, (response) => {
  response.resume();
  process.exit(response.statusCode === 200 ? 0 : 1);
});
request.on('timeout', () => request.destroy(new Error('timeout')));
request.on('error', (error) => {
  process.stderr.write(`healthcheck ${url}: ${error.message}\n`);
  process.exit(1);
});
