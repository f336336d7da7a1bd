// Limits both sides need. Kept apart from the zod schemas so browser code can use them without
// shipping zod to every shopper's phone.
export const MAX_MESSAGE_LENGTH = 4096;
export const MAX_PAGE_SIZE = 100;
export const MAX_QUANTITY = 99;
export const MAX_NOTE_LENGTH = 500;
