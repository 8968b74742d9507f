// The page's two DOM helpers. `el` sets properties (textContent, never innerHTML) and appends children as nodes
// or text, so tariff strings can only ever become text.
export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
