// One story: GET /v1/stories/{id} -> its articles, the summary (the CLI's
// `summarize --format json`), the comparison (`compare --format json`) and
// the quotes (`quotes --format json`).
import {api, arr, fill, h, outletTag, safeUrl, str, timeElement, uniqueId} from './dom.js';

// The aligned group (compare's "shared") that holds summary sentence `s`:
// the one with a sentence of the same text from the sentence's own outlet.
function groupOf(sentence, shared) {
  const text = str(sentence.text).trim();
  const own = str(arr(sentence.sources)[0]);
  let byText = null;
  for (const group of shared) {
    for (const member of arr(group.sentences)) {
      if (str(member.text).trim() !== text) continue;
      if (str(member.outlet) === own) return group;
      byText = byText || group;
    }
  }
  return byText;
}

// The words outlet `outlet` used for summary sentence `s`.
function outletSentence(sentence, outlet, shared) {
  if (outlet === str(arr(sentence.sources)[0])) return str(sentence.text);
  const group = groupOf(sentence, shared);
  const member = group && arr(group.sentences).find((m) => str(m.outlet) === outlet);
  return member ? str(member.text) : null;
}

// A chip: a focusable button whose tooltip (shown on hover and on keyboard
// focus, hidden by Escape) holds that outlet's own sentence.
function chip(outlet, ownSentence) {
  const tipId = uniqueId('tip');
  const tip = h('span', {class: 'tip', role: 'tooltip', id: tipId},
      h('strong', {}, `${outlet}: `),
      ownSentence ?? 'carries this fact in words the comparison did not align.');
  const button = h('button', {type: 'button', class: 'chip', 'aria-describedby': tipId,
    'data-outlet': outlet}, outletTag(outlet));
  const wrap = h('span', {class: 'chip-wrap'}, button, tip);
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') wrap.classList.add('dismissed');
  });
  button.addEventListener('blur', () => wrap.classList.remove('dismissed'));
  wrap.addEventListener('mouseleave', () => wrap.classList.remove('dismissed'));
  return wrap;
}

function summarySection(summary, shared) {
  const sentences = arr(summary && summary.sentences);
  if (sentences.length === 0) {
    return h('section', {'aria-labelledby': 'summary-h'},
        h('h2', {id: 'summary-h'}, 'Summary'), h('p', {}, 'No summary yet.'));
  }
  return h('section', {'aria-labelledby': 'summary-h'}, h('h2', {id: 'summary-h'}, 'Summary'),
      h('ol', {class: 'summary'}, passages(sentences).map((p) => passageItem(p, shared))));
}

// The summary's sentences a passage at a time: a sentence and those that
// go on its quotation ("continues"), which read as one item.
function passages(sentences) {
  const out = [];
  for (const s of sentences) {
    if (s && s.continues === true && out.length > 0) out[out.length - 1].push(s);
    else out.push([s]);
  }
  return out;
}

// One passage: its text in one paragraph, and the chips of the outlets once
// after it when every sentence has the same, else after each sentence (no
// outlet is shown behind a sentence it does not carry).
function passageItem(passage, shared) {
  const key = (s) => arr(s.sources).map(str).join('\n');
  const same = passage.every((s) => key(s) === key(passage[0]));
  const chips = (s, tag) => h(tag, {class: tag === 'p' ? 'chips' : 'chips inline',
    'aria-label': 'Outlets that report this'},
  arr(s.sources).map((o) => chip(str(o), outletSentence(s, str(o), shared))));
  const text = [];
  passage.forEach((s, i) => {
    if (i > 0) text.push(' ');
    text.push(str(s.text));
    if (!same && i + 1 < passage.length) text.push(chips(s, 'span'));
  });
  // Outlets whose sentence says otherwise (the summary's "disputed_by").
  const disputing = [...new Set(passage.flatMap((s) => arr(s.disputed_by).map(str)))];
  return h('li', {class: 'sentence'}, h('p', {class: 'sentence-text'}, ...text),
      chips(passage[passage.length - 1], 'p'),
      disputing.length ? h('p', {class: 'disputed'}, `Disputed by ${disputing.join(', ')}`) :
                         null);
}

// A compared sentence alone as the page shows it: with the quotation marks
// it lacks when it is a sentence of a quotation over sentences (compare's
// "quoted"), else its text.
const quoted = (m) => str(m && (typeof m.quoted === 'string' ? m.quoted : m.text));

// A compared sentence as the page shows it: the whole quotation when it is
// a sentence of one over sentences (compare's "passage"), else quoted.
const shown = (m) => (m && m.passage ? str(m.passage.text) : quoted(m));

// What one line shows for a group: compare's "shown", the text its
// reports list for the group (compare's one rule of which member, and
// whether with its whole quotation). A comparison stored before the field
// was recomputed when the store was opened (store.h); one from elsewhere
// without it shows its first member's sentence.
function shownMember(group) {
  if (typeof group.shown === 'string') return group.shown;
  const first = arr(group.sentences)[0];
  return str(first && first.text);
}

// The groups of a list each once: two sentences of one quotation with the
// same outlets show the same passage.
function distinct(groups, outletsOf) {
  const seen = new Set();
  return groups.filter((group) => {
    const key = `${outletsOf(group)}\n${shownMember(group)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// True when the server marked this group's line as a repeat of a summary
// sentence ("in_summary", written by the C++ rule io::ShownInSummary when
// the story is stored; docs/api.md): the summary shows each of its
// sentences once, with the outlets its own test finds (its chips), so the
// lists below do not print one again with the comparison's looser outlets
// (the digest's rule, docs/digest.md). A comparison without the mark (the
// summary's own "compare", used only when the story has no comparison)
// leaves nothing out.
const inSummary = (group) => group.in_summary === true;

// The note under a heading when lines were left out as repeats.
const leftOutNote = (n) => (n > 0 ? h('p', {class: 'note'},
    'Sentences of the summary above are not listed again here.') : null);

function agreeSection(shared) {
  const outletsOf = (group) => arr(group.outlets).map(str).join(', ');
  const all = distinct(shared, outletsOf);
  const kept = all.filter((group) => !inSummary(group));
  const items = kept.map((group) => {
    const members = arr(group.sentences);
    return h('li', {},
        h('p', {}, shownMember(group)),
        h('p', {class: 'outlets'}, arr(group.outlets).map((o) => outletTag(str(o)))),
        members.length > 1 ? h('details', {}, h('summary', {}, 'How each outlet put it'),
            h('ul', {}, members.map((m) => h('li', {},
                h('strong', {}, `${str(m.outlet)}: `), shown(m))))) : null);
  });
  return h('section', {'aria-labelledby': 'agree-h'},
      h('h2', {id: 'agree-h'}, 'What they agree on'),
      leftOutNote(all.length - kept.length),
      items.length ? h('ul', {class: 'facts'}, items) :
                     h('p', {}, all.length ? 'Nothing else is reported by more than one outlet.' :
                                             'No fact is reported by more than one outlet.'));
}

function uniqueSections(unique) {
  const byOutlet = new Map();
  for (const group of distinct(unique, (g) => str(g.outlet))) {
    if (inSummary(group)) continue;
    const outlet = str(group.outlet);
    if (!byOutlet.has(outlet)) byOutlet.set(outlet, []);
    byOutlet.get(outlet).push(shownMember(group));
  }
  return [...byOutlet].map(([outlet, texts]) => {
    const id = uniqueId('only');
    return h('section', {'aria-labelledby': id, class: 'only'},
        h('h2', {id}, `Only in ${outlet}`),
        h('ul', {class: 'facts'}, texts.map((t) => h('li', {}, t))));
  });
}

// Quotes as rows: compare's merged quotes when present, else the quotes
// report's members grouped by their "group". Words reported as not said
// ("negated": "did not say", "denied saying") are never shown as the
// speaker's: "not said by …", as the text and Markdown reports write it.
function quoteRows(compare, quotes) {
  // A pronoun left unresolved ("It said" of a cable) names nobody, as in
  // compare's groups (NamesNobody): the row says "unknown".
  const nobody = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'him', 'her', 'which', 'who',
    'whom', 'that']);
  const speakerName = (sp) => {
    if (typeof sp === 'string') return sp;
    const text = str(sp && sp.text);
    return str(sp && sp.name) || (nobody.has(text.toLowerCase()) ? '' : text);
  };
  const speakerOf = (q) => {
    const name = speakerName(q.speaker);
    if (q.negated !== true) return name;
    return name ? `not said by ${name}` : '(reported as not said)';
  };
  const merged = arr(compare && compare.quotes);
  if (merged.length) {
    return merged.map((q) => ({speaker: speakerOf(q), text: str(q.text),
      outlets: arr(q.outlets).map(str)}));
  }
  const groups = new Map();
  for (const q of arr(quotes && quotes.quotes)) {
    const key = Number.isInteger(q.group) ? q.group : groups.size + 1e9;
    if (!groups.has(key)) {
      groups.set(key, {speaker: speakerOf(q), text: str(q.text),
        outlets: arr(q.outlets).map(str)});
    }
  }
  return [...groups.values()];
}

function quotesSection(compare, quotes) {
  const rows = quoteRows(compare, quotes);
  const body = rows.length === 0 ? h('p', {}, 'No quotes found.') :
      h('div', {class: 'table-wrap'}, h('table', {class: 'quotes'},
          h('caption', {}, 'Who said what, and which outlets carry it'),
          h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, 'Speaker'),
              h('th', {scope: 'col'}, 'Quote'), h('th', {scope: 'col'}, 'Outlets'))),
          h('tbody', {}, rows.map((r) => h('tr', {},
              h('td', {'data-label': 'Speaker'}, r.speaker || 'unknown'),
              h('td', {'data-label': 'Quote'}, h('q', {}, r.text)),
              h('td', {'data-label': 'Outlets'}, r.outlets.map((o) => outletTag(o))))))));
  return h('section', {'aria-labelledby': 'quotes-h'}, h('h2', {id: 'quotes-h'}, 'Quotes'), body);
}

function variantsSection(compare) {
  const entities = arr(compare && compare.entities).filter((e) => arr(e.variants).length > 1);
  if (entities.length === 0) return null;
  return h('section', {'aria-labelledby': 'variants-h'},
      h('h2', {id: 'variants-h'}, 'Name variants'),
      h('ul', {}, entities.map((e) => h('li', {}, h('strong', {}, str(e.name)), ' — written ',
          arr(e.variants).map(str).join(', '), ' (', arr(e.outlets).map(str).join(', '), ')'))));
}

function numbersSection(compare) {
  const diffs = arr(compare && compare.number_differences);
  if (diffs.length === 0) return null;
  const side = (s) => h('li', {}, h('strong', {}, `${str(s && s.outlet)}: ${str(s && s.value)}`),
      ' — ', quoted(s));
  return h('section', {'aria-labelledby': 'numbers-h'},
      h('h2', {id: 'numbers-h'}, 'Number differences'),
      h('ul', {}, diffs.map((d) => h('li', {},
          h('p', {}, `Different figures for “${str(d.what)}”:`),
          h('ul', {}, side(d.first), side(d.second))))));
}

function contradictionsSection(compare) {
  const pairs = arr(compare && compare.contradictions);
  if (pairs.length === 0) return null;
  const side = (s) => h('li', {}, h('strong', {}, `${str(s && s.outlet)}: `), quoted(s));
  return h('section', {'aria-labelledby': 'contradictions-h'},
      h('h2', {id: 'contradictions-h'}, 'Statements that contradict each other'),
      h('ul', {}, pairs.map((p) => h('li', {}, h('ul', {}, side(p.first), side(p.second))))));
}

function articlesSection(articles) {
  return h('section', {'aria-labelledby': 'articles-h'},
      h('h2', {id: 'articles-h'}, `Articles (${articles.length})`),
      h('ul', {class: 'articles'}, articles.map((a) => {
        const url = safeUrl(a.url);
        const title = str(a.title) || str(a.id);
        const time = timeElement(a.published);
        return h('li', {}, url ? h('a', {href: url, rel: 'noopener noreferrer'}, title) : title,
            ' — ', outletTag(str(a.source)), time ? ', ' : '', time);
      })));
}

export async function renderStory(main, id) {
  fill(main, h('p', {class: 'status', role: 'status'}, 'Loading the story…'));
  const story = await api('GET', `/v1/stories/${encodeURIComponent(id)}`);
  const compare = story.compare && typeof story.compare === 'object' ? story.compare :
      (story.summary && story.summary.compare) || {};
  const shared = arr(compare.shared);
  const sources = arr(story.sources).map(str);
  const articles = arr(story.articles);
  fill(main,
      h('p', {}, h('a', {href: '#/'}, '← All stories')),
      h('h1', {tabindex: '-1', id: 'story-title'}, str(story.title) || `Story ${id}`),
      h('p', {class: 'outlets'}, sources.map((s) => outletTag(s))),
      summarySection(story.summary, shared),
      agreeSection(shared),
      uniqueSections(arr(compare.unique)),
      quotesSection(compare, story.quotes),
      variantsSection(compare),
      numbersSection(compare),
      contradictionsSection(compare),
      articlesSection(articles));
  document.title = `${str(story.title) || id} — concord`;
  document.getElementById('story-title').focus();
}
