// kubectl against the embedded cluster: the checks scripts/test-clients.mjs runs.
/* global fetch, URL */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fail, killChild, run, start, waitFor } from './harness.mjs';

const KUBECTL = '/usr/bin/kubectl';
const here = fileURLToPath(new URL('.', import.meta.url));
const file = (name) => join(here, name);
const NS = 'demo';
const API = '/apis/image.openshift.io/v1';

function parseJson(result) {
  try {
    return JSON.parse(result.stdout);
  } catch (error) {
    return fail(`output is not JSON: ${error.message}`, result);
  }
}

export async function kubectlChecks({ url, home, check }) {
  // No kubeconfig, no ~/.kube: nothing on the machine may change what kubectl does.
  const env = { PATH: '/usr/bin:/bin', HOME: home, KUBECONFIG: '/nonexistent' };
  const flags = [`--server=${url}`, `--cache-dir=${join(home, 'kube-cache')}`];
  const kubectl = (args, { timeoutMs = 30_000, requestTimeout = '10s' } = {}) =>
    run(KUBECTL, [...flags, `--request-timeout=${requestTimeout}`, ...args], { env, timeoutMs });
  const ok = async (args, options) => {
    const result = await kubectl(args, options);
    if (result.code !== 0) fail(`kubectl ${args.join(' ')} failed`, result);
    return result;
  };
  const getJson = async (name) => parseJson(await ok(['get', 'is', name, '-n', NS, '-o', 'json']));
  const api = async (path, init) => {
    const response = await fetch(`${url}${path}`, init);
    return { status: response.status, body: await response.json().catch(() => null) };
  };

  await check('kubectl: api-resources lists imagestreams with short name is', async () => {
    const result = await ok(['api-resources', '--api-group=image.openshift.io', '--no-headers']);
    const row = result.stdout.split('\n').find((line) => /^imagestreams\s/.test(line));
    if (!row || !/\bis\b/.test(row) || !/\bImageStream\b/.test(row)) fail('no imagestreams row with short name is', result);
  });

  await check('kubectl: get is -A lists every stream', async () => {
    const result = await ok(['get', 'is', '-A']);
    const { body } = await api(`${API}/imagestreams`);
    const items = body?.items ?? [];
    if (items.length === 0) fail('the API lists no streams', result);
    const lines = result.stdout.split('\n').slice(1);
    const missing = items.filter(({ metadata: m }) =>
      !lines.some((line) => line.split(/\s+/)[0] === m.namespace && line.split(/\s+/)[1] === m.name));
    if (missing.length) fail(`missing: ${missing.map((i) => `${i.metadata.namespace}/${i.metadata.name}`).join(', ')}`, result);
    return `${items.length} streams`;
  });

  await check('kubectl: get is prints the server-side table (IMAGE REPOSITORY, TAGS, UPDATED)', async () => {
    const result = await ok(['get', 'is', '-n', NS]);
    const header = result.stdout.split('\n')[0] ?? '';
    for (const column of ['NAME', 'IMAGE REPOSITORY', 'TAGS', 'UPDATED']) {
      if (!header.includes(column)) fail(`column ${column} missing`, result);
    }
  });

  await check('kubectl: get is NAME -n NS -o json returns the object', async () => {
    const { body } = await api(`${API}/namespaces/${NS}/imagestreams`);
    const sample = body?.items?.[0]?.metadata?.name;
    if (!sample) fail(`no stream in namespace ${NS} to get`);
    const result = await ok(['get', 'is', sample, '-n', NS, '-o', 'json']);
    const object = parseJson(result);
    const problems = [];
    if (object.kind !== 'ImageStream') problems.push(`kind ${object.kind}`);
    if (object.apiVersion !== 'image.openshift.io/v1') problems.push(`apiVersion ${object.apiVersion}`);
    if (object.metadata?.name !== sample || object.metadata?.namespace !== NS) problems.push('wrong name/namespace');
    if (!object.metadata?.resourceVersion) problems.push('no resourceVersion');
    if (typeof object.spec !== 'object' || object.spec === null) problems.push('no spec');
    if (!object.status?.dockerImageRepository) problems.push('no status.dockerImageRepository');
    if (problems.length) fail(problems.join('; '), result);
    return sample;
  });

  await check('kubectl: create -f a YAML file', async () => {
    const result = await ok(['create', '-f', file('kubectl-create.yaml')]);
    const { status, body } = await api(`${API}/namespaces/${NS}/imagestreams/kubectl-created`);
    if (status !== 200) fail(`GET after create answered ${status}`, result);
    if (body.spec?.tags?.[0]?.from?.name !== 'quay.io/example/app:latest') fail('spec.tags not stored', result);
  });

  await check('kubectl: create -f the same file again -> AlreadyExists', async () => {
    const result = await kubectl(['create', '-f', file('kubectl-create.yaml')]);
    if (result.code === 0 || !/AlreadyExists|already exists/.test(result.stderr)) fail('expected an AlreadyExists error', result);
  });

  await check('kubectl: apply -f creates, a changed file updates, the same file changes nothing', async () => {
    const first = await ok(['apply', '-f', file('kubectl-apply.yaml')]);
    if (!/created/.test(first.stdout)) fail('first apply did not create', first);
    const second = await ok(['apply', '-f', file('kubectl-apply-changed.yaml')]);
    if (!/configured/.test(second.stdout)) fail('second apply did not configure', second);
    const object = await getJson('kubectl-applied');
    const tags = (object.spec?.tags ?? []).map((tag) => tag.name).join(',');
    const problems = [];
    if (object.metadata?.labels?.stage !== 'two') problems.push(`label stage=${object.metadata?.labels?.stage}`);
    if (tags !== 'latest,stable') problems.push(`spec.tags ${tags}`);
    if (object.spec?.lookupPolicy?.local !== true) problems.push('lookupPolicy.local not true');
    if (!object.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration']) problems.push('no last-applied annotation');
    if (problems.length) fail(problems.join('; '), { ...second, stdout: JSON.stringify(object, null, 2) });
    // Without a schema for the kind (minimal OpenAPI document) kubectl sends a JSON merge patch that
    // repeats spec.tags and prints "configured" rather than "unchanged"; the server must see no change.
    const third = await ok(['apply', '-f', file('kubectl-apply-changed.yaml')]);
    const after = await getJson('kubectl-applied');
    const generations = (o) => JSON.stringify([o.metadata?.generation, (o.spec?.tags ?? []).map((t) => t.generation)]);
    if (generations(after) !== generations(object)) {
      fail(`re-applying the same file changed generations ${generations(object)} -> ${generations(after)}`, third);
    }
    return `same file again: ${third.stdout.trim().split(' ').pop()}`;
  });

  await check('kubectl: patch --type=merge', async () => {
    await ok(['patch', 'is', 'kubectl-applied', '-n', NS, '--type=merge', '-p', '{"metadata":{"annotations":{"patched":"yes"}}}']);
    const object = await getJson('kubectl-applied');
    if (object.metadata?.annotations?.patched !== 'yes') fail('annotation not set');
  });

  await check('kubectl: get is -l selects by label', async () => {
    const result = await ok(['get', 'is', '-n', NS, '-l', 'clients-test=kubectl', '-o', 'name']);
    const names = result.stdout.trim().split('\n').sort().join(',');
    const expected = 'imagestream.image.openshift.io/kubectl-applied,imagestream.image.openshift.io/kubectl-created';
    if (names !== expected) fail(`expected ${expected}`, result);
  });

  await check('kubectl: get is -w prints a stream another client creates', async () => {
    const name = `kubectl-watched-${Date.now().toString(36)}`;
    const watcher = start(KUBECTL, [...flags, '--request-timeout=30s', 'get', 'is', '-n', NS, '-w'], { env });
    try {
      const listed = await waitFor(() => /NAME/.test(watcher.output().stdout), { timeoutMs: 10_000 });
      if (!listed) fail('the watch printed no initial list', watcher.output());
      await delay(300);
      const created = await api(`${API}/namespaces/${NS}/imagestreams`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ apiVersion: 'image.openshift.io/v1', kind: 'ImageStream', metadata: { name }, spec: {} }),
      });
      if (created.status !== 201) fail(`POST answered ${created.status}: ${JSON.stringify(created.body)}`);
      const seen = await waitFor(() => watcher.output().stdout.includes(name), { timeoutMs: 5_000 });
      if (!seen) fail(`${name} did not appear within 5 s`, { code: watcher.exitCode, ...watcher.output() });
    } finally {
      killChild(watcher, 'SIGKILL');
      await watcher.exited;
    }
  });

  await check('kubectl: delete is NAME finishes and the stream is gone', async () => {
    const started = Date.now();
    const result = await kubectl(['delete', 'is', 'kubectl-created', '-n', NS, '--timeout=20s'], { timeoutMs: 25_000 });
    if (result.code !== 0 || !/deleted/.test(result.stdout)) fail('delete failed or hung', result);
    const gone = await kubectl(['get', 'is', 'kubectl-created', '-n', NS]);
    if (gone.code === 0 || !/NotFound|not found/.test(gone.stderr)) fail('get after delete did not say NotFound', gone);
    return `${((Date.now() - started) / 1000).toFixed(1)} s`;
  });

  await check('kubectl: delete -f the applied file', async () => {
    const result = await kubectl(['delete', '-f', file('kubectl-apply-changed.yaml'), '--timeout=20s'], { timeoutMs: 25_000 });
    if (result.code !== 0 || !/deleted/.test(result.stdout)) fail('delete -f failed or hung', result);
  });
}
