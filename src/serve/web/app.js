// concord's web page: hash routing between the story list (#/), a story
// (#/stories/ID) and the form that adds one (#/new). Plain ES modules, no
// framework, no build step; every file is embedded in the binary.
import {clearError, getToken, h, setToken, showError} from './dom.js';
import {renderList} from './list.js';
import {renderStory} from './story.js';
import {renderSubmit} from './submit.js';

const main = document.getElementById('main');

function navigate(hash) {
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

async function route() {
  clearError();
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  document.title = 'concord';
  try {
    const story = path.match(/^\/stories\/(.+)$/);
    if (story) {
      let id;
      try {
        id = decodeURIComponent(story[1]);
      } catch {
        throw new Error('That story link is malformed.');
      }
      await renderStory(main, id);
    } else if (path === '/new') {
      renderSubmit(main, navigate);
      document.title = 'Add a story — concord';
    } else {
      await renderList(main, params, navigate);
    }
  } catch (e) {
    main.replaceChildren(h('p', {}, h('a', {href: '#/'}, '← All stories')));
    showError(e);
  }
}

function setUpToken() {
  const input = document.getElementById('token');
  input.value = getToken();
  input.addEventListener('change', () => setToken(input.value.trim()));
}

// The skip link moves focus without touching the hash (the router's).
document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
setUpToken();
window.addEventListener('hashchange', route);
route();
