// The form that adds a story: pasted text and/or uploaded .txt/.html files
// -> POST /v1/articles {"articles":[{"id","source","title","text"|"html"|"file","name"}]}
// -> {"articles":[{"id","story"}]}, then the story of the first article.
import {api, arr, fill, h, showError, str} from './dom.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

function newId(n) {
  const random = Math.random().toString(36).slice(2, 8);
  return `web-${Date.now().toString(36)}-${random}-${n}`;
}

function field(label, control, hint) {
  const id = control.id;
  const hintId = hint ? `${id}-hint` : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', {class: 'field'}, h('label', {for: id}, label), control,
      hint ? h('p', {class: 'hint', id: hintId}, hint) : null);
}

// The articles the form describes (throws a readable Error when empty).
async function collectArticles(form) {
  const source = form.elements.source.value.trim();
  const title = form.elements.title.value.trim();
  const text = form.elements.text.value;
  const articles = [];
  if (text.trim()) {
    articles.push({id: newId(0), source: source || 'Pasted', title, text});
  }
  for (const file of form.elements.files.files) {
    if (file.size > MAX_FILE_BYTES) throw new Error(`${file.name} is larger than 5 MB.`);
    const isHtml = /\.html?$/i.test(file.name);
    if (!isHtml && !/\.txt$/i.test(file.name)) {
      throw new Error(`${file.name}: only .txt and .html files can be uploaded.`);
    }
    // The server reads the file as the command line does (a page's own
    // outlet and headline; a .txt file's front matter or title line); the
    // file's name is the outlet when nothing else names one.
    const article = {id: newId(articles.length), name: file.name};
    if (source) article.source = source;
    article[isHtml ? 'html' : 'file'] = await file.text();
    articles.push(article);
  }
  if (articles.length === 0) throw new Error('Paste some text or choose a file first.');
  return articles;
}

export function renderSubmit(main, navigate) {
  const status = h('p', {class: 'status', role: 'status'});
  const form = h('form', {class: 'submit', novalidate: true},
      field('Outlet', h('input', {id: 'source', name: 'source', type: 'text',
        autocomplete: 'off'}), 'The publication the text comes from.'),
      field('Headline', h('input', {id: 'title', name: 'title', type: 'text',
        autocomplete: 'off'})),
      field('Article text', h('textarea', {id: 'text', name: 'text', rows: '10'}),
          'Paste the text of one article.'),
      field('Or upload files', h('input', {id: 'files', name: 'files', type: 'file',
        multiple: true, accept: '.txt,.html,.htm,text/plain,text/html'}),
      'Each .txt or .html file becomes one article.'),
      h('button', {type: 'submit'}, 'Add the story'),
      status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    fill(status, 'Sending…');
    try {
      const articles = await collectArticles(form);
      const answer = await api('POST', '/v1/articles', {articles});
      const first = arr(answer.articles).find((a) => a && a.story !== undefined);
      if (!first) throw new Error('The server stored the articles but named no story.');
      fill(status, 'Added.');
      navigate(`#/stories/${encodeURIComponent(str(String(first.story)))}`);
    } catch (e) {
      fill(status);
      showError(e);
    } finally {
      button.disabled = false;
    }
  });
  fill(main, h('p', {}, h('a', {href: '#/'}, '← All stories')),
      h('h1', {}, 'Add a story'),
      h('p', {}, 'Articles about the same event are grouped into one story.'), form);
}
