// The built app ships a strict Content-Security-Policy: in a meta tag (kubectl proxy --www cannot send
// headers) and, from `npm start`, as a header that also forbids framing. The app runs under it.
import { expect, test } from './fixtures';

const directives = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...values]) => [name ?? '', values.join(' ')]));

test('the served page carries the policy in its header and in its HTML', async ({ page, request }) => {
  const response = await request.get('./');
  const header = response.headers()['content-security-policy'] ?? '';
  const policy = directives(header);
  expect(Object.fromEntries(policy)).toEqual({
    'default-src': "'self'",
    'script-src': "'self'",
    'style-src': "'self'",
    'img-src': "'self' data:",
    'font-src': "'self'",
    'connect-src': "'self'",
    'worker-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  });

  await page.goto('./');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // Browsers ignore frame-ancestors in a meta tag (and say so in the console): header only.
  expect(`${meta}; frame-ancestors 'none'`).toBe(header);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the app runs without a single violation', async ({ page }) => {
  await page.goto('./#/ns/demo/imagestreams');
  await expect(page.getByRole('link', { name: 'api-server', exact: true })).toBeVisible();
  await page.goto('./#/ns/demo/imagestreams/web-frontend');
  await expect(page.getByRole('heading', { level: 1, name: 'web-frontend' })).toBeVisible();
  await page.getByRole('button', { name: 'latest Details' }).click();
  await page.getByRole('link', { name: 'Show all 14 history items' }).click();
  const current = page.getByRole('list', { name: 'History of latest' }).getByRole('listitem', { name: /Current/ });
  await current.getByRole('button', { name: 'Show pull specs by digest' }).click();
  await expect(current).toContainText(/architecture amd64/);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit web-frontend' })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('dialog', { name: 'Export web-frontend' })).toBeVisible();
  // The fixtures log every violation as a console error and fail the test on it.
});

test.describe('a violation', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy|CSP violation/] });

  test('is blocked and reported by the fixtures, so every spec would notice one', async ({ page }) => {
    const reported: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('CSP violation')) reported.push(message.text());
    });
    await page.goto('./#/ns/demo/imagestreams');
    await expect(page.getByRole('link', { name: 'api-server', exact: true })).toBeVisible();

    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const styled = document.createElement('div');
      styled.setAttribute('style', 'color: red');
      document.body.append(styled);
      const elsewhere = await fetch('http://example.invalid/').then(() => 'sent', () => 'blocked');
      return { inlineRan: (window as { __inlineRan?: boolean }).__inlineRan ?? false, elsewhere, color: getComputedStyle(styled).color };
    });
    expect(outcome).toEqual({ inlineRan: false, elsewhere: 'blocked', color: expect.not.stringMatching(/rgb\(255, 0, 0\)/) });
    // Each violation is reported once per policy: the header's and the meta tag's.
    await expect.poll(() => [...new Set(reported.map((text) => text.split(' ')[2]))].sort()).toEqual(['connect-src', 'script-src-elem', 'style-src-attr']);
  });
});
