// What the namespace switcher offers for what was typed. Users who may not list every namespace
// can still type one they have access to, so a valid name that is not listed is offered too.
const NAMESPACE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const isNamespaceName = (text: string): boolean => text.length <= 63 && NAMESPACE_NAME.test(text);

export interface NamespaceMatches {
  /** Listed names containing the typed text, exact match first. */
  listed: string[];
  /** The typed text, when it is a valid name that is not listed. */
  unlisted?: string;
  /** Why the typed text cannot be a namespace. */
  invalid?: string;
}

export function matchNamespaces(names: string[], typed: string): NamespaceMatches {
  const text = typed.trim();
  if (!text) return { listed: names };
  const needle = text.toLowerCase();
  const listed = names.filter((name) => name.includes(needle));
  const exact = listed.indexOf(text);
  if (exact > 0) listed.unshift(...listed.splice(exact, 1));
  if (exact !== -1) return { listed };
  if (isNamespaceName(text)) return { listed, unlisted: text };
  if (text.length > 63) return { listed, invalid: 'A namespace name has at most 63 characters' };
  return { listed, invalid: 'A namespace name has lowercase letters, digits and "-" only' };
}
