// RFC 7386 merge patch and RFC 6902 JSON patch. A merge patch replaces arrays whole, spec.tags included.
import { badRequest, StatusError } from './status-error';

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

/** Strategic merge for the one list that has a merge key here: spec.tags by name. Everything else merges as above. */
export function strategicMergePatch(target: unknown, patch: unknown): unknown {
  const merged = mergePatch(target, patch) as JsonObject;
  const oldTags = (target as { spec?: { tags?: unknown } })?.spec?.tags;
  const newTags = (patch as { spec?: { tags?: unknown } })?.spec?.tags;
  if (Array.isArray(oldTags) && Array.isArray(newTags) && isObject(merged.spec)) {
    const byName = new Map<string, unknown>(oldTags.map((t) => [String((t as JsonObject).name), t]));
    for (const tag of newTags as JsonObject[]) {
      if (tag.$patch === 'delete') byName.delete(String(tag.name));
      else byName.set(String(tag.name), mergePatch(byName.get(String(tag.name)), tag));
    }
    merged.spec = { ...merged.spec, tags: [...byName.values()] };
  }
  return merged;
}

interface Operation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, tokens: string[], path: string): [JsonObject | unknown[], string] {
  let node: unknown = doc;
  for (const token of tokens.slice(0, -1)) {
    node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
    if (node === undefined) throw unprocessable(`doc is missing path: "${path}"`);
  }
  if (!Array.isArray(node) && !isObject(node)) throw unprocessable(`doc is missing path: "${path}"`);
  return [node, tokens[tokens.length - 1] ?? ''];
}

const unprocessable = (message: string) => new StatusError(422, 'Invalid', message);

function read(doc: unknown, path: string): unknown {
  let node = doc;
  for (const token of pointer(path)) {
    node = Array.isArray(node) ? node[Number(token)] : isObject(node) ? node[token] : undefined;
    if (node === undefined) throw unprocessable(`doc is missing path: "${path}"`);
  }
  return node;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  const tokens = pointer(path);
  if (tokens.length === 0) return value;
  const [parent, last] = parentOf(doc, tokens, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) throw unprocessable(`add operation does not apply: index out of range: "${path}"`);
    parent.splice(index, 0, value);
  } else parent[last] = value;
  return doc;
}

function remove(doc: unknown, path: string): unknown {
  const tokens = pointer(path);
  const [parent, last] = parentOf(doc, tokens, path);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!(index >= 0 && index < parent.length)) throw unprocessable(`remove operation does not apply: doc is missing path: "${path}"`);
    parent.splice(index, 1);
  } else {
    if (!(last in parent)) throw unprocessable(`remove operation does not apply: doc is missing path: "${path}"`);
    delete parent[last];
  }
  return doc;
}

export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) throw badRequest('json patch must be an array of operations');
  let doc = structuredClone(target);
  for (const raw of operations as Operation[]) {
    switch (raw.op) {
      case 'add':
        doc = add(doc, raw.path, structuredClone(raw.value));
        break;
      case 'remove':
        doc = remove(doc, raw.path);
        break;
      case 'replace':
        read(doc, raw.path);
        doc = add(remove(doc, raw.path), raw.path, structuredClone(raw.value));
        break;
      case 'move': {
        const value = read(doc, raw.from ?? '');
        doc = add(remove(doc, raw.from ?? ''), raw.path, value);
        break;
      }
      case 'copy':
        doc = add(doc, raw.path, structuredClone(read(doc, raw.from ?? '')));
        break;
      case 'test':
        if (JSON.stringify(read(doc, raw.path)) !== JSON.stringify(raw.value))
          throw unprocessable(`testing value ${raw.path} failed`);
        break;
      default:
        throw badRequest(`Unexpected kind: ${String(raw.op)}`);
    }
  }
  return doc;
}
