// Page models of the ledger for end-to-end tests: one first-run setup, the demo township, and a
// generic record list (the ledger's pages share one list-and-form component).
import { expect, type Locator, type Page } from '@playwright/test';
import { LEDGER_DB_NAME } from '../../src/storage/db-name';

/** The ledger's front page: first-run setup and the demo township. */
export class LedgerHomePage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('ledger/');
  }

  /** Sets up 山枣镇, 第七届, with a chair, a 专干 and three presidium members. */
  async setUp(township = '山枣镇') {
    await this.goto();
    const form = this.page.getByRole('form', { name: /第一次使用/ });
    await form.getByLabel('乡镇', { exact: true }).selectOption({ label: township });
    await form.getByLabel('本届届次').fill('7');
    await form.getByLabel('本届代表选举日期').fill('2021-04-20');
    await form.getByLabel('本届开始日期').fill('2021-05-10');
    await form.getByLabel('人大主席', { exact: true }).fill('李建国');
    await form.getByLabel('人大副主席', { exact: true }).fill('王秀英');
    await form.getByLabel('人大专干').fill('刘敏');
    await form.getByLabel('主席团成员').fill('李建国\n王秀英\n赵德明');
    await form.getByRole('button', { name: '建立台账' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: new RegExp(`${township}`) })).toBeVisible();
  }

  /** Loads the 示例乡镇 and waits until its banner shows. */
  async loadDemo() {
    await this.goto();
    await this.page.getByRole('button', { name: '载入示例乡镇' }).click();
    await expect(this.page.getByText('当前显示的是示例乡镇的虚构数据')).toBeVisible({ timeout: 60_000 });
  }
}

/** A ledger list page (RecordListPage): toolbar, form, table, pager, undo. */
export class RecordList {
  readonly table: Locator;

  constructor(
    readonly page: Page,
    /** A locator of the list's container when a page has several lists. */
    readonly root: Locator = page.locator('.record-page').first(),
  ) {
    this.table = root.locator('table.record-table');
  }

  /** Opens the form for a new record (`新增代表`). */
  async add(noun: string): Promise<Locator> {
    const form = this.root.getByRole('form', { name: `新增${noun}` });
    // A click that lands before the island has hydrated does nothing: click again until it opens.
    await expect(async () => {
      if (!(await form.isVisible())) await this.root.getByRole('button', { name: `新增${noun}` }).click();
      await expect(form).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    return form;
  }

  /** The row that contains the text. */
  row(text: string | RegExp): Locator {
    return this.table.locator('tbody tr').filter({ hasText: text });
  }

  /** Saves the open form and waits for the saved notice. */
  async save(form: Locator) {
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
  }

  /** Deletes a row, accepting the confirmation. */
  async remove(text: string | RegExp) {
    this.page.once('dialog', (dialog) => dialog.accept());
    await this.row(text).getByRole('button', { name: '删除' }).click();
  }
}

/**
 * SHA-256 over every object store of the ledger's database (records, settings, attachment
 * bytes, meta, the change log), each read with raw IndexedDB in key order.
 */
export function databaseHash(page: Page): Promise<string> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      const stores = [...db.objectStoreNames].sort();
      const tx = db.transaction(stores, 'readonly');
      const parts = await Promise.all(
        stores.map(
          (store) =>
            new Promise<string>((resolve, reject) => {
              const request = tx.objectStore(store).getAll();
              request.onsuccess = () =>
                resolve(
                  `${store}:${JSON.stringify(request.result, (_key, value: unknown) =>
                    value instanceof Blob ? `blob:${value.size}:${value.type}` : value,
                  )}`,
                );
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
      return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
    } finally {
      db.close();
    }
  }, LEDGER_DB_NAME);
}

/** All records of one table of the ledger's IndexedDB, read straight, without the site's code. */
export function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    ({ name, db }) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open(db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    { name: table, db: LEDGER_DB_NAME },
  );
}
