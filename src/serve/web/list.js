// The story list: GET /v1/stories?order=newest|widest&limit=&offset=.
import {api, arr, fill, h, outletColour, outletTag, str, timeElement} from './dom.js';

export const PAGE_SIZE = 20;

// A bar with one coloured segment per outlet; its width grows with the
// number of outlets relative to the widest story on the page.
function coverageBar(sources, widest) {
  const bar = h('div', {
    class: 'coverage',
    role: 'img',
    'aria-label': `Covered by ${sources.length} outlet${sources.length === 1 ? '' : 's'}: ` +
        sources.join(', '),
  });
  bar.style.width = `${Math.max(12, Math.round((100 * sources.length) / Math.max(1, widest)))}%`;
  for (const source of sources) {
    const segment = h('span', {class: 'segment', title: source});
    segment.style.backgroundColor = outletColour(source);
    bar.append(segment);
  }
  return bar;
}

function storyItem(story, widest) {
  const id = str(story.id);
  const sources = arr(story.sources).filter((s) => typeof s === 'string');
  const count = Number.isFinite(story.articles) ? story.articles : arr(story.articles).length;
  const time = timeElement(story.updated ?? story.last);
  const first = timeElement(story.first);
  return h('li', {class: 'story-card'},
      h('h2', {}, h('a', {href: `#/stories/${encodeURIComponent(id)}`},
          str(story.title) || `Story ${id}`)),
      coverageBar(sources, widest),
      h('p', {class: 'outlets'}, sources.map((s) => outletTag(s))),
      h('p', {class: 'meta'}, `${count} article${count === 1 ? '' : 's'}`,
          first ? ' · first published ' : '', first, time ? ' · updated ' : '', time));
}

function orderControl(order, onChange) {
  const options = [['newest', 'Newest first'], ['widest', 'Widest coverage first']];
  return h('fieldset', {class: 'order'}, h('legend', {}, 'Order'),
      options.map(([value, label]) => h('label', {},
          h('input', {type: 'radio', name: 'order', value, checked: value === order,
            onchange: () => onChange(value)}),
          ' ', label)));
}

// Renders the list into `main`; `params` holds order and page (from the hash).
export async function renderList(main, params, navigate) {
  const order = params.get('order') === 'widest' ? 'widest' : 'newest';
  const page = Math.max(1, Number.parseInt(params.get('page') || '1', 10) || 1);
  const offset = (page - 1) * PAGE_SIZE;
  const go = (o, p, focus) => navigate(`#/?order=${o}&page=${p}&focus=${focus}`);
  fill(main, h('h1', {}, 'Stories'), orderControl(order, (o) => go(o, 1, 'order')),
      h('p', {class: 'status', role: 'status'}, 'Loading stories…'));
  const data = await api('GET', `/v1/stories?order=${order}&limit=${PAGE_SIZE}&offset=${offset}`);
  const stories = arr(data.stories);
  const total = Number.isFinite(data.total) ? data.total : stories.length;
  const widest = stories.reduce((m, s) => Math.max(m, arr(s.sources).length), 1);
  const status = stories.length === 0 ?
      'No stories yet. Add articles with the form.' :
      `Stories ${offset + 1}–${offset + stories.length} of ${total}`;
  const pager = h('nav', {class: 'pager', 'aria-label': 'Pages'},
      h('button', {type: 'button', disabled: page <= 1,
        onclick: () => go(order, page - 1, 'pager')}, 'Previous page'),
      h('button', {type: 'button', disabled: offset + stories.length >= total,
        onclick: () => go(order, page + 1, 'pager')}, 'Next page'));
  fill(main, h('h1', {}, 'Stories'), orderControl(order, (o) => go(o, 1, 'order')),
      h('p', {class: 'status', role: 'status'}, status),
      h('ol', {class: 'stories'}, stories.map((s) => storyItem(s, widest))),
      pager, h('p', {}, h('a', {href: '#/new'}, 'Add a story')));
  // After the order toggle or the pager re-rendered the list, keep the
  // keyboard where it was (the pager's status line tells where the list is).
  if (params.get('focus') === 'order') main.querySelector('input[name=order]:checked').focus();
  if (params.get('focus') === 'pager') {
    const enabled = pager.querySelector('button:not([disabled])');
    if (enabled) enabled.focus();
  }
}
