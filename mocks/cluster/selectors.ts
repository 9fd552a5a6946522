// Label and field selectors as the API server parses them; unsupported fields are a 400 like the real one.
import { badRequest } from './status-error';
import type { ObjectMeta } from './types';

type Requirement = (labels: Record<string, string>) => boolean;

function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function parseRequirement(text: string): Requirement {
  const setMatch = /^([^\s!=(),]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(text);
  if (setMatch) {
    const [, key = '', op, list = ''] = setMatch;
    const values = new Set(list.split(',').map((v) => v.trim()).filter(Boolean));
    return op === 'in'
      ? (labels) => key in labels && values.has(labels[key] ?? '')
      : (labels) => !(key in labels) || !values.has(labels[key] ?? '');
  }
  const opMatch = /^([^\s!=(),]+)\s*(==|=|!=)\s*([^\s!=(),]*)$/.exec(text);
  if (opMatch) {
    const [, key = '', op, value = ''] = opMatch;
    return op === '!=' ? (labels) => labels[key] !== value : (labels) => labels[key] === value;
  }
  if (/^![^\s!=(),]+$/.test(text)) {
    const key = text.slice(1);
    return (labels) => !(key in labels);
  }
  if (/^[^\s!=(),]+$/.test(text)) return (labels) => text in labels;
  throw badRequest(`unable to parse requirement: found '${text}', expected: key, key=value, key!=value, key in (...), key notin (...)`);
}

export function parseLabelSelector(selector: string | null): (meta: ObjectMeta) => boolean {
  if (!selector) return () => true;
  const requirements = splitTopLevel(selector).map(parseRequirement);
  return (meta) => requirements.every((r) => r(meta.labels ?? {}));
}

const FIELDS: Record<string, (meta: ObjectMeta) => string> = {
  'metadata.name': (m) => m.name ?? '',
  'metadata.namespace': (m) => m.namespace ?? '',
};

export function parseFieldSelector(selector: string | null): (meta: ObjectMeta) => boolean {
  if (!selector) return () => true;
  const tests = splitTopLevel(selector).map((part) => {
    const match = /^([^!=]+)(==|=|!=)(.*)$/.exec(part);
    if (!match) throw badRequest(`invalid selector: '${selector}'; can't understand '${part}'`);
    const [, field = '', op, value = ''] = match;
    const get = FIELDS[field.trim()];
    if (!get) throw badRequest(`field label not supported: ${field.trim()}`);
    return op === '!=' ? (m: ObjectMeta) => get(m) !== value : (m: ObjectMeta) => get(m) === value;
  });
  return (meta) => tests.every((t) => t(meta));
}
