import type { Clock } from '../core/clock';
import type { Api } from './api';
import type { Links } from './ids';
import type { RateLimiter } from './rate-limit';
import type { Registration } from './registration';
import type { ZoomState } from './state';

/** What every Zoom route module receives: the registrar, the live state and the shared services. */
export interface ZoomContext {
  api: Api;
  state: () => ZoomState;
  clock: Clock;
  limiter: RateLimiter;
  links: Links;
  registration: Registration;
}
