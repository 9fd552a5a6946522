/**
 * Where popups that must escape a clipping container (a scrolled table) are appended: the main
 * landmark rather than <body>, so screen readers still find them inside the page's content.
 */
export const inMainLandmark = (): HTMLElement => document.querySelector('main') ?? document.body;
