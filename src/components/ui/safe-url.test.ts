import { describe, expect, it } from 'vitest';
import { webUrl } from './safe-url';

describe('webUrl', () => {
  it.each([
    ['https://github.com/sclorg/ruby-ex.git', 'https://github.com/sclorg/ruby-ex.git'],
    ['http://example.com', 'http://example.com/'],
    ['HTTPS://Example.COM/a?b=c#d', 'https://example.com/a?b=c#d'],
    ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
    ['https://[::1]:8443/x', 'https://[::1]:8443/x'],
  ])('links %s as %s', (value, href) => {
    expect(webUrl(value)).toBe(href);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/file'],
    ['//evil.example/x'],
    ['/ui/#/ns/demo'],
    ['#/ns/demo/imagestreams'],
    ['example.com'],
    ['https://'],
    ['https:evil.example'],
    ['http:/evil.example'],
    [' https://example.com'],
    ['https://example.com and more words'],
    ['https://example.com\nhttps://evil.example'],
    ['https://user:pass@evil.example/'],
    ['https://bank.example@evil.example/'],
    ['"><svg onload=alert(1)>'],
    [''],
    [null],
    [undefined],
  ])('keeps %j as text', (value) => {
    expect(webUrl(value)).toBeUndefined();
  });
});
