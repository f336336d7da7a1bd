// Cookie names, importable from code Next bundles for the browser edge as well as from Node.
export const SHOPPER_COOKIE = 'obrol_shopper';
export const AGENT_COOKIE = 'obrol_agent';
export const LOCALE_COOKIE = 'obrol_locale';
