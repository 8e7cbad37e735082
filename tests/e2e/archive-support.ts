// Page models of the archive pages for end-to-end tests: 归档与导入 (export, import, undo) and
// 市人大汇总 (several archives compared).
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** A file to hand to a file input: a path on disk, or bytes with a name. */
export type FileToChoose = string | { name: string; mimeType: string; buffer: Buffer };

/** The 归档与导入 page. */
export class ArchivePage {
  readonly exportSection: Locator;
  readonly importSection: Locator;

  constructor(readonly page: Page) {
    this.exportSection = page.getByRole('region', { name: '导出归档' });
    this.importSection = page.getByRole('region', { name: '导入归档' });
  }

  async goto() {
    await this.page.goto('ledger/archive/');
    await expect(this.exportSection).toBeVisible();
  }

  /**
   * Exports the whole ledger and saves the download into the test's output folder. Returns the
   * file name the browser suggested and the saved path.
   */
  async exportArchive(testInfo: TestInfo, as = 'export'): Promise<{ fileName: string; path: string }> {
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await this.exportSection.getByRole('button', { name: '导出全部台账' }).click();
    const file = await download;
    const path = testInfo.outputPath(`${as}.zip`);
    await file.saveAs(path);
    await expect(this.exportSection.getByRole('status')).toContainText('已导出并校验通过');
    return { fileName: file.suggestedFilename(), path };
  }

  /** Chooses an archive to import; the page verifies it at once. */
  async choose(file: FileToChoose) {
    await this.importSection.getByLabel('选择归档文件（.zip）').setInputFiles(file);
  }

  /** The dry-run form shown once the archive is verified. */
  get review(): Locator {
    return this.importSection.getByRole('form', { name: /^校验通过/ });
  }

  /** The refusal (or failure) message of the import section. */
  get alert(): Locator {
    return this.importSection.getByRole('alert');
  }
}

/** The 市人大汇总 page. */
export class CityPage {
  readonly comparison: Locator;

  constructor(readonly page: Page) {
    this.comparison = page.getByRole('table', { name: /履职对比/ });
  }

  async goto() {
    await this.page.goto('/city/');
  }

  /** Opens several archives (paths on disk) at once. */
  async open(paths: string[]) {
    await this.page.getByLabel('选择乡镇归档文件（.zip，可多选）').setInputFiles(paths);
  }

  /** The row of an opened archive in the list of archives, by its file name. */
  archiveRow(fileName: string): Locator {
    return this.page
      .getByRole('region', { name: '已打开的归档' })
      .getByRole('row')
      .filter({ hasText: fileName });
  }
}
