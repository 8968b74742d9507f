// Face verification: an access channel and a comparison source resolve to the billing label (the price page's
// channel table, carried by the tariff as `channels`); the button takes the visitor to that label's calls.
import { $, el } from './dom.js';

export function renderChannels(edition, words, serviceName, lang) {
  const channels = edition.channels ?? [];
  $('channel-fieldset').hidden = channels.length === 0;
  if (!channels.length) return;
  const families = [...new Set(channels.map((c) => c.family))];
  // The options' values stay the printed (Chinese) names; in English their text is the tariff's English name.
  const english = (key, name) => (lang === 'en' && channels.find((c) => c[key] === name)?.[`${key}_en`]) || name;
  const options = (select, values, text = (v) => v) => {
    const kept = select.value;
    select.replaceChildren(...values.map((v) => el('option', { value: v, textContent: text(v) })));
    if (values.includes(kept)) select.value = kept;
  };
  const refresh = () => {
    const inFamily = channels.filter((c) => c.family === $('channel-family').value);
    options($('channel'), [...new Set(inFamily.map((c) => c.channel))], (v) => english('channel', v));
    const inChannel = inFamily.filter((c) => c.channel === $('channel').value);
    // Some channels (实证 NFC, AI 人脸防护盾...) compare with no source: the menu is then left out.
    const compares = [...new Set(inChannel.map((c) => c.compare).filter(Boolean))];
    options($('compare'), compares, (v) => words.compareSources[v] ?? v);
    $('compare').closest('.field').hidden = !compares.length;
    const match = compares.length ? inChannel.find((c) => c.compare === $('compare').value) : inChannel[0];
    if (!match) { $('channel-result').replaceChildren(); return; }
    const button = el('button', { type: 'button', textContent: words.channelPick });
    button.addEventListener('click', () => $(`calls-${match.service}`).focus());
    $('channel-result').replaceChildren(words.channelResult(serviceName(match.service)), ' ', button);
  };
  options($('channel-family'), families, (v) => english('family', v));
  $('channel-family').onchange = refresh;
  $('channel').onchange = refresh;
  $('compare').onchange = refresh;
  refresh();
}

