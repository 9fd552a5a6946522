import { test as base, expect } from '@playwright/test';

interface Fixtures {
  /**
   * Console errors a test expects, e.g. Chromium's "Failed to load resource" line for a 404 the
   * test provokes on purpose. Override with `test.use({ allowedConsoleErrors: [/404/] })`.
   */
  allowedConsoleErrors: RegExp[];
  /** Uncaught page errors and unexpected console errors; any one fails the test. */
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, request, allowedConsoleErrors }, use) => {
      // Each test starts from the sample data, whatever the previous one changed.
      const reset = await request.post('/__cluster/reset');
      expect(reset.ok(), `POST /__cluster/reset answered ${reset.status()}`).toBe(true);

      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() === 'error' && !allowedConsoleErrors.some((pattern) => pattern.test(text))) {
          errors.push(`console.error: ${text}`);
        }
      });
      // Chromium logs most Content-Security-Policy violations itself, but not all (a blocked eval whose
      // caller catches the error): report every one as a console error.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      await use(errors);
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
