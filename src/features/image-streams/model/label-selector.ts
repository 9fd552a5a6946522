// Kubernetes label selectors (`tier=frontend,env notin (dev,qa),!legacy`), matched client-side so
// typing never costs a request. Grammar and rules follow apimachinery's labels.Parse.
export type Operator = 'exists' | 'not-exists' | 'equals' | 'not-equals' | 'in' | 'notin';

export interface Requirement {
  key: string;
  operator: Operator;
  values: string[];
}

export type ParsedSelector = { ok: true; requirements: Requirement[] } | { ok: false; error: string };

type Labels = Record<string, string> | null | undefined;

const NAME = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SPECIAL = /[\s=!(),<>]/;

function tokenize(text: string): string[] | string {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    let j = i + 1;
    if (c === '<' || c === '>') return `The operator "${c}" is not supported here; use =, !=, in, notin or exists`;
    if ((c === '=' || c === '!') && text.charAt(j) === '=') j += 1;
    else if (!SPECIAL.test(c)) while (j < text.length && !SPECIAL.test(text.charAt(j))) j += 1;
    if (!/\s/.test(c)) tokens.push(text.slice(i, j));
    i = j;
  }
  return tokens;
}

const isWord = (token: string | undefined): token is string => token !== undefined && !'=!(),'.includes(token.charAt(0));

function checkKey(key: string): string | undefined {
  const slash = key.indexOf('/');
  const [prefix, name] = slash === -1 ? [undefined, key] : [key.slice(0, slash), key.slice(slash + 1)];
  if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
    return `Invalid label key "${key}": the prefix must be a DNS subdomain such as example.com`;
  if (name.length > 63 || !NAME.test(name))
    return `Invalid label key "${key}": use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit`;
  return undefined;
}

function checkValue(value: string): string | undefined {
  if (value === '' || (value.length <= 63 && NAME.test(value))) return undefined;
  return `Invalid label value "${value}": use up to 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit`;
}

export function parseLabelSelector(text: string): ParsedSelector {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return { ok: false, error: tokens };
  const requirements: Requirement[] = [];
  let pos = 0;
  const fail = (error: string): ParsedSelector => ({ ok: false, error });
  // A missing value is an empty one, as in Kubernetes: `tier=` selects tier="".
  const takeValue = (): string => {
    const token = tokens[pos];
    if (!isWord(token)) return '';
    pos += 1;
    return token;
  };

  while (pos < tokens.length) {
    const negated = tokens[pos] === '!';
    if (negated) pos += 1;
    const key = tokens[pos];
    if (!isWord(key)) return fail(key === undefined ? 'Expected a label key at the end' : `Expected a label key, found "${key}"`);
    const keyError = checkKey(key);
    if (keyError) return fail(keyError);
    pos += 1;
    const op = tokens[pos];
    if (negated || op === undefined || op === ',') {
      requirements.push({ key, operator: negated ? 'not-exists' : 'exists', values: [] });
    } else if (op === '=' || op === '==' || op === '!=') {
      pos += 1;
      const value = takeValue();
      const valueError = checkValue(value);
      if (valueError) return fail(valueError);
      requirements.push({ key, operator: op === '!=' ? 'not-equals' : 'equals', values: [value] });
    } else if (op === 'in' || op === 'notin') {
      pos += 1;
      if (tokens[pos] !== '(') return fail(`"${op}" needs values in parentheses, e.g. ${key} ${op} (a,b)`);
      pos += 1;
      const values: string[] = [];
      while (tokens[pos] !== ')') {
        const value = takeValue();
        const valueError = checkValue(value);
        if (valueError) return fail(valueError);
        values.push(value);
        if (tokens[pos] === ',') pos += 1;
        else if (tokens[pos] !== ')') return fail(tokens[pos] === undefined ? 'Missing ")"' : `Expected "," or ")", found "${tokens[pos]}"`);
      }
      pos += 1;
      if (values.length === 0 || values.every((v) => v === '')) return fail(`"${op}" needs at least one value`);
      requirements.push({ key, operator: op, values });
    } else {
      return fail(`Expected an operator (=, ==, !=, in, notin) after "${key}", found "${op}"`);
    }
    if (pos < tokens.length) {
      if (tokens[pos] !== ',') return fail(`Expected "," between requirements, found "${tokens[pos]}"`);
      pos += 1;
      if (pos === tokens.length) return fail('Expected a requirement after ","');
    }
  }
  return { ok: true, requirements };
}

function matchesOne({ key, operator, values }: Requirement, labels: Labels): boolean {
  const has = labels != null && Object.hasOwn(labels, key);
  const value = has ? labels[key] : undefined;
  switch (operator) {
    case 'exists':
      return has;
    case 'not-exists':
      return !has;
    case 'equals':
    case 'in':
      return has && values.includes(value as string);
    case 'not-equals':
    case 'notin':
      // Like Kubernetes: a missing label is "not equal" to anything.
      return !has || !values.includes(value as string);
  }
}

export const matchesLabels = (requirements: Requirement[], labels: Labels): boolean =>
  requirements.every((r) => matchesOne(r, labels));
