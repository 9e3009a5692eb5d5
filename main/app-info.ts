/**
 * The app's name and version, from package.json, for the About box, exports and the API.
 */
import packageJson from '../package.json';

export const APP_NAME = 'Timeline Explorer';
export const APP_VERSION: string = packageJson.version;
