// The page's DOM helpers. `el` sets properties (textContent, never innerHTML) and appends children as nodes
// or text, so tariff strings can only ever become text.
export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

// Text and menus changed only where they differ: the same text set again would be laid out again, and the first
// screen's form comes with its text and menus in index.html (tools/first-screen.mjs).
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/** `select`'s options made [value, text] pairs, rebuilt only when they differ. */
export function setOptions(select, options) {
  const same = select.options.length === options.length
    && options.every(([value, text], i) => select.options[i].value === value && select.options[i].textContent === text);
  if (!same) select.replaceChildren(...options.map(([value, text]) => el('option', { value, textContent: text })));
}

/**
 * Makes `target`'s children those of `children` (nodes as el() builds them, without listeners), keeping every
 * node that is alike and changing only the text and attributes that differ: the browser then lays out again only
 * what changed, where replacing a table's rows on every keystroke had it lay the whole table out.
 */
export function patchChildren(target, children) {
  const old = target.childNodes;
  children.forEach((now, i) => {
    const was = old[i];
    if (!was) target.append(now);
    else if (!patchNode(was, now)) was.replaceWith(now);
  });
  while (old.length > children.length) target.lastChild.remove();
}

function patchNode(was, now) {
  if (was.nodeType !== now.nodeType || was.nodeName !== now.nodeName) return false;
  if (was.nodeType === Node.TEXT_NODE) {
    if (was.data !== now.data) was.data = now.data;
    return true;
  }
  if (was.nodeType !== Node.ELEMENT_NODE) return false;
  for (const { name, value } of now.attributes) if (was.getAttribute(name) !== value) was.setAttribute(name, value);
  for (const { name } of [...was.attributes]) if (!now.hasAttribute(name)) was.removeAttribute(name);
  patchChildren(was, [...now.childNodes]);
  return true;
}
