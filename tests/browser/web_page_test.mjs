// concord's web page in a real headless Chromium (Debian's /usr/bin/chromium
// driven by playwright-core; no browser download). Starts the real
// `concord serve` on a free loopback port with a temporary database, posts
// the fixture articles, then checks the page as a reader uses it.
//   node web_page_test.mjs CONCORD_BINARY OUTPUT_DIR
// Screenshots go to OUTPUT_DIR. Exit 0 on success, 1 on a failed check.
// CONCORD_SERVE_CMD (development only) replaces the server command.
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

import {BUS_STORY, FLOOD_STORY, HOSTILE, HOSTILE_ARTICLE, OUTLETS, PASTED, PIER_STORY, STRIKE_STORY,
  UPLOADED}
  from './fixtures.mjs';
import {exampleArticles, seedArticles} from './seeds.mjs';

const [concord, outDir] = process.argv.slice(2);
const CHROMIUM = process.env.CONCORD_CHROMIUM || '/usr/bin/chromium';

function startServer(dbPath) {
  const custom = process.env.CONCORD_SERVE_CMD;
  const argv = custom ? [...custom.split(' '), '--port', '0'] :
                        [concord, 'serve', '--db', dbPath, '--port', '0'];
  const child = spawn(argv[0], argv.slice(1), {stdio: ['ignore', 'pipe', 'inherit']});
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`no "listening on" line: ${seen}`)), 10000);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const m = seen.match(/concord serve: listening on (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({child, base: m[1].replace(/\/$/, '')});
      }
    });
  });
}

async function post(base, articles) {
  const response = await fetch(`${base}/v1/articles`, {method: 'POST',
    headers: {'Content-Type': 'application/json'}, body: JSON.stringify({articles})});
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body));
  return body.articles;
}

const normalize = (s) => s.replace(/\s+/g, ' ').trim();
const arr = (v) => (Array.isArray(v) ? v : []);
let checks = 0;
function pass(what) {
  checks += 1;
  console.log(`ok ${checks} - ${what}`);
}

async function checkList(page, base, floodStory) {
  await page.goto(`${base}/`);
  const link = page.locator(`a[href="#/stories/${encodeURIComponent(floodStory)}"]`);
  await link.waitFor();
  const card = page.locator('.story-card', {has: link});
  assert.equal(await card.locator('.coverage .segment').count(), 3);
  assert.match(await card.locator('.meta').innerText(), /3 articles/);
  for (const outlet of OUTLETS) assert.match(await card.innerText(), new RegExp(outlet));
  pass('the list shows the story with a 3-outlet coverage bar and its article count');
  await page.getByLabel('Widest coverage first').check();
  await page.waitForFunction(() => window.location.hash.includes('order=widest'));
  await page.locator('.story-card').first().waitFor();
  assert.equal(await page.locator('.story-card').first().locator('.coverage .segment').count(), 3);
  pass('the order toggle puts the widest story first');
  await checkContrast(page, 'the story list');
  await page.screenshot({path: path.join(outDir, 'story-list.png'), fullPage: true});
}

// Every summary sentence carries chips; focusing the chip of another outlet
// shows that outlet's own sentence, taken from its article.
async function checkChips(page) {
  const sentences = page.locator('ol.summary > li');
  const count = await sentences.count();
  assert.ok(count > 0, 'no summary sentences');
  let foreign = 0;
  for (let i = 0; i < count; ++i) {
    const chips = sentences.nth(i).locator('button.chip');
    assert.ok(await chips.count() >= 1, `sentence ${i} has no chip`);
    for (let c = 1; c < await chips.count(); ++c) {
      const outlet = await chips.nth(c).getAttribute('data-outlet');
      await chips.nth(c).focus();
      const tip = sentences.nth(i).locator('.tip').nth(c);
      assert.ok(await tip.isVisible(), `tip of ${outlet} hidden on focus`);
      const text = normalize(await tip.innerText());
      assert.ok(text.startsWith(`${outlet}:`), text);
      const own = text.slice(outlet.length + 1).trim();
      const article = FLOOD_STORY.find((a) => a.source === outlet);
      if (article && normalize(article.text).includes(own)) foreign += 1;
      await page.keyboard.press('Escape');
      assert.ok(!(await tip.isVisible()), 'Escape does not hide the tip');
    }
  }
  assert.ok(foreign >= 1, 'no chip showed another outlet\'s own sentence');
  pass(`${count} summary sentences carry chips; focus shows ${foreign} outlets' own sentences`);
}

async function checkStory(page, base, floodStory) {
  await page.goto(`${base}/#/stories/${encodeURIComponent(floodStory)}`);
  await page.locator('ol.summary > li').first().waitFor();
  await checkChips(page);
  const speakers = await page.locator('table.quotes td[data-label="Speaker"]').allInnerTexts();
  assert.ok(speakers.some((s) => /Whitfield/.test(s)), `speakers: ${speakers}`);
  const quoteRow = page.locator('table.quotes tr', {hasText: 'Whitfield'}).first();
  assert.match(await quoteRow.innerText(), /keep the barrier shut/);
  pass('the quotes table names the speaker and the quote');
  assert.ok(await page.getByRole('heading', {name: 'What they agree on'}).isVisible());
  const hrefs = await page.locator('section a[href]').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(!hrefs.some((h) => /^javascript:/i.test(h)), 'a javascript: URL became a link');
  pass('agreement section present; a javascript: article URL is not a link');
  await checkComparison(page, base, floodStory);
  await checkContrast(page, 'the story page');
  await page.screenshot({path: path.join(outDir, 'story-page.png'), fullPage: true});
}

// The fixtures give the story a number difference (1,200 vs 1,500 homes)
// and a name variant (Whitfield); the page shows what the API reports.
async function checkComparison(page, base, floodStory) {
  const story = await (await fetch(`${base}/v1/stories/${encodeURIComponent(floodStory)}`)).json();
  const diffs = story.compare.number_differences;
  assert.ok(diffs.length >= 1, 'the fixtures should give a number difference');
  const numbers = await page.locator('section', {has: page.getByRole('heading',
    {name: 'Number differences'})}).innerText();
  for (const d of diffs) {
    assert.ok(numbers.includes(d.first.value) && numbers.includes(d.second.value), numbers);
  }
  const variants = story.compare.entities.filter((e) => e.variants.length > 1);
  assert.ok(variants.length >= 1, 'the fixtures should give a name variant');
  const names = await page.locator('section', {has: page.getByRole('heading',
    {name: 'Name variants'})}).innerText();
  for (const e of variants) for (const v of e.variants) assert.ok(names.includes(v), names);
  pass(`${diffs.length} number difference(s) and ${variants.length} name variant(s) shown`);
}

// The lines of "What they agree on" and "Only in ..." are compare's "shown"
// field, not the page's own choice of member: each group's "shown" is
// rewritten on its way to the page and the page must print it as given; a
// group without it (a comparison from elsewhere) shows its first member.
// Which lines repeat the summary is the server's "in_summary" mark, not a
// rule of the page's own: the lines' texts do not change what is left out.
async function checkShownLines(page, base, floodStory) {
  const route = `${base}/v1/stories/${encodeURIComponent(floodStory)}`;
  const lines = async (section) => (await page.locator(section).allInnerTexts()).map(normalize);
  const agreed = 'section[aria-labelledby="agree-h"] ul.facts > li > p:first-child';
  const only = 'section.only ul.facts > li';
  const render = async (edit) => {
    await page.route(route, async (r) => {
      const response = await r.fetch();
      const story = await response.json();
      for (const list of ['shared', 'unique']) for (const g of story.compare[list]) edit(g);
      await r.fulfill({response, json: story});
    });
    await page.reload();
    await page.locator('ol.summary > li').first().waitFor();
    await page.unroute(route);
    return {agreed: await lines(agreed), only: await lines(only)};
  };
  await page.goto(`${base}/#/stories/${encodeURIComponent(floodStory)}`);
  const story = await (await fetch(route)).json();
  const groups = [...story.compare.shared, ...story.compare.unique];
  assert.ok(story.compare.shared.length > 0 && story.compare.unique.length > 0,
      'the fixtures should give shared and one-outlet groups');
  assert.ok(groups.every((g) => typeof g.shown === 'string' && g.shown), 'a group lacks "shown"');
  // Every line, marked "in_summary" by the server or not: the page leaves
  // out what the mark says (checked below), whatever its text.
  let n = 0;
  const marked = await render((g) => {
    g.shown = `[line ${n++}] ${g.shown}`;
    g.in_summary = false;
  });
  assert.ok(marked.agreed.length > 0 && marked.only.length > 0, 'no agreement or one-outlet items');
  for (const line of [...marked.agreed, ...marked.only]) {
    assert.match(line, /^\[line \d+\] /, `a line the page chose itself: ${line}`);
  }
  const bare = await render((g) => {
    g.shown = undefined;
    g.in_summary = false;
  });
  const firsts = new Set(groups.map((g) => normalize(g.sentences[0].text)));
  for (const line of [...bare.agreed, ...bare.only]) assert.ok(firsts.has(line), line);
  // The server's mark alone decides what repeats the summary: every line
  // marked, none is listed, whatever its text.
  const hidden = await render((g) => {
    g.shown = `[line ${n++}] ${g.shown}`;
    g.in_summary = true;
  });
  assert.deepEqual([...hidden.agreed, ...hidden.only], [], 'a line marked "in_summary" listed');
  assert.match(await page.locator('section[aria-labelledby="agree-h"] p.note').innerText(),
      /not listed again/);
  await page.reload();  // the page as the server gives it, for the checks after
  await page.locator('ol.summary > li').first().waitFor();
  pass(`${marked.agreed.length} agreement and ${marked.only.length} one-outlet lines are ` +
       'compare\'s "shown" lines; without them, first members; lines marked "in_summary" ' +
       'are left out with a note');
}

// A compared sentence shown alone (a number difference's side, a member in
// "How each outlet put it" outside a passage) is compare's "quoted": the
// sentence with the quotation marks it lacks when it is inside a long
// quotation. Each sentence's "quoted" is rewritten on its way to the page,
// and the page must print it rather than the bare "text".
async function checkQuotedSentences(page, base, floodStory) {
  const route = `${base}/v1/stories/${encodeURIComponent(floodStory)}`;
  const tag = (m) => { m.quoted = `[quoted] ${m.text}`; };
  await page.route(route, async (r) => {
    const response = await r.fetch();
    const story = await response.json();
    for (const d of story.compare.number_differences) for (const side of [d.first, d.second]) tag(side);
    for (const g of story.compare.shared) for (const m of g.sentences) if (!m.passage) tag(m);
    await r.fulfill({response, json: story});
  });
  await page.reload();
  await page.locator('ol.summary > li').first().waitFor();
  await page.unroute(route);
  const sides = (await page.locator('section', {has: page.getByRole('heading',
    {name: 'Number differences'})}).locator('ul ul > li').allTextContents()).map(normalize);
  assert.ok(sides.length >= 2, 'the fixtures should give a number difference');
  for (const side of sides) assert.match(side, /— \[quoted\] /, `a bare side: ${side}`);
  const members = (await page.locator('section[aria-labelledby="agree-h"] details li')
      .allTextContents()).map(normalize);
  assert.ok(members.length > 0, 'no "How each outlet put it" members');
  for (const m of members) assert.match(m, /: \[quoted\] /, `a bare member: ${m}`);
  await page.reload();  // the page as the server gives it, for the checks after
  await page.locator('ol.summary > li').first().waitFor();
  pass(`${sides.length} number-difference sides and ${members.length} members print ` +
       'compare\'s "quoted" sentences');
}

// Contrast of every visible text against its nearest opaque background
// (WCAG AA: 4.5:1, 3:1 for large text).
async function checkContrast(page, label) {
  const failures = await page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (e) => {
      for (; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c;
      }
      return [255, 255, 255];
    };
    const out = [];
    for (const e of document.querySelectorAll('body *')) {
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || !e.checkVisibility()) continue;
      const style = getComputedStyle(e);
      const a = lum(rgb(style.color));
      const b = lum(background(e));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        out.push(`${e.tagName} "${e.textContent.slice(0, 30)}" ${ratio.toFixed(2)}`);
      }
    }
    return out;
  });
  assert.deepEqual(failures, [], `${label}: low contrast`);
  pass(`${label}: every visible text meets WCAG AA contrast`);
}

// Tab from the top of the page reaches the header links and the chips.
async function checkKeyboard(page) {
  await page.locator('body').focus();
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  const reached = [];
  for (let i = 0; i < 40; ++i) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => {
      const e = document.activeElement;
      return `${e.tagName}${e.classList.contains('chip') ? '.chip' : ''}:${e.textContent.trim()}`;
    }));
  }
  assert.ok(reached.some((r) => r.startsWith('A:Add a story')), reached.join(' | '));
  assert.ok(reached.some((r) => r.startsWith('INPUT:') || r.startsWith('SUMMARY:API token')));
  assert.ok(reached.some((r) => r.startsWith('BUTTON.chip:')), reached.join(' | '));
  pass('Tab reaches the navigation, the token control and the outlet chips');
}

async function checkPhone(page, label) {
  await page.setViewportSize({width: 360, height: 740});
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth,
    document.documentElement.clientWidth]);
  assert.ok(widths[0] <= widths[1], `${label}: scrollWidth ${widths[0]} > ${widths[1]}`);
  pass(`${label} at 360 px has no horizontal scroll`);
}

async function checkHostile(page, base, hostileStory) {
  await page.goto(`${base}/#/stories/${encodeURIComponent(hostileStory)}`);
  await page.locator('#story-title').waitFor();
  await page.waitForTimeout(200);  // a script injected by the page would have run by now
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.ok((await page.locator('main').innerText()).includes(HOSTILE), 'markup not shown as text');
  pass('hostile <img onerror> and <script> in an article are shown as text and never run');
}

async function checkForms(page, base) {
  await page.goto(`${base}/#/new`);
  await page.getByLabel('Outlet').fill(PASTED.source);
  await page.getByLabel('Headline').fill(PASTED.title);
  await page.getByLabel('Article text').fill(PASTED.text);
  await page.getByRole('button', {name: 'Add the story'}).click();
  await page.waitForFunction(() => window.location.hash.startsWith('#/stories/'));
  await page.locator('ol.summary > li').first().waitFor();
  assert.match(await page.locator('main').innerText(), /Gull Point lighthouse/);
  pass('the paste form creates a story and opens it');
  await page.goto(`${base}/#/new`);
  await page.getByLabel('Or upload files').setInputFiles({name: UPLOADED.name,
    mimeType: 'text/plain', buffer: Buffer.from(UPLOADED.text)});
  await page.getByRole('button', {name: 'Add the story'}).click();
  await page.waitForFunction(() => window.location.hash.startsWith('#/stories/'));
  await page.locator('ol.summary > li').first().waitFor();
  const uploaded = await page.locator('main').innerText();
  assert.match(uploaded, /chess club/);
  assert.ok(uploaded.includes(UPLOADED.title), 'the front matter\'s title is the headline');
  assert.ok(uploaded.includes(UPLOADED.source), 'the front matter\'s source is the outlet');
  assert.ok(!uploaded.includes('source:') && !/^---$/m.test(uploaded),
      'front matter is not shown as article text');
  pass('the upload form creates a story from a .txt file, its front matter read');
  await page.goto(`${base}/#/stories/no-such-story`);
  await page.locator('#error').waitFor({state: 'visible'});
  assert.match(await page.locator('#error').innerText(), /Error/);
  pass('an API error is shown to the reader');
}

// A story ingested from files (the bundled example, the seeds): its page
// shows a summary whose every sentence has outlet chips, and the quotes
// table has one row per quote the API reports (at least `minQuotes`).
async function checkIngested(page, base, label, articles, outlets, minQuotes = 0) {
  const added = await post(base, articles);
  const story = String(added[0].story);
  assert.ok(added.every((a) => String(a.story) === story), `${label}: not one story`);
  const api = await (await fetch(`${base}/v1/stories/${encodeURIComponent(story)}`)).json();
  assert.equal(api.articles.length, articles.length, `${label}: articles`);
  await page.goto(`${base}/#/stories/${encodeURIComponent(story)}`);
  await page.locator('ol.summary > li').first().waitFor();
  // One item a passage: a sentence that continues the quotation of the one
  // before it ("continues") shares its item, text and all.
  const sentences = page.locator('ol.summary > li');
  const passages = [];
  for (const s of api.summary.sentences) {
    assert.equal(typeof s.continues, 'boolean', `${label}: "continues" of ${s.text}`);
    if (s.continues) passages[passages.length - 1].push(s);
    else passages.push([s]);
  }
  assert.equal(await sentences.count(), passages.length, `${label}: passages`);
  for (let i = 0; i < passages.length; ++i) {
    assert.ok(await sentences.nth(i).locator('button.chip').count() >= 1,
        `${label}: sentence ${i} has no chip`);
    const text = await sentences.nth(i).locator('.sentence-text').innerText();
    for (const s of passages[i]) {
      assert.ok(text.includes(s.text), `${label}: item ${i} lacks "${s.text}"`);
    }
  }
  const chipOutlets = new Set(await page.locator('ol.summary button.chip')
      .evaluateAll((chips) => chips.map((c) => c.getAttribute('data-outlet'))));
  for (const outlet of chipOutlets) assert.ok(outlets.includes(outlet), `${label}: ${outlet}`);
  // A summary sentence is shown once: no line of "What they agree on" or
  // "Only in ..." repeats one. The server marks such a line ("in_summary",
  // docs/api.md) and the page leaves exactly the marked lines out.
  const summaryTexts = new Set(api.summary.sentences.map((s) => normalize(s.text)));
  const groups = [...arr(api.compare && api.compare.shared),
    ...arr(api.compare && api.compare.unique)];
  for (const g of groups) {
    assert.equal(typeof g.in_summary, 'boolean', `${label}: no mark on ${g.shown}`);
  }
  const comparedLines = groups.map((g) => normalize(g.shown));
  const repeatable = comparedLines.filter((line) => summaryTexts.has(line)).length;
  const listed = (await page.locator(
      'section[aria-labelledby="agree-h"] ul.facts > li > p:first-child, section.only ul.facts > li')
      .allInnerTexts()).map(normalize);
  for (const line of listed) assert.ok(!summaryTexts.has(line), `${label}: repeated: ${line}`);
  const kept = new Set(groups.filter((g) => !g.in_summary).map((g) => normalize(g.shown)));
  for (const g of groups) {
    const line = normalize(g.shown);
    assert.equal(listed.includes(line), kept.has(line),
        `${label}: ${g.in_summary ? 'marked' : 'unmarked'} line ${listed.includes(line) ?
          'listed' : 'left out'}: ${line}`);
  }
  const marked = groups.filter((g) => g.in_summary).length;
  // A compressed summary sentence ("spans") has other text than its
  // sentence; the line that shows that sentence is left out all the same.
  const ids = arr(api.articles).map((a) => a.id);
  const compressed = api.summary.sentences.filter((s) => arr(s.spans).length > 0);
  for (const s of compressed) {
    for (const g of arr(api.compare && api.compare.shared)) {
      for (const m of arr(g.sentences)) {
        if (ids[m.article] !== s.article || m.start > s.start || s.end > m.end) continue;
        if (normalize(g.shown) !== normalize(m.text)) continue;
        assert.ok(!listed.includes(normalize(m.text)), `${label}: repeated: ${m.text}`);
      }
    }
  }
  // The page's rule (story.js): compare's merged quotes, else the quotes
  // report's groups.
  const merged = (api.compare && api.compare.quotes) || [];
  const expected = merged.length ||
      new Set(((api.quotes && api.quotes.quotes) || []).map((q) => q.group)).size;
  const rows = await page.locator('table.quotes tbody tr').count();
  assert.equal(rows, expected, `${label}: quote rows`);
  assert.ok(rows >= minQuotes, `${label}: ${rows} quote rows, expected at least ${minQuotes}`);
  pass(`${label}: ${articles.length} articles are one story; ${await sentences.count()} ` +
       `summary sentences with chips of ${chipOutlets.size} outlet(s); ${rows} quote row(s); ` +
       `${repeatable} comparison line(s) that repeat the summary's text and ${marked} ` +
       'marked by the server not listed; ' +
       `${compressed.length} compressed summary sentence(s)`);
  return {story, repeatable, compressed: compressed.length};
}

// Two outlets contradict each other (the pier reopened / did not): the
// page lists both sentences, each with its outlet, as the API reports.
async function checkContradiction(page, base) {
  const added = await post(base, PIER_STORY);
  const story = String(added[0].story);
  const api = await (await fetch(`${base}/v1/stories/${encodeURIComponent(story)}`)).json();
  const pairs = api.compare.contradictions;
  assert.equal(pairs.length, 1, JSON.stringify(pairs));
  await page.goto(`${base}/#/stories/${encodeURIComponent(story)}`);
  const section = page.locator('section', {has: page.getByRole('heading',
    {name: 'Statements that contradict each other'})});
  await section.waitFor();
  const text = normalize(await section.innerText());
  for (const side of [pairs[0].first, pairs[0].second]) {
    assert.ok(text.includes(`${side.outlet}: ${side.text}`), text);
  }
  assert.match(text, /did not reopen/);
  // The summary sentence the other outlet negates says so under its chips.
  const disputed = api.summary.sentences.filter((s) => (s.disputed_by || []).length > 0);
  assert.equal(disputed.length, 1, JSON.stringify(api.summary.sentences));
  const item = page.locator('ol.summary > li', {hasText: disputed[0].text});
  assert.equal(normalize(await item.locator('p.disputed').innerText()),
      `Disputed by ${disputed[0].disputed_by.join(', ')}`);
  assert.equal(await page.locator('ol.summary p.disputed').count(), 1);
  pass(`story ${story}: two outlets that contradict each other are listed side by side, and ` +
       'the summary sentence one of them negates is marked as disputed');
}

// A quotation over two sentences reads as one summary item, quotation
// whole, with the chips of the first sentence inside the item (the second
// has fewer outlets).
async function checkPassage(page, base) {
  const {story, compressed} = await checkIngested(page, base, 'the strike story', STRIKE_STORY,
      STRIKE_STORY.map((a) => a.source));
  // Its first summary sentence is the Post's lead without the aside in
  // brackets.
  assert.ok(compressed >= 1, 'the strike story should hold a compressed summary sentence');
  const item = page.locator('ol.summary > li', {hasText: 'We want a fair offer'});
  assert.equal(await item.count(), 1, 'the passage is not one item');
  const text = normalize(await item.locator('.sentence-text').innerText());
  assert.match(text, /council talks\..*We want a fair offer,"/);
  assert.equal(await item.locator('.chips.inline').count(), 1, 'no chips inside the passage');
  assert.ok(await item.locator('.chips.inline button.chip').count() >
            await item.locator('p.chips button.chip').count(), 'chips of the two sentences');
  // What they agree on: the Coast Herald's own whole sentence, not the
  // Post's quotation, whose second sentence the Herald does not carry.
  const agreed = page.locator('section[aria-labelledby="agree-h"] ul.facts > li',
      {hasText: 'Mara Holt'});
  assert.equal(await agreed.count(), 1, 'the shared Holt sentence is not one item');
  const shared = normalize(await agreed.locator('p').first().innerText());
  assert.ok(!shared.includes('fair offer'), `over-attributed: ${shared}`);
  // Words the Herald reports Holt never said are not listed as hers.
  const denied = page.locator('table.quotes tr', {hasText: 'take any offer'});
  assert.equal(await denied.count(), 1, 'the quote reported as not said is not one row');
  assert.equal(normalize(await denied.locator('td[data-label="Speaker"]').innerText()),
      'not said by Mara Holt');
  await page.screenshot({path: path.join(outDir, 'passage-story.png'), fullPage: true});
  pass(`story ${story}: a quotation over two sentences is one item with each one's outlets; ` +
       'a quote reported as not said is shown as not said by its speaker');
  // Both outlets quote over two sentences, each with a second the other
  // lacks: the shared sentence is shown alone, behind both. The summary
  // (100 words) shows it, so the list does not repeat it (the digest's
  // rule: the group's line is a summary sentence of the same article,
  // with the closing mark it lacks).
  const {story: tramStory} = await checkIngested(page, base, 'the tram story', BUS_STORY,
      BUS_STORY.map((a) => a.source));
  const tramApi =
      await (await fetch(`${base}/v1/stories/${encodeURIComponent(tramStory)}`)).json();
  const brask = arr(tramApi.compare && tramApi.compare.shared)
      .filter((g) => String(g.shown).includes('Teodor Brask'));
  assert.equal(brask.length, 1, 'the shared Brask sentence is not one group');
  const both = normalize(brask[0].shown);
  assert.ok(!both.includes('eight hours') && !both.includes('winter'), `over-attributed: ${both}`);
  const inSummary = tramApi.summary.sentences.some((s) => s.text.includes('Teodor Brask'));
  const tram = page.locator('section[aria-labelledby="agree-h"] ul.facts > li',
      {hasText: 'Teodor Brask'});
  assert.equal(await tram.count(), inSummary ? 0 : 1, 'the Brask line, once');
  pass('a quotation neither outlet carries whole is shown by its shared sentence alone, ' +
       `${inSummary ? 'in the summary, not listed again' : 'listed'}`);
}

async function checkFromFiles(page, base) {
  await page.setViewportSize({width: 1100, height: 900});
  const example = exampleArticles();
  assert.equal(example.length, 3, 'examples/harbor-bridge should hold 3 articles');
  // (Its summary held the Courier's lead without "(Courier)", compressed,
  // until the dateline "PORT ALDER (Courier) — " became noise; the strike
  // story holds the compressed sentence now.)
  const {repeatable} = await checkIngested(page, base, 'the bundled example', example,
      example.map((a) => a.source), 1);
  // Its wire quote is carried word for word by a second outlet: the
  // comparison's line for it repeats the summary's, and is left out.
  assert.ok(repeatable >= 1, 'the bundled example should repeat a summary sentence');
  await page.screenshot({path: path.join(outDir, 'example-story.png'), fullPage: true});
  const seeds = seedArticles();
  if (seeds === null) return;
  await checkIngested(page, base, 'the seeds', seeds, seeds.map((a) => a.source));
  await page.screenshot({path: path.join(outDir, 'seed-story.png'), fullPage: true});
}

async function main() {
  assert.ok(concord && outDir, 'usage: node web_page_test.mjs CONCORD_BINARY OUTPUT_DIR');
  fs.mkdirSync(outDir, {recursive: true});
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-browser-'));
  const {child, base} = await startServer(path.join(tmp, 'x.db'));
  let browser;
  try {
    const flood = await post(base, FLOOD_STORY);
    const floodStory = String(flood[0].story);
    assert.ok(flood.every((a) => String(a.story) === floodStory), 'the outlets were not grouped');
    const hostileStory = String((await post(base, [HOSTILE_ARTICLE]))[0].story);
    browser = await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox']});
    const page = await browser.newPage({viewport: {width: 1100, height: 900}});
    page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
    await checkList(page, base, floodStory);
    await checkPhone(page, 'the story list');
    await page.setViewportSize({width: 1100, height: 900});
    await checkStory(page, base, floodStory);
    await checkShownLines(page, base, floodStory);
    await checkQuotedSentences(page, base, floodStory);
    await checkKeyboard(page);
    await checkPhone(page, 'the story page');
    await page.screenshot({path: path.join(outDir, 'story-page-phone.png'), fullPage: true});
    await checkHostile(page, base, hostileStory);
    await checkForms(page, base);
    await checkFromFiles(page, base);
    await checkPassage(page, base);
    await checkContradiction(page, base);
    console.log(`all ${checks} checks passed; screenshots in ${outDir}`);
  } finally {
    if (browser) await browser.close();
    child.kill('SIGTERM');
    fs.rmSync(tmp, {recursive: true, force: true});
  }
}

main().catch((e) => {
  console.error(`FAIL: ${e.stack || e.message}`);
  process.exit(1);
});
