/**
 * C1 of the attack review of 4 December 2026: no path or key from outside reaches an object's
 * prototype. Every entry point gets `__proto__`, `constructor` and `prototype` in every position;
 * afterwards Object.prototype is clean and the same process still answers valid requests.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseText } from '../../src/case/parse.js';
import { whatIf } from '../../src/engine/whatIf.js';
import { withAssumptions } from '../../src/law/assumptions.js';
import { readHeader } from '../../src/batch/layout.js';
import { file, path, recours } from '../batch/helpers.js';
import { addUser, Client, startServer, type TestServer } from '../server/support.js';

const exampleText = readFileSync('examples/be-ombudsfin-2013-1876.case.json', 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;
const probe = 'polluted';

/** Paths that reached Object.prototype on 96cf8e9, and the same segments elsewhere in a path. */
const HOSTILE = [
  '__proto__.polluted', '/__proto__/polluted', 'transactions.0.__proto__.polluted', 'parties.__proto__.polluted',
  'constructor.prototype.polluted', '/constructor/prototype/polluted', 'transactions.*.__proto__.polluted',
  'incident.constructor', 'psp.prototype', 'conduct.__proto__', '/transactions/0/constructor/prototype', '__proto__',
];

const clean = () => {
  expect(Object.hasOwn(Object.prototype, probe)).toBe(false);
  expect(({} as Record<string, unknown>)[probe]).toBeUndefined();
};
afterEach(clean);

describe('the engine and its tables', () => {
  it('what-if refuses every prototype segment as a field error of the change, and still works after', () => {
    for (const path of HOSTILE) {
      const r = whatIf(example, [{ path: 'notification.at', value: '2013-04-22T17:40+02:00' }, { path, value: { polluted: 1 } }], { lang: 'fr' });
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expect(r.in).toBe('changes');
      expect(r.errors.map((e) => [e.pointer, e.code]), path).toEqual([['/changes/1/path', 'path_forbidden']]);
      expect(r.errors[0]!.message).toMatch(/ne désigne aucun champ du dossier/);
      clean();
    }
    const ok = whatIf(example, [{ path: 'notification.at', value: '2013-04-22T17:40+02:00' }]);
    expect(ok.ok && ok.value.after.refund_due).toBe('3238.00');
  });
  it('what-if never creates a list entry: an index past the end or a name on a list is refused', () => {
    for (const path of ['transactions.999999999.sca', '/transactions/10/sca', 'transactions.length', 'transactions.01.sca', 'instruments.-1.kind']) {
      const r = whatIf(example, [{ path, value: 0 }]);
      expect(r.ok ? null : r.errors.map((e) => [e.pointer, e.code]), path).toEqual([['/changes/0/path', 'path_no_entry']]);
    }
    expect(JSON.parse(exampleText)).toEqual(example);
  });
  it('a case file with prototype keys is refused by name at every level and pollutes nothing', () => {
    const texts = [
      exampleText.replace('{', '{"__proto__": {"polluted": 1},'),
      exampleText.replace('"payer": {', '"payer": {"__proto__": {"polluted": 1}, '),
      exampleText.replace('"payer": {', '"payer": {"constructor": {"prototype": {"polluted": 1}}, '),
    ];
    for (const t of texts) {
      const r = parseCaseText(t);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('unknown_key');
    }
  });
  it('assumption names are the assumptions’ own, never inherited ones', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(withAssumptions({ [name]: 'x' }).ok, name).toBe(false);
  });
  it('a batch header names only the layout’s columns', () => {
    for (const bad of ['__proto__', 'constructor', 'prototype', 'toString']) {
      const r = readHeader(['case_id', bad, 'jurisdiction']);
      expect(r.ok ? null : r.message, bad).toMatch(/is not a column of the batch layout/);
    }
  });
});

describe('the HTTP API in multi-user mode (anonymous engine routes)', () => {
  let server: TestServer;
  let api: Client;
  beforeAll(async () => {
    server = await startServer('sqlite', { mode: 'multi', limits: { ratePerMinute: 0 }, loginPerMinute: 1000 });
    await addUser(server.store, 'Org A', 'a@a.example', 'admin');
    api = new Client(server.url);
  });
  afterAll(() => server.close());

  const stillServes = async () => {
    const a = await api.call<{ assessment: { totals: { refund_due: string } } }>('POST', '/v1/assessments', { case: example });
    expect(a.status).toBe(200);
    expect(a.body.assessment.totals.refund_due).toBe('3088.00');
    expect((await api.call('GET', '/v1/law')).status).toBe(200);
    const login = await new Client(server.url).login('a@a.example');
    expect(login.status).toBe(200);
  };

  it('refuses every hostile what-if path with 422 naming /changes/N/path, then answers as before', async () => {
    for (const p of HOSTILE) {
      const r = await api.call<{ errors: { pointer: string; code: string }[] }>('POST', '/v1/whatif?lang=en', { case: example, changes: [{ path: p, value: 1 }] });
      expect(r.status, p).toBe(422);
      expect(r.body.errors.map((e) => [e.pointer, e.code]), p).toEqual([['/changes/0/path', 'path_forbidden']]);
    }
    await stillServes();
  });
  it('refuses prototype keys in bodies and query strings without a 500, then answers as before', async () => {
    const bodies = [
      `{"case": ${exampleText}, "__proto__": {"polluted": 1}}`,
      `{"case": ${exampleText.replace('{', '{"__proto__": {"polluted": 1},')}}`,
      `{"case": ${exampleText}, "constructor": {"prototype": {"polluted": 1}}}`,
    ];
    for (const b of bodies) {
      const r = await api.call('POST', '/v1/assessments', b);
      expect([400, 422], b.slice(-60)).toContain(r.status);
    }
    for (const q of ['__proto__=1', '__proto__[polluted]=1', 'constructor=1', 'constructor[prototype][polluted]=1', 'prototype=1', 'lang=__proto__'])
      for (const route of ['/v1/law', '/v1/precedents']) {
        const r = await api.call('GET', `${route}?${q}`);
        expect(r.status, `${route}?${q}`).toBeLessThan(500);
        expect(r.status === 200 || r.status === 422, `${route}?${q}: ${r.status}`).toBe(true);
      }
    await stillServes();
  });
  it('refuses prototype keys in registry imports and case bodies of a signed-in user, then answers as before', async () => {
    const user = new Client(server.url);
    expect((await user.login('a@a.example')).status).toBe(200);
    const imports = [
      `{"format": "recours.export/1", "cases": [{"title": "x", "case": ${exampleText}, "__proto__": {"polluted": 1}}]}`,
      `{"format": "recours.export/1", "cases": [{"title": "x", "case": ${exampleText}, "history": [{"version": 1, "constructor": {"prototype": {"polluted": 1}}}]}]}`,
    ];
    for (const b of imports) expect([400, 422]).toContain((await user.call('POST', '/v1/import', b)).status);
    expect([400, 422]).toContain((await user.call('POST', '/v1/cases', `{"title": "x", "case": ${exampleText.replace('{', '{"__proto__": {"polluted": 1},')}}`)).status);
    for (const q of ['__proto__=1', 'constructor[prototype][polluted]=1', 'sort=__proto__'])
      expect((await user.call('GET', `/v1/cases?${q}`)).status, q).toBe(422);
    expect((await user.call('GET', '/v1/cases')).status).toBe(200);
    await stillServes();
  });
});

describe('the CLI', () => {
  const caseFile = file('proto.case.json', exampleText);
  it('what-if --set with a prototype segment exits 2 and names the option', () => {
    for (const set of ['__proto__.polluted=1', 'constructor.prototype.polluted=1', '/transactions/0/__proto__/x=1']) {
      const r = recours(['whatif', caseFile, '--set', set, '--lang', 'en']);
      expect(r.status, set).toBe(2);
      expect(r.stderr, set).toContain(`--set ${set.slice(0, set.indexOf('='))}: `);
      expect(r.stderr).toContain('names no field of the case file');
    }
  });
  it('--assume with an inherited name, and a case file with __proto__, exit 2', () => {
    expect(recours(['assess', caseFile, '--assume', '__proto__=x']).status).toBe(2);
    expect(recours(['assess', caseFile, '--assume', 'constructor=x']).status).toBe(2);
    const bad = file('proto-key.case.json', exampleText.replace('{', '{"__proto__": {"polluted": 1},'));
    const r = recours(['assess', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('/__proto__');
  });
  it('a batch whose header has __proto__ or constructor is refused with exit 2', () => {
    for (const col of ['__proto__', 'constructor']) {
      const csv = file(`proto-${col}.csv`, `case_id,${col},jurisdiction\nx,1,FR\n`);
      const r = recours(['batch', csv, '--out', path(`proto-${col}.out.csv`), '--errors', path(`proto-${col}.err.csv`)]);
      expect(r.status, col).toBe(2);
      expect(r.stderr).toContain(col);
    }
  });
});
