/**
 * CRLF injection: nothing a client or an upstream writes can start a header line of its own in the
 * proxy's answer, in its upstream request, or a line of its access log. The proxy runs as the CLI
 * (the real server and log) against an origin on a raw socket, so that upstream heads can be as
 * malformed as an attacker likes, and answers are read as raw bytes.
 */
import assert from 'node:assert/strict';
import { connect, createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startCli } from './helpers/cli.mjs';

/** What an injection would add: none of these may appear as a header line anywhere. */
const INJECTED = /^(set-cookie|x-injected)\s*:/im;
/** The fields of an access-log record. */
const LOGGED = ['level', 'time', 'pid', 'hostname', 'method', 'route', 'status', 'ms', 'cache', 'upstream', 'msg'];
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/i;

const html = (title, extraHead = '') =>
  `<!doctype html><html><head><title>${title}</title>${extraHead}</head><body></body></html>`;

/**
 * Upstream answers as raw heads (`\r\n` unless the case says otherwise), each one way to smuggle
 * a line break into a header. `BODY` is replaced by the body and `LENGTH` by its length.
 */
const UPSTREAM_CASES = {
  'bare CR in a value': ['HTTP/1.1 200 OK\r\nContent-Type: text/html\rSet-Cookie: injected=1\r\nContent-Length: LENGTH\r\n\r\nBODY', html('Bare CR')],
  'bare LF line ends': ['HTTP/1.1 200 OK\nContent-Type: text/html\nSet-Cookie: injected=1\nContent-Length: LENGTH\n\nBODY', html('Bare LF')],
  'obs-fold continuation': ['HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n Set-Cookie: injected=1\r\nContent-Length: LENGTH\r\n\r\nBODY', html('Folded')],
  'NUL in a value': ['HTTP/1.1 200 OK\r\nContent-Type: text/html\0Set-Cookie: injected=1\r\nContent-Length: LENGTH\r\n\r\nBODY', html('NUL')],
  'its own Set-Cookie and X-Injected': [
    'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nSet-Cookie: injected=1\r\nX-Injected: 1\r\nCache-Control: max-age=60\r\nContent-Length: LENGTH\r\n\r\nBODY',
    html('Own headers'),
  ],
  'encoded CRLF in Cache-Control': [
    'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nCache-Control: max-age=60%0d%0aSet-Cookie: injected=1, s-maxage=7\x85X-Injected: 1\r\nContent-Length: LENGTH\r\n\r\nBODY',
    html('Cache-Control'),
  ],
  'encoded CRLF in a Link URL': [
    'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nLink: </o%0d%0aSet-Cookie:%20injected=1>; rel="alternate"; type="application/json+oembed"\r\nContent-Length: LENGTH\r\n\r\nBODY',
    html('Link'),
  ],
  'encoded CRLF in a Location': ['HTTP/1.1 302 Found\r\nLocation: /plain%0d%0aSet-Cookie:%20injected=1\r\nContent-Length: 0\r\n\r\n', ''],
  'CR LF and U+2028 in the page': [
    'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: LENGTH\r\n\r\nBODY',
    html(
      'Line&#13;&#10;Set-Cookie: injected=1\u2028X-Injected: 1',
      '<meta name="description" content="a\r\nSet-Cookie: injected=1"><link rel="canonical" href="/c%0d%0aSet-Cookie:%20x">' +
        '<link rel="alternate" type="application/json+oembed" href="/o%0d%0aX-Injected:%201">',
    ),
  ],
};

/** An origin on a raw socket: `/case/N` answers UPSTREAM_CASES' Nth head; it keeps every request head it reads. */
async function startRawOrigin() {
  const heads = [];
  const cases = Object.values(UPSTREAM_CASES);
  const server = createServer((socket) => {
    let received = '';
    socket.on('error', () => {});
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = received.slice(0, end);
      received = received.slice(end + 4);
      heads.push(head);
      const path = head.split(' ')[1];
      const match = /^\/case\/(\d+)/.exec(path);
      const [template, body] = match ? cases[Number(match[1])] : ['HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: LENGTH\r\n\r\nBODY', html('Plain')];
      socket.write(Buffer.from(template.replace('LENGTH', Buffer.byteLength(body)).replace('BODY', body), 'utf8'));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.address().port,
    heads,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Sends `request` (a string, as it is) on a fresh connection; the whole answer as latin1 text. */
function rawRequest(port, request) {
  return new Promise((resolve, reject) => {
    // Written, not ended: the server may take a half-closed connection for an abandoned one.
    const socket = connect(port, '127.0.0.1', () => socket.write(Buffer.from(request, 'utf8')));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** The answer's status and header lines, asserted to be well-formed lines free of injections. */
function checkAnswer(answer, what) {
  const [head] = answer.split('\r\n\r\n');
  const [statusLine, ...lines] = head.split('\r\n');
  assert.match(statusLine, /^HTTP\/1\.1 \d{3} /, what);
  assert.doesNotMatch(head, INJECTED, `${what}: an injected header`);
  for (const line of lines) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0 && TOKEN.test(line.slice(0, colon)), `${what}: not a header line: ${JSON.stringify(line)}`);
    // Field values: visible ASCII, spaces and tabs; nothing a client could read as a line break.
    assert.match(line.slice(colon + 1), /^[\t\x20-\x7e]*$/, `${what}: ${JSON.stringify(line)}`);
  }
  return Number(statusLine.split(' ')[1]);
}

describe('CRLF injection', () => {
  let origin;
  let cli;
  let port;
  let stdout = '';
  before(async () => {
    origin = await startRawOrigin();
    cli = await startCli(['--allow-host', `127.0.0.1:${origin.port}`, '--rate-limit', 'off', '--log-level', 'info']);
    cli.child.stdout.on('data', (chunk) => (stdout += chunk));
    port = Number(new URL(cli.url).port);
  });
  after(async () => {
    await cli?.stop();
    await origin?.close();
  });

  const get = (target, headers = '') => rawRequest(port, `GET ${target} HTTP/1.1\r\nHost: proxy.test\r\n${headers}Connection: close\r\n\r\n`);

  it('keeps upstream header tricks out of its answer', async () => {
    const names = Object.keys(UPSTREAM_CASES);
    for (const [index, name] of names.entries()) {
      const statuses = [];
      for (const route of ['meta', 'oembed']) {
        const target = `http://127.0.0.1:${origin.port}/case/${index}`;
        const status = checkAnswer(await get(`/${route}?url=${encodeURIComponent(target)}`), `${route}: ${name}`);
        assert.ok([200, 404, 422, 502].includes(status), `${route}: ${name}: ${status}`);
        statuses.push(`${route} ${status}`);
      }
      console.log(`# crlf upstream ${name}: ${statuses.join(', ')}`);
    }
    // The proxy answered from the pages it could parse: each still says what it is.
    const plain = await get(`/meta?url=${encodeURIComponent(`http://127.0.0.1:${origin.port}/case/${names.indexOf('its own Set-Cookie and X-Injected')}`)}`);
    assert.equal(JSON.parse(plain.split('\r\n\r\n')[1]).title, 'Own headers');
  });

  it('keeps CR and LF in request targets out of its answer and of its upstream requests', async () => {
    const page = `http://127.0.0.1:${origin.port}/plain`;
    const crlf = '\r\nSet-Cookie: injected=1\r\nX-Injected: 1';
    const targets = [
      `/meta?url=${encodeURIComponent(page + crlf)}`,
      `/meta?url=${encodeURIComponent(`${page}?q=${crlf}`)}`,
      `/meta?url=${page}%0d%0aSet-Cookie:%20injected=1`,
      `/meta?url=${encodeURIComponent(`${page}%0d%0aSet-Cookie:%20injected=1`)}`,
      `/meta?url=${encodeURIComponent(`http://127.0.0.1%0d%0aX-Injected:1:${origin.port}/`)}`,
      `/meta?url=${encodeURIComponent(`http://user%0d%0aX-Injected:1@127.0.0.1:${origin.port}/`)}`,
      `/oembed?url=${encodeURIComponent(page)}&format=json%0d%0aSet-Cookie:%20injected=1`,
      `/oembed?url=${encodeURIComponent(page)}&maxwidth=300%0d%0aX-Injected:%201`,
      `/meta%0d%0aX-Injected:%201?url=${encodeURIComponent(page)}`,
      `/healthz%0d%0aSet-Cookie:%20injected=1`,
    ];
    const seen = origin.heads.length;
    for (const target of targets) {
      const status = checkAnswer(await get(target), target);
      // Refused (400, 403), not found (404), unsupported format (501), or answered (200).
      assert.ok(status < 500 || status === 501, `${target}: ${status}`);
    }
    const upstream = origin.heads.slice(seen);
    assert.ok(upstream.length > 0, 'some targets reached the origin');
    for (const head of upstream) {
      assert.doesNotMatch(head, INJECTED, `upstream request: ${JSON.stringify(head)}`);
      assert.match(head.split('\r\n')[0], /^GET \S+ HTTP\/1\.1$/, 'one request line');
    }
  });

  it('echoes only header names in a preflight, never what a client smuggles beside them', async () => {
    const preflight = (requested) =>
      rawRequest(
        port,
        `OPTIONS /meta HTTP/1.1\r\nHost: proxy.test\r\nOrigin: https://blog.example\r\nAccess-Control-Request-Method: GET\r\n` +
          `Access-Control-Request-Headers: ${requested}\r\nConnection: close\r\n\r\n`,
      );
    // Node's parser refuses bare CR, bare LF, NUL and folded lines outright (400): still checked.
    for (const requested of ['x-a\rX-Injected: 1', 'x-a\r\n X-Injected: 1', 'x-a\0X-Injected: 1', 'x-a, x-b\x85X-Injected: 1\u2028', 'x-a, X-Injected: 1']) {
      const answer = await preflight(requested);
      const status = checkAnswer(answer, JSON.stringify(requested));
      assert.ok(status === 204 || status === 400, `${JSON.stringify(requested)}: ${status}`);
    }
    const answer = await preflight('X-Requested-With, x-a\x85X-Injected: 1, content-type');
    assert.match(answer, /\r\naccess-control-allow-headers: X-Requested-With, content-type\r\n/);
  });

  it('writes each answer as one JSON line in its access log', async () => {
    checkAnswer(await get(`/meta?url=${encodeURIComponent(`http://127.0.0.1:${origin.port}/plain\r\nSet-Cookie: injected=1`)}`), 'logged');
    // Everything the CLI printed since it started (the requests of every case above): each line is
    // one JSON record, none begun by what a request or an upstream carried.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const lines = stdout.split('\n').filter(Boolean);
    assert.ok(lines.length >= 20, `lines logged: ${lines.length}`);
    for (const line of lines) {
      const record = JSON.parse(line);
      assert.equal(typeof record.level, 'number', line);
      if (record.msg === 'request') assert.deepEqual(Object.keys(record).filter((key) => !LOGGED.includes(key)), [], line);
    }
  });
});
