// The owner's team: who may sign in to the business, and how the owner adds or removes them.
import { z } from 'zod';

export const MIN_AGENT_PASSWORD_LENGTH = 10;
export const MAX_AGENT_NAME_LENGTH = 80;

export const teamListInput = z.strictObject({});

export const teamAddInput = z.strictObject({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter a name.')
    .max(MAX_AGENT_NAME_LENGTH, `A name can be at most ${MAX_AGENT_NAME_LENGTH} characters.`),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'An email can be at most 254 characters.')
    .pipe(z.email('Enter a valid email address.')),
  password: z
    .string()
    .min(
      MIN_AGENT_PASSWORD_LENGTH,
      `A password needs at least ${MIN_AGENT_PASSWORD_LENGTH} characters.`,
    )
    .max(1024, 'A password can be at most 1024 characters.'),
});

export const teamRemoveInput = z.strictObject({ agentId: z.uuid() });

export const teamMemberSchema = z.object({
  agentId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['owner', 'agent']),
  createdAt: z.iso.datetime({ offset: true }),
});

export type TeamAddInput = z.infer<typeof teamAddInput>;
export type TeamMember = z.infer<typeof teamMemberSchema>;
