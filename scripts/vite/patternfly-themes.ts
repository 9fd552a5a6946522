import type { AcceptedPlugin, Rule } from 'postcss';

// PatternFly's stylesheets carry its dark, high-contrast, felt and glass themes: tokens and rules that
// apply only under a class on <html> that this app never sets. They are about 12 kB gzip of the list
// page's CSS. Selectors that merely exclude a theme (`:root:not(.pf-v6-theme-glass)`) apply to the
// default theme and stay.
const THEME_CLASS = /\.pf-v6-theme-[a-z-]+/;
const NEGATION = /:not\([^()]*\)/g;

const needsTheme = (selector: string) => THEME_CLASS.test(selector.replace(NEGATION, ''));

function dropThemeSelectors(rule: Rule) {
  const kept = rule.selectors.filter((selector) => !needsTheme(selector));
  if (kept.length === rule.selectors.length) return;
  const parent = rule.parent;
  if (kept.length > 0) {
    rule.selectors = kept;
    return;
  }
  rule.remove();
  // An @media or @supports block left empty would still be shipped.
  if (parent?.type === 'atrule' && parent.nodes?.length === 0) parent.remove();
}

/** A PostCSS plugin for Vite's `css.postcss.plugins`. */
export function dropUnusedPatternflyThemes(): AcceptedPlugin {
  return { postcssPlugin: 'drop-unused-patternfly-themes', Rule: dropThemeSelectors };
}
