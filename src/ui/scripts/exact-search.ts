// Shows the rules' exact-phrase matches (src/domain/search/exact.ts) above Pagefind's results in
// Starlight's search dialog. The index is fetched from this site on the first search only. A query
// of several space-separated words lists the articles that hold all of them (see searchExact).
import { siteUrl } from '../site-url';
import { queryWords, searchExact, type ExactEntry, type ExactGroup } from '../../domain/search/exact';

/** At most this many hits are listed per article; the rest are counted. */
const HITS_PER_ARTICLE = 3;

let indexPromise: Promise<ExactEntry[]> | undefined;
const loadIndex = () =>
  (indexPromise ??= fetch(siteUrl('/search/exact.json')).then((response) => {
    if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
    return response.json() as Promise<ExactEntry[]>;
  }));

function renderGroup(group: ExactGroup): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'exact-group';
  const title = document.createElement('a');
  title.className = 'exact-group-title';
  title.href = siteUrl(group.hits[0]!.entry.url);
  title.textContent = group.articleTitle;
  const chapter = document.createElement('span');
  chapter.className = 'exact-group-chapter';
  chapter.textContent = group.chapterTitle;
  item.append(title, chapter);
  const hits = document.createElement('ul');
  for (const hit of group.hits.slice(0, HITS_PER_ARTICLE)) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = siteUrl(hit.entry.url);
    const cite = document.createElement('span');
    cite.className = 'exact-cite';
    cite.textContent = hit.entry.citation;
    link.append(cite);
    for (const part of hit.parts) {
      // Text nodes only: the rules' text is never parsed as HTML.
      if (part.hit) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        link.append(mark);
      } else link.append(document.createTextNode(part.text));
    }
    li.append(link);
    hits.append(li);
  }
  const more = group.hits.length - HITS_PER_ARTICLE;
  if (more > 0) {
    const li = document.createElement('li');
    li.className = 'exact-more';
    const link = document.createElement('a');
    link.href = siteUrl(group.url);
    link.textContent = `本条另有 ${more} 处`;
    li.append(link);
    hits.append(li);
  }
  item.append(hits);
  return item;
}

function attach(input: HTMLInputElement, panel: HTMLElement) {
  const status = panel.querySelector<HTMLElement>('.exact-status')!;
  const list = panel.querySelector<HTMLOListElement>('.exact-groups')!;
  let seq = 0;
  const update = async () => {
    const query = input.value.trim();
    const mine = ++seq;
    if (!query) {
      panel.hidden = true;
      list.replaceChildren();
      return;
    }
    let groups: ExactGroup[];
    try {
      groups = searchExact(await loadIndex(), query);
    } catch {
      indexPromise = undefined;
      if (mine !== seq) return;
      panel.hidden = false;
      list.replaceChildren();
      status.textContent = '原文检索暂时无法使用，请刷新页面后重试。';
      return;
    }
    if (mine !== seq) return;
    const hits = groups.reduce((n, g) => n + g.hits.length, 0);
    panel.hidden = false;
    panel.dataset['query'] = query;
    const several = queryWords(query).length > 1;
    status.textContent = several
      ? groups.length === 0
        ? `《细则》原文中没有一条同时含有“${query}”中的每个词。`
        : `《细则》原文同时含有“${query}”中每个词的：${groups.length} 条、${hits} 处（每条先列含词最多的一项）`
      : groups.length === 0
        ? `《细则》原文中没有逐字出现“${query}”。`
        : `《细则》原文逐字出现“${query}”：${groups.length} 条、${hits} 处`;
    list.replaceChildren(...groups.map(renderGroup));
  };
  input.addEventListener('input', update);
  if (input.value) void update();
}

/** Waits for Starlight's Pagefind UI to mount, then adds the exact-match panel above its results. */
export function installExactSearch(): void {
  const host = document.getElementById('starlight__search');
  const template = document.getElementById('exact-results-template');
  if (!host || !(template instanceof HTMLTemplateElement)) return;
  const mount = () => {
    const input = host.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    const drawer = host.querySelector('.pagefind-ui__drawer');
    if (!input || !drawer || host.querySelector('.exact-results')) return Boolean(input && drawer);
    const panel = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    drawer.before(panel);
    attach(input, panel);
    return true;
  };
  if (mount()) return;
  const observer = new MutationObserver(() => {
    if (mount()) observer.disconnect();
  });
  observer.observe(host, { childList: true, subtree: true });
}

/**
 * Names the search button after what it shows (`搜索CtrlK`, its visible text run together, which is
 * what axe's label-in-name check compares), so that speech-input users can say what they see:
 * Starlight labels it `搜索` alone while it also shows the keyboard shortcut.
 */
export function labelSearchButton(): void {
  const button = document.querySelector<HTMLButtonElement>('button[data-open-modal]');
  const keys = [...(button?.querySelectorAll('kbd kbd') ?? [])].map((k) => k.textContent?.trim() ?? '');
  const label = button?.getAttribute('aria-label');
  if (button && label && keys.length > 0) button.setAttribute('aria-label', `${label}${keys.join('')}`);
}
