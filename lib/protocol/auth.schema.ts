import { z } from 'zod';

export const signInInput = z.strictObject({
  email: z.string().trim().max(254),
  password: z.string().min(1).max(1024),
});

export type SignInInput = z.infer<typeof signInInput>;

export interface SignedInAgent {
  agentId: string;
  businessId: string;
  email: string;
  displayName: string;
  role: 'owner' | 'agent';
}
