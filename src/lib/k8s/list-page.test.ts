import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { listAll, listPages } from './list';
import { readListHead } from './list-page';
import { setupTestServer } from './test-helpers';

const server = setupTestServer();

const path = '/apis/image.openshift.io/v1/namespaces/demo/imagestreams';
const item = (name: string) => ({ metadata: { name } });

describe('readListHead', () => {
  it.each([
    ['the token of a compact head', '{"kind":"ImageStreamList","metadata":{"resourceVersion":"5","continue":"abc"},"items":[{"metadata":{}}]}', 'abc'],
    ['no token on the last page', '{"kind":"ImageStreamList","metadata":{"resourceVersion":"5"},"items":[]}', undefined],
    ['the token of a pretty-printed head', '{\n  "metadata": {\n    "continue": "a\\"b"\n  },\n  "items": []\n}', 'a"b'],
    ['none when the items come first', '{"items":[],"metadata":{"continue":"abc"}}', undefined],
    ['none when the head has no metadata', '{"kind":"ImageStreamList","items":[]}', undefined],
    ['none from a head that is not JSON', '<html>"items": x,', undefined],
    ['none beyond 64 KiB', `{"kind":"${'x'.repeat(70_000)}","metadata":{"continue":"abc"},"items":[]}`, undefined],
  ])('%s', (_name, text, expected) => {
    expect(readListHead(text)).toBe(expected);
  });
});

/** A first page naming a second that never arrives; resolves when the second one's request is aborted. */
function secondPageThatHangs(): Promise<void> {
  let aborted!: () => void;
  const abortedSecond = new Promise<void>((resolve) => (aborted = resolve));
  server.use(
    http.get(`*${path}`, ({ request }) => {
      if (new URL(request.url).searchParams.get('continue')) {
        request.signal.addEventListener('abort', () => aborted());
        return new HttpResponse(new ReadableStream({ start() {} }));
      }
      return HttpResponse.json({ metadata: { resourceVersion: '1', continue: 'next' }, items: [item('a')] });
    }),
  );
  return abortedSecond;
}

describe('listPages ahead of the body', () => {
  it('asks for pages ahead while the caller holds one, at most two not yet handed over', async () => {
    const tokens = [null, 't1', 't2', 't3', 't4', 't5'];
    let handedOver = 0;
    const asked: { token: string | null; notHandedOver: number }[] = [];
    server.use(
      http.get(`*${path}`, ({ request }) => {
        const token = new URL(request.url).searchParams.get('continue');
        asked.push({ token, notHandedOver: asked.length - handedOver });
        const at = tokens.indexOf(token);
        const next = tokens[at + 1];
        return HttpResponse.json({ metadata: { resourceVersion: '4', ...(next ? { continue: next } : {}) }, items: [item(`s${at}`)] });
      }),
    );
    const pages = listPages(path, { limit: 1 });
    const first = await pages.next();
    handedOver += 1;
    expect(first.value?.items).toEqual([item('s0')]);
    // Pages 2 and 3 are asked for while the caller still holds page 1.
    await vi.waitFor(() => expect(asked.map((a) => a.token)).toEqual([null, 't1', 't2']));
    const rest = [];
    for await (const page of pages) {
      handedOver += 1;
      rest.push(...page.items);
    }
    expect(rest).toEqual(['s1', 's2', 's3', 's4', 's5'].map(item));
    expect(asked.map((a) => a.token)).toEqual(tokens);
    // No request went out with more than two others asked for and not yet handed over (the one on
    // its way to the caller counts).
    expect(Math.max(...asked.map((a) => a.notHandedOver))).toBe(2);
  });

  it('follows the token of the parsed body when the head does not have it', async () => {
    const queries: (string | null)[] = [];
    server.use(
      http.get(`*${path}`, ({ request }) => {
        const token = new URL(request.url).searchParams.get('continue');
        queries.push(token);
        // Items before metadata: the head tells nothing.
        return token
          ? HttpResponse.text(`{"items":${JSON.stringify([item('b')])},"metadata":{"resourceVersion":"3"}}`)
          : HttpResponse.text(`{"items":${JSON.stringify([item('a')])},"metadata":{"resourceVersion":"3","continue":"t"}}`);
      }),
    );
    await expect(listAll(path, { limit: 1 })).resolves.toEqual({ items: [item('a'), item('b')], resourceVersion: '3' });
    expect(queries).toEqual([null, 't']);
  });

  it('cancels the page asked for ahead when the caller stops reading', async () => {
    const abortedSecond = secondPageThatHangs();
    for await (const page of listPages(path, { limit: 1 })) {
      expect(page.items).toEqual([item('a')]);
      break;
    }
    await abortedSecond;
  });

  it('aborts the pages on their way when the signal of the caller aborts', async () => {
    const abortedSecond = secondPageThatHangs();
    const controller = new AbortController();
    const pages = listPages(path, { limit: 1, signal: controller.signal });
    expect((await pages.next()).value?.items).toEqual([item('a')]);
    const second = pages.next();
    controller.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    await abortedSecond;
  });
});
