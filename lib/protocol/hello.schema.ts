// What the server tells every socket right after it connects.
import { z } from 'zod';

export const serverHelloSchema = z.object({
  /** The build the server runs; a page rendered by another build offers a reload. */
  buildId: z.string().min(1).max(200),
  protocolVersion: z.number().int().positive(),
});

export type ServerHello = z.infer<typeof serverHelloSchema>;
