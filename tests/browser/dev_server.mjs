// DEVELOPMENT AID ONLY (never used by ctest): a stand-in for `concord serve`
// while the page is written before the real server exists. It serves
// src/serve/web/ from disk and keeps articles in memory, one story per
// POST; a story's summary, compare and quotes come from the real CLI. The
// CLI's comparison has no "in_summary" marks (the real server adds them),
// so the page lists every line there, summary repeats included.
//   node tests/browser/dev_server.mjs CONCORD_BINARY [--port 0]
// It prints the same first line as `concord serve`, so web_page_test.mjs
// can be pointed at it by hand: CONCORD_SERVE_CMD="node dev_server.mjs BIN".
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const webDir = path.join(here, '..', '..', 'src', 'serve', 'web');
const concord = process.argv[2];
const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
const types = {'.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8'};
const stories = [];  // {id, articles, updated}

function send(res, status, body) {
  res.writeHead(status, {'Content-Type': 'application/json'});
  res.end(JSON.stringify(body));
}
function cli(command, articles) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-dev-'));
  const file = path.join(dir, 'story.jsonl');
  fs.writeFileSync(file, articles.map((a) => JSON.stringify(
      {id: a.id, source: a.source, title: a.title, text: a.text ?? a.html})).join('\n'));
  const out = execFileSync(concord, [command, file, '--format', 'json']);
  fs.rmSync(dir, {recursive: true});
  return JSON.parse(out);
}
function summaryOf(story) {
  const sources = [...new Set(story.articles.map((a) => a.source))];
  return {id: story.id, title: story.articles[0].title || story.id, articles: story.articles.length,
    sources, first: story.created, last: story.updated, updated: story.updated};
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && url.pathname === '/v1/stories') {
    const order = url.searchParams.get('order');
    const list = stories.map(summaryOf);
    if (order === 'widest') list.sort((a, b) => b.sources.length - a.sources.length);
    else list.reverse();
    const offset = Number(url.searchParams.get('offset') || 0);
    const limit = Number(url.searchParams.get('limit') || 20);
    return send(res, 200, {total: list.length, stories: list.slice(offset, offset + limit)});
  }
  const m = url.pathname.match(/^\/v1\/stories\/(.+)$/);
  if (req.method === 'GET' && m) {
    const story = stories.find((s) => s.id === decodeURIComponent(m[1]));
    if (!story) return send(res, 404, {error: {code: 'not_found', message: 'No such story.'}});
    const s = summaryOf(story);
    return send(res, 200, {id: s.id, title: s.title, sources: s.sources,
      articles: story.articles.map((a) => ({id: a.id, source: a.source, url: a.url ?? null,
        title: a.title, published: null})),
      summary: cli('summarize', story.articles), compare: cli('compare', story.articles),
      quotes: cli('quotes', story.articles)});
  }
  if (req.method === 'POST' && url.pathname === '/v1/articles') {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      let articles;
      try {
        articles = JSON.parse(body).articles;
        if (!Array.isArray(articles) || !articles.length) throw new Error('no articles');
      } catch (e) {
        return send(res, 400, {error: {code: 'bad_request', message: e.message}});
      }
      const now = new Date().toISOString();
      const story = {id: String(stories.length + 1), articles, created: now, updated: now};
      stories.push(story);
      send(res, 200, {articles: articles.map((a) => ({id: a.id, story: story.id}))});
    });
    return undefined;
  }
  const name = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  if (req.method === 'GET' && /^[a-z_]+\.(html|css|js)$/.test(name)) {
    const file = path.join(webDir, name);
    if (fs.existsSync(file)) {
      res.writeHead(200, {'Content-Type': types[path.extname(name)]});
      return res.end(fs.readFileSync(file));
    }
  }
  return send(res, 404, {error: {code: 'not_found', message: `No route ${url.pathname}`}});
});
server.listen(port, '127.0.0.1', () => {
  console.log(`concord serve: listening on http://127.0.0.1:${server.address().port}`);
});
