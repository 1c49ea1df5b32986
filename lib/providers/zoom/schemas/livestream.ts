import { z } from 'zod';

/** Empty strings when no stream is configured yet, so every field is optional. */
export const LivestreamSchema = z.object({
  stream_url: z.string().optional(),
  stream_key: z.string().optional(),
  page_url: z.string().optional(),
  resolution: z.string().optional(),
});
export type Livestream = z.infer<typeof LivestreamSchema>;

export const UpdateLivestreamRequestSchema = z.strictObject({
  stream_url: z.string().min(1),
  stream_key: z.string().min(1),
  page_url: z.url(),
  resolution: z.string().optional(),
});
export type UpdateLivestreamRequest = z.input<typeof UpdateLivestreamRequestSchema>;

export const LivestreamStatusRequestSchema = z.strictObject({
  action: z.enum(['start', 'stop']),
  settings: z
    .strictObject({
      active_speaker_name: z.boolean().optional(),
      display_name: z.string().max(50).optional(),
      /** Both default at Zoom (`follow_host`, `burnt-in`) when left out (docs/api, Zoom's reference). */
      layout: z.enum(['follow_host', 'gallery_view', 'speaker_view']).optional(),
      close_caption: z.enum(['burnt-in', 'embedded', 'off']).optional(),
    })
    .optional(),
});
export type LivestreamStatusRequest = z.input<typeof LivestreamStatusRequestSchema>;
