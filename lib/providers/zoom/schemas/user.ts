import { z } from 'zod';

/** `GET users/me`: who signed in. `type`: 1 basic, 2 licensed, 3 on-prem, 99 none. */
export const UserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  type: z.number().int(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  display_name: z.string().optional(),
  account_id: z.string().optional(),
  timezone: z.string().optional(),
  pmi: z.number().optional(),
  role_name: z.string().optional(),
  status: z.string().optional(),
});
export type ZoomUser = z.infer<typeof UserSchema>;
