/** Bumped whenever an event or payload changes in a way an older client cannot handle. */
export const PROTOCOL_VERSION = 2;
