// DOM building and the API client. Article text is hostile: every string
// reaches the page as a text node (append, textContent), never as HTML.

// h('a', {href: '#/'}, 'text', child...) builds an element. Attributes
// starting with "on" and holding a function become event listeners; null
// or undefined attributes and children are skipped.
export function h(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (value === true) {
      node.setAttribute(name, '');
    } else {
      node.setAttribute(name, String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child instanceof Node ? child : String(child));
  }
}

// Replaces everything inside `node` with `children`.
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let idCounter = 0;
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

const TOKEN_KEY = 'concord.token';
export function getToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch {
    return '';
  }
}
export function setToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage may be disabled; the token then lasts until the page reloads.
  }
}

// An error the API answered ({"error":{"code","message"}}) or a network
// failure, with a message meant for the reader.
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// Calls the API and returns its parsed JSON; throws ApiError otherwise.
export async function api(method, path, body) {
  const headers = {Accept: 'application/json'};
  const token = getToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, 'network', `Could not reach the server (${e.message}).`);
  }
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (!response.ok) {
    const error = data && typeof data.error === 'object' && data.error ? data.error : {};
    const message = typeof error.message === 'string' ? error.message : response.statusText;
    const code = typeof error.code === 'string' ? error.code : String(response.status);
    const hint = response.status === 401 || response.status === 403 ?
        ' Enter the API token under "API token" at the top of the page.' : '';
    throw new ApiError(response.status, code,
        `${message} (HTTP ${response.status}, ${code}).${hint}`);
  }
  if (data === null) throw new ApiError(response.status, 'bad_json', 'The server sent no JSON.');
  return data;
}

// Shows an error in the page's alert area (a live region).
export function showError(error) {
  const box = document.getElementById('error');
  const text = error instanceof Error ? error.message : String(error);
  fill(box, h('strong', {}, 'Error: '), text);
  box.hidden = false;
}
export function clearError() {
  const box = document.getElementById('error');
  fill(box);
  box.hidden = true;
}

// Strings and arrays from untrusted JSON, with a fallback.
export const str = (v, fallback = '') => (typeof v === 'string' ? v : fallback);
export const arr = (v) => (Array.isArray(v) ? v : []);

// "2026-11-29T10:00:00Z", epoch seconds or milliseconds -> a <time>.
export function timeElement(value) {
  if (value === null || value === undefined || value === '') return null;
  let date;
  if (typeof value === 'number') date = new Date(value < 1e12 ? value * 1000 : value);
  else date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return h('span', {}, String(value));
  const text = date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
  return h('time', {datetime: date.toISOString()}, text);
}

// A stable colour per outlet, from a palette that keeps 4.5:1 against white
// text and 3:1 against the page (WCAG AA for text and graphics).
const PALETTE = ['#1f5fa8', '#9c3d00', '#2e7031', '#8a2a7c', '#5b4a00', '#006d77',
  '#a1283b', '#4a4fa3'];
export function outletColour(name) {
  let hash = 0;
  for (const ch of String(name)) hash = (hash * 31 + ch.codePointAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length];
}

// Only http(s) links from article data reach an href (no javascript:).
export function safeUrl(value) {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// A small coloured swatch + name for an outlet (a static label, not a control).
export function outletTag(name) {
  const swatch = h('span', {class: 'swatch', 'aria-hidden': 'true'});
  swatch.style.backgroundColor = outletColour(name);
  return h('span', {class: 'outlet'}, swatch, name);
}
