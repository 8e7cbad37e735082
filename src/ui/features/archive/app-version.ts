// The application's version as written into archives (bag-info.txt `App-Version`).
import { version } from '../../../../package.json';

/** The version of this site's code, from package.json. */
export const APP_VERSION: string = version;
