// The packs bought for one service: any mix of sizes and counts (the engine takes a list), as rows of a size menu
// and a count. The first row's menu offers "none"; "add a size" appends a row. In the URL a list is
// `k.<service>=200000x1,100000x1`.
import { MAX_PACK_COUNT } from './core.js';
import { el } from './dom.js';

/** "200000x1,100000x2" -> [{ size: '200000', count: '1' }, ...]; anything malformed is left out. */
export function readPackList(text) {
  return String(text ?? '').split(',').map((part) => /^(\d+)x(\d+)$/.exec(part.trim()))
    .filter(Boolean).map(([, size, number]) => ({ size, count: number }));
}

export const writePackList = (list) => list.filter((p) => p.size).map((p) => `${p.size}x${p.count}`).join(',');

// Row i of a service's packs: the first keeps the plain ids (pack-<id>, count-<id>) that links and tests name.
export const packIds = (serviceId, i) => {
  const suffix = i ? `-${i + 1}` : '';
  return { size: `pack-${serviceId}${suffix}`, count: `count-${serviceId}${suffix}`, error: `count-error-${serviceId}${suffix}` };
};

/**
 * The pack cell of one service, without its listeners (listenPacks adds them): `list` gives its rows (an empty list
 * gets one row with no pack chosen). words: { noPack, packOption, packSize, packCount, addPack, removePack }.
 */
export function packEditor(service, list, words, serviceName) {
  if (!list.length) list.push({ size: '', count: '1' });
  const rows = list.map((pack, i) => {
    const ids = packIds(service.id, i);
    const size = el('select', { id: ids.size, name: ids.size },
      ...(i === 0 ? [el('option', { value: '', textContent: words.noPack })] : []),
      ...service.packs.map((p) => el('option', { value: String(p.calls), textContent: words.packOption(p.calls, p.price) })));
    size.value = pack.size || (i === 0 ? '' : String(service.packs[0].calls));
    pack.size = size.value;
    // With no pack chosen there is no count to give: the count field shows once a size is picked.
    const number = el('input', { id: ids.count, name: ids.count, type: 'number', min: '1', max: String(MAX_PACK_COUNT), value: pack.count,
      className: 'count', inputMode: 'numeric', hidden: !size.value });
    const error = el('span', { className: 'field-error', id: ids.error });
    number.setAttribute('aria-describedby', error.id);
    const times = el('span', { className: 'times', textContent: '×', ariaHidden: 'true', hidden: !size.value });
    // "× count −" stay together: when the line is too narrow they go under the menu as one, never split.
    const countGroup = el('span', { className: 'pack-count' }, times,
      el('label', { htmlFor: number.id, className: 'visually-hidden', textContent: words.packCount(serviceName, i + 1) }), number);
    const row = el('div', { className: 'pack-row' },
      el('label', { htmlFor: size.id, className: 'visually-hidden', textContent: words.packSize(serviceName, i + 1) }), size, countGroup);
    if (i > 0) {
      countGroup.append(el('button', { type: 'button', className: 'button icon', id: `remove-pack-${service.id}-${i + 1}`,
        textContent: '−', title: words.removePack, ariaLabel: `${words.removePack}: ${serviceName} ${i + 1}` }));
    }
    row.append(error);
    return row;
  });
  // "Add a size" once a first pack is chosen.
  const add = el('button', { type: 'button', className: 'button link', id: `add-pack-${service.id}`, textContent: words.addPack, hidden: !list[0].size });
  return el('div', { className: 'packs' }, ...rows, add);
}

/**
 * The listeners of a pack cell as packEditor builds it, whether built here or by the page's build (the first screen
 * in index.html): `list` is edited in place and `changed()` called after every edit (`redraw(focusId)` when rows
 * were added or removed).
 */
export function listenPacks(cell, service, list, { changed, redraw }) {
  if (!list.length) list.push({ size: '', count: '1' });
  const add = cell.querySelector(':scope > .button.link');
  [...cell.querySelectorAll(':scope > .pack-row')].forEach((row, i) => {
    const pack = list[i];
    const size = row.querySelector('select');
    const number = row.querySelector('input');
    const times = row.querySelector('.times');
    pack.size = size.value;
    pack.count = number.value;
    size.addEventListener('change', () => {
      pack.size = size.value;
      times.hidden = !size.value;
      number.hidden = !size.value;
      if (i === 0) add.hidden = !size.value;
      if (i === 0 && !size.value && list.length > 1) { list.splice(1); redraw(); } else changed();
    });
    number.addEventListener('input', () => { pack.count = number.value; changed(); });
    row.querySelector('button.icon')?.addEventListener('click', () => { list.splice(i, 1); redraw(); });
  });
  add.addEventListener('click', () => { list.push({ size: '', count: '1' }); redraw(`pack-${service.id}-${list.length}`); });
}
