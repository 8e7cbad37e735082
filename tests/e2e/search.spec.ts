// Golden queries: Chinese terms taken from the rules, typed into the site's own search box. Every
// article whose text contains the term must be found, and the exact matches must come first.
import { expect, test } from '@playwright/test';
import { SearchDialog } from './support';
import { seedArticles } from '../../src/test-support/shared';

const GOLDEN_TERMS = [
  '联络站',
  '代表建议',
  '主席团',
  '票决',
  '工作评议',
  '执法检查',
  '民生实事',
  '专项工作报告',
  '视察',
  '调研',
  '预算',
  '决算',
  '选举',
  '主任委员',
  '资格审查',
  '备案审查',
  '规范性文件',
  '履职档案',
  '履职积分',
  '述职评议',
  '满意度测评',
  '见面沟通',
  '督办',
  '领办',
  '两个联系',
  '码上找代表',
  '普法宣传',
  '集中学习',
  '1+4',
  '两官一长一员',
  '群众点单',
  '枫桥经验',
  '12345',
  '随手拍',
  '五进',
  '民生微实事',
  '回头看',
  '国有资产',
  '政府债务',
  '领导干部代表',
];

// Several words separated by spaces: every article holding all of them (heading included).
const GOLDEN_MULTI = ['代表 建议 办理', '人大主席 站长', '专干 联络员', '主席团 会议 过半数'];

const articles = seedArticles();
const articlesWith = (term: string) =>
  [...articles].filter(([, text]) => text.includes(term)).map(([num]) => num);

test('the golden queries find every article that contains the term, exact matches first', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(GOLDEN_TERMS.length).toBeGreaterThanOrEqual(30);
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.open();
  for (const term of GOLDEN_TERMS) {
    const expected = articlesWith(term);
    expect(expected.length, `${term} occurs in the rules`).toBeGreaterThan(0);
    await search.search(term);
    const { exact, all } = await search.resultArticles();
    expect(exact, `exact matches for ${term}`).toEqual(expected);
    const firstOther = all.findIndex((r) => !r.exact);
    const lastExact = all.findLastIndex((r) => r.exact);
    if (firstOther !== -1) expect(lastExact, `exact matches for ${term} come first`).toBeLessThan(firstOther);
  }
});

test('multi-word queries find every article holding all the words, those first', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.open();
  for (const query of GOLDEN_MULTI) {
    const words = query.split(' ');
    const expected = [...articles]
      .filter(([, text]) => words.every((word) => text.includes(word)))
      .map(([num]) => num);
    expect(expected.length, `${query} is held by some article`).toBeGreaterThan(0);
    await search.search(query);
    const { exact, all } = await search.resultArticles();
    expect(exact, `articles holding all of ${query}`).toEqual(expected);
    const firstOther = all.findIndex((r) => !r.exact);
    const lastExact = all.findLastIndex((r) => r.exact);
    if (firstOther !== -1) expect(lastExact, `${query}: full matches come first`).toBeLessThan(firstOther);
  }
  await search.search('专干 联络员');
  await search.exactPanel.getByRole('link', { name: '第十七条 联络站建设' }).click();
  await expect(page).toHaveURL(/\/rules\/article-17\/#art_17__point_2$/);
  await expect(page.locator('#art_17__point_2')).toBeInViewport();
});

test('a result lands on the item that contains the term', async ({ page }) => {
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.open();
  await search.search('1+4');
  await search.exactPanel.getByRole('link', { name: /第十七条第（四）项/ }).click();
  await expect(page).toHaveURL(/\/rules\/article-17\/#art_17__point_4$/);
  await expect(page.locator('#art_17__point_4')).toBeInViewport();
});

test('the search box speaks Chinese', async ({ page }) => {
  await page.goto('rules/');
  const search = new SearchDialog(page);
  await search.open();
  await search.search('联络站');
  await expect(search.dialog.locator('.pagefind-ui__message')).toContainText('全文检索');
  await search.input.fill('没有这个词xyz');
  await expect(search.exactPanel.getByRole('status')).toContainText('没有逐字出现');
  await expect(search.dialog.locator('.pagefind-ui__message')).toContainText('未找到');
});
