// Test support: reads an ImageStream(...) call written the way the reference's examples are, and
// gives the object it sends (ocp_resources' to_dict: metadata, spec.lookupPolicy.local, spec.tags as given).
import type { JsonRecord } from './object-access';

/** Python source -> JSON: comments out, True/False/None as JSON literals (strings left alone). */
function pythonToJson(code: string): string {
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i] ?? '';
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      out += code.slice(i, end + 1);
      i = end;
    } else if (c === '#') {
      while (i + 1 < code.length && code[i + 1] !== '\n') i++;
    } else {
      const word = /^(True|False|None)\b/.exec(code.slice(i))?.[1];
      if (word) {
        out += word === 'True' ? 'true' : word === 'False' ? 'false' : 'null';
        i += word.length - 1;
      } else out += c;
    }
  }
  return out;
}

/** The keyword arguments of an `ImageStream(...)` call written as the examples are. */
export function pythonKwargs(code: string): JsonRecord {
  const start = code.indexOf('ImageStream(') + 'ImageStream('.length;
  const body = code.slice(start, code.indexOf('\n)', start));
  const json = pythonToJson(body).replace(/^ {4}([a-z_]+)=/gm, '"$1": ');
  return JSON.parse(`{${json}}`) as JsonRecord;
}

/** What ImageStream(...).deploy() sends. */
export function pythonObject(code: string): JsonRecord {
  const { name, namespace, lookup_policy = false, tags = null, label, annotations } = pythonKwargs(code);
  return {
    apiVersion: 'image.openshift.io/v1',
    kind: 'ImageStream',
    metadata: { name, namespace, ...(label ? { labels: label } : {}), ...(annotations ? { annotations } : {}) },
    spec: { lookupPolicy: { local: lookup_policy }, tags },
  };
}
