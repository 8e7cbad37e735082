// What the site can do on the kind of origin it is served from (docs/deploy.md): HTTPS and
// localhost have everything; a plain-HTTP intranet address is not a "secure context", so the
// browser withholds one-tab protection (Web Locks), persistent storage and the offline worker,
// while the ledger itself keeps working. Pure: the UI passes what the browser reports.

/** What the browser reports about the page's origin. */
export interface OriginFacts {
  /** `location.protocol`: 'https:', 'http:', 'file:'. */
  protocol: string;
  /** `window.isSecureContext`. */
  secure: boolean;
}

/** One thing a plain-HTTP origin takes away, in plain Chinese. */
export interface MissingFeature {
  key: 'one-tab' | 'persist' | 'offline';
  label: string;
  effect: string;
}

/** What a non-secure origin lacks, in the order the notice lists them. */
export const INSECURE_ORIGIN_MISSING: readonly MissingFeature[] = [
  {
    key: 'one-tab',
    label: '多标签页保护',
    effect:
      '在两个标签页里同时编辑台账时，浏览器无法让其中一个只读，后保存的可能覆盖先保存的。请只在一个标签页里编辑。',
  },
  {
    key: 'persist',
    label: '持久存储',
    effect: '无法申请持久存储，磁盘空间紧张时浏览器可能清除台账数据。请更勤地导出归档。',
  },
  {
    key: 'offline',
    label: '离线使用',
    effect: '网站不能离线打开：断网时无法使用本站。',
  },
];

/** What the IT office can do about it. */
export const INSECURE_ORIGIN_ADVICE =
  '请信息中心为本站配置 HTTPS（例如使用单位已有的证书，见部署说明）；配置后台账、离线使用和多标签页保护都可正常工作。' +
  '注意：改用 HTTPS 后网址变了，原网址下的台账需先导出归档，再在新网址下导入。';

/** The kind of origin: everything works, plain-HTTP intranet (degraded), or opened as a file. */
export type OriginKind = 'secure' | 'insecure-http' | 'file';

/** Classifies the page's origin. */
export function originKind(facts: OriginFacts): OriginKind {
  if (facts.protocol === 'file:') return 'file';
  return facts.secure ? 'secure' : 'insecure-http';
}

/** The one-line summary of a plain-HTTP origin, for the notice's heading. */
export const INSECURE_ORIGIN_SUMMARY =
  '本站通过普通 HTTP 内网地址打开：台账可以正常使用，但浏览器关闭了以下功能。';
